import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const FIXTURE = new URL('../fixtures/no-time-to-read.txt', import.meta.url).pathname;
const ARTICLE = [
  'Budget Passes After Long Night',
  '',
  'The city council approved the new budget on Tuesday after a long debate.',
  'Spending on schools will rise by a tenth next year, officials said.',
  'The mayor called the vote a turning point for the city and its schools.',
  'Opponents said the budget relied on optimistic forecasts of tax income.',
].join('\n');
const ESC = '\u001b[';

describe('run: reading', () => {
  it('summarizes a file into one sentence per line when piped', async () => {
    const { code, stdout, stderr } = await runCli([FIXTURE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    expect(stdout).not.toContain('No time to read?');
    expect(stdout).not.toContain(ESC);
  });

  it('reads standard input when no file is given, and for -', async () => {
    const piped = await runCli([], { stdin: ARTICLE });
    const dash = await runCli(['-'], { stdin: ARTICLE });
    expect(piped.code).toBe(0);
    expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(dash).toEqual(piped);
  });

  it('drops a BOM and accepts CRLF line ends', async () => {
    const plain = await runCli([], { stdin: ARTICLE });
    const windows = await runCli([], { stdin: `\ufeff${ARTICLE.replace(/\n/g, '\r\n')}` });
    expect(windows).toEqual(plain);
  });

  it('folds line breaks inside a sentence', async () => {
    const { stdout } = await runCli(['-n', '1'], { stdin: 'The council approved the\nnew budget on Tuesday.' });
    expect(stdout).toBe('The council approved the new budget on Tuesday.\n');
  });

  it('shows a usage error instead of waiting when stdin is a terminal and no file is named', async () => {
    const { code, stdout, stderr } = await runCli([], { stdinTTY: true });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^summarize: no input/);
  });
});

describe('run: length', () => {
  it('prints N sentences with -n, never more than the article has', async () => {
    expect((await runCli(['-n', '2'], { stdin: ARTICLE })).stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect((await runCli(['--sentences', '50'], { stdin: ARTICLE })).stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('accepts a ratio as a fraction or a percentage', async () => {
    const fraction = await runCli(['--ratio', '0.5'], { stdin: ARTICLE });
    const percent = await runCli(['--ratio', '50%'], { stdin: ARTICLE });
    expect(fraction.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(percent).toEqual(fraction);
  });
});

describe('run: output forms', () => {
  it('prints a JSON object with title, sentences, indices, scores and the sentence count', async () => {
    const { code, stdout } = await runCli(['--json', '-n', '2'], { stdin: ARTICLE });
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { title: string; sentenceCount: number; sentences: Array<{ index: number; text: string; score: number }> };
    expect(parsed.title).toBe('Budget Passes After Long Night');
    expect(parsed.sentenceCount).toBe(4);
    expect(parsed.sentences).toHaveLength(2);
    for (const s of parsed.sentences) {
      expect(ARTICLE).toContain(s.text);
      expect(typeof s.score).toBe('number');
      expect(s.index).toBeGreaterThanOrEqual(0);
    }
  });

  it('prints a coloured "No time to read?" block with the title on a terminal', async () => {
    const { stdout } = await runCli([], { stdin: ARTICLE, tty: true });
    expect(stdout).toContain('No time to read?');
    expect(stdout).toContain('Budget Passes After Long Night');
    expect(stdout).toContain('•');
    expect(stdout).toContain(ESC);
  });

  it.each([
    ['NO_COLOR', [], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color'], {}],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }],
  ])('honours %s on a terminal', async (_name, argv, env) => {
    const { stdout } = await runCli(argv, { stdin: ARTICLE, tty: true, env });
    expect(stdout).toContain('No time to read?');
    expect(stdout).not.toContain(ESC);
  });

  it('differs from the uncoloured block only by colour codes', async () => {
    const coloured = await runCli([], { stdin: ARTICLE, tty: true });
    const plain = await runCli(['--no-color'], { stdin: ARTICLE, tty: true });
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });

  it('wraps the block to the terminal width', async () => {
    const { stdout } = await runCli(['--no-color'], { stdin: ARTICLE, tty: true });
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});

describe('run: errors', () => {
  it.each([
    [['-n', '0'], /invalid value '0' for -n\/--sentences/],
    [['-n', 'abc'], /invalid value 'abc' for -n\/--sentences/],
    [['--ratio', '2'], /invalid value '2' for --ratio/],
    [['--ratio', '0'], /invalid value '0' for --ratio/],
    [['--bogus'], /unknown option '--bogus'/],
    [['-n'], /argument missing/],
  ])('rejects %j with exit 2 and one line', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv, { stdin: ARTICLE });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists every flag problem at once', async () => {
    const { code, stderr } = await runCli(['-n', '0', '--ratio', '3'], { stdin: ARTICLE });
    expect(code).toBe(2);
    expect(stderr).toMatch(/-n\/--sentences/);
    expect(stderr).toMatch(/--ratio/);
    expect(stderr).toMatch(/cannot be used together/);
  });

  it('exits 1 naming a missing file', async () => {
    const { code, stdout, stderr } = await runCli(['no/such/file.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('summarize: no/such/file.txt: no such file (ENOENT)\n');
  });

  it('exits 1 for a folder with no text file in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-'));
    writeFileSync(join(dir, 'data.json'), '{}');
    const { code, stderr } = await runCli([dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no text files \(\.txt, \.text, \.md, \.markdown, \.html\) found/);
  });

  it('warns and exits 0 with nothing on stdout for empty input or input with no sentence', async () => {
    for (const stdin of ['', '   \n\n', 'Home\nNews\nSport\n']) {
      const { code, stdout, stderr } = await runCli([], { stdin });
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/no sentences to summarize/);
    }
  });

  it('keeps quiet about empty input with -q', async () => {
    expect(await runCli(['-q'], { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('goes on past a bad file and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-'));
    const good = join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    const { code, stdout, stderr } = await runCli([join(dir, 'missing.txt'), good]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt/);
    expect(stdout).toContain(`==> ${good} <==`);
  });
});

describe('run: help and version', () => {
  it('prints help with examples on stdout and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: summarize/);
    expect(stdout).toMatch(/Examples:/);
    for (const flag of ['--sentences', '--ratio', '--json', '--quiet', '--no-color', '--version']) expect(stdout).toContain(flag);
  });

  it('prints the package version', async () => {
    const { code, stdout } = await runCli(['-V']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^summarize \d+\.\d+\.\d+\n$/);
  });
});

describe('run: methods and explain', () => {
  it('takes --method for every ranking method and rejects an unknown one', async () => {
    for (const method of ['tfidf', 'lead', 'textrank', 'lexrank']) {
      const { code, stdout } = await runCli(['--method', method, '-n', '2'], { stdin: ARTICLE });
      expect(code).toBe(0);
      expect(stdout.split('\n').filter(Boolean)).toHaveLength(2);
    }
    const lead = await runCli(['--method', 'lead', '-n', '2'], { stdin: ARTICLE });
    expect(lead.stdout).toBe(
      'The city council approved the new budget on Tuesday after a long debate.\nSpending on schools will rise by a tenth next year, officials said.\n',
    );
    const bad = await runCli(['--method', 'magic'], { stdin: ARTICLE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid value 'magic' for --method: expected tfidf, lead, textrank, lexrank/);
  });

  it('explains the chosen sentences with a table whose columns add up to the score', async () => {
    const { code, stdout } = await runCli(['--explain', '-n', '2'], { stdin: ARTICLE });
    expect(code).toBe(0);
    const table = stdout.split('\n\n')[1]!.trim().split('\n');
    expect(table[0]).toMatch(/#\s+score\s+centrality\s+overlap\s+position\s+title\s+length\s+sentence/);
    expect(table).toHaveLength(3);
    for (const row of table.slice(1)) {
      const [, score, ...parts] = row.trim().split(/\s+/).map(Number);
      expect(parts.slice(0, 5).reduce((a, b) => a + b, 0)).toBeCloseTo(score!, 2);
    }
  });

  it('reads a file after --explain as a file, and explains all sentences with --explain all', async () => {
    const all = await runCli(['--explain', 'all', '-n', '1', FIXTURE]);
    expect(all.code).toBe(0);
    const rows = all.stdout.split('\n\n')[1]!.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.trim().startsWith('*'))).toHaveLength(1);
  });

  it('puts contributions in --json with --explain, and every sentence under ranked with --explain all', async () => {
    const { stdout } = await runCli(['--json', '--explain', 'all', '-n', '1'], { stdin: ARTICLE });
    const parsed = JSON.parse(stdout) as {
      sentences: Array<{ contributions: Record<string, number> }>;
      ranked: Array<{ index: number; picked: boolean; score: number; contributions: Record<string, number> }>;
    };
    expect(Object.keys(parsed.sentences[0]!.contributions)).toEqual(['centrality', 'overlap', 'position', 'title', 'length']);
    expect(parsed.ranked.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(parsed.ranked.filter((r) => r.picked)).toHaveLength(1);
  });
});

describe('run: eval', () => {
  const data = [
    { article: ARTICLE, reference: 'The city council approved the new budget on Tuesday after a long debate.' },
    { article: ARTICLE, reference: 'The mayor called the vote a turning point.\nOpponents doubt the forecasts.' },
  ]
    .map((d) => JSON.stringify(d))
    .join('\n');

  it('prints ROUGE for our method next to the baselines', async () => {
    const { code, stdout, stderr } = await runCli(['eval', '--n', '1', '-'], { stdin: data });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 documents, summaries of 1 sentence,/);
    for (const row of ['tfidf *', 'lead (Lead-1)', 'textrank', 'lexrank']) expect(stdout).toContain(row);
  });

  it('prints JSON with --json, and honours --n ref and --method', async () => {
    const { code, stdout } = await runCli(['eval', '--n', 'ref', '--method', 'lead', '--json', '-'], { stdin: data });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { documents: number; n: string; methods: Array<{ method: string; rouge1: number }> };
    expect(report.n).toBe('ref');
    expect(report.methods.map((m) => m.method)).toEqual(['lead', 'tfidf', 'textrank', 'lexrank']);
  });

  it.each([
    [['eval', '--n', '0', '-'], 2, /invalid value '0' for -n\/--sentences/],
    [['eval'], 2, /missing required argument 'data'/],
    [['eval', 'missing.jsonl'], 1, /missing\.jsonl: no such file \(ENOENT\)/],
  ])('rejects %j', async (argv, code, message) => {
    const r = await runCli(argv, { stdin: data });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('names the bad line of a malformed file', async () => {
    const r = await runCli(['eval', '-'], { stdin: `${data}\n{oops` });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('summarize: standard input:3: not a JSON object\n');
  });
});

describe('run: output forms for people and notes', () => {
  const TITLED = `Budget Passes After Long Night\n\n${ARTICLE.split('\n').slice(2).join('\n')}`;

  it('prints Markdown: the title as a heading and the sentences as bullets', async () => {
    const { code, stdout } = await runCli(['--format', 'markdown', '-n', '2'], { stdin: TITLED });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('## Budget Passes After Long Night');
    expect(lines[1]).toBe('');
    expect(lines.slice(2)).toHaveLength(2);
    for (const l of lines.slice(2)) expect(l).toMatch(/^- \S/);
  });

  it('highlights the chosen sentences in the whole article: ** when piped, bold colour on a terminal', async () => {
    const piped = await runCli(['--highlight', '-n', '1'], { stdin: TITLED });
    expect(piped.code).toBe(0);
    const marked = piped.stdout.match(/\*\*[^*]+\*\*/g) ?? [];
    expect(marked).toHaveLength(1);
    for (const line of ARTICLE.split('\n').slice(2)) expect(piped.stdout.replace(/\*\*/g, '')).toContain(line);
    const tty = await runCli(['--highlight', '-n', '1'], { stdin: TITLED, tty: true });
    expect(tty.stdout).toContain(ESC);
    expect(tty.stdout).not.toContain('**');
    const md = await runCli(['--highlight', '--format', 'markdown', '-n', '1'], { stdin: TITLED });
    expect(md.stdout.startsWith('## Budget Passes After Long Night\n')).toBe(true);
  });

  it('lists keywords under the summary, and in JSON', async () => {
    const text = await runCli(['--keywords', '3'], { stdin: TITLED });
    expect(text.stdout).toMatch(/\n\nKeywords: [^,\n]+, [^,\n]+, [^,\n]+\n$/);
    const json = JSON.parse((await runCli(['--json', '--keywords'], { stdin: TITLED })).stdout) as { keywords: Array<{ keyword: string }> };
    expect(json.keywords.length).toBeGreaterThan(3);
    expect(json.keywords.map((k) => k.keyword)).toContain('budget');
  });

  it('reads a file after a bare --keywords as a file', async () => {
    const { code, stdout } = await runCli(['--keywords', FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Keywords: /);
  });

  it('rejects forms that cannot go together', async () => {
    const { code, stderr } = await runCli(['--json', '--format', 'markdown', '--highlight', '--format', 'markdown', '--input', 'rtf']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--json and --format markdown cannot be used together/);
    expect(stderr).toMatch(/invalid value 'rtf' for --input/);
  });
});

describe('run: --jsonl', () => {
  it('refuses a folder for --jsonl as a usage error, before reading anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-jsonl-dir-'));
    const r = await runCli(['--jsonl', dir], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`summarize: ${dir} is a folder: --jsonl reads its records from one JSON Lines file (or standard input)\n`);
    expect(r.stdout).toBe('');
  });
});
