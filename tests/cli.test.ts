// The command line as a user meets it: terminals, pipes, flags in any order, near misses. Each case
// here is a defect a user found (issue "One path for every input").
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from './fixtures.js';
import { runCli } from './helpers.js';

const ESC = '\u001b[';
// biome-ignore lint: a control character is the point
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const visible = (s: string): string => s.replace(ANSI, '');

const folderOf = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'summarize-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};

/** A longer article of one topic, with sentences that share words with other articles of the batch. */
const longArticle = (seed: number): string => {
  const words = ['council', 'budget', 'schools', 'river', 'flood', 'rescue', 'museum', 'painting', 'bank', 'rates', 'market', 'train'];
  const w = (k: number): string => words[(seed * 7 + k * 5) % words.length]!;
  return Array.from(
    { length: 14 },
    (_, k) => `The ${w(k)} and the ${w(k + 1)} were discussed on day ${seed + k} while the ${w(k + 2)} waited for the ${w(k * 3)} report.`,
  ).join(' ');
};

describe('several files on a terminal', () => {
  it('draws no progress bar while summaries go to the same terminal, and the tally is one plain line', async () => {
    const dir = folderOf({ 'a.txt': article(1), 'b.txt': article(2), 'c.txt': article(3) });
    const { code, stdout, stderr } = await runCli([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt')], {
      tty: true,
      stderrTTY: true,
    });
    expect(code).toBe(0);
    expect(stderr).not.toContain('\r');
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toMatch(/^summarize: 3 files: 3 summarized, 0 failed, 0 skipped in \d+\.\d s\n$/);
    expect(visible(stdout).match(/^==> .* <==$/gm)).toHaveLength(3);
  });

  it('draws one bar for the whole run, counting both passes of --idf corpus, never wider than the terminal', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, article(i)]));
    const dir = folderOf(files);
    const { stderr } = await runCli(['--idf', 'corpus', '-q', dir], { stderrTTY: true, columns: 30 });
    expect(stderr).toBe('');
    const loud = await runCli(['--idf', 'corpus', dir], { stderrTTY: true, columns: 30 });
    const frames = loud.stderr.split(/\r\u001b\[K/).filter((f) => /\d+\/\d+ files/.test(f));
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) {
      expect(frame.length).toBeLessThanOrEqual(29);
      expect(frame).toMatch(/\/24 files/);
    }
    // the bar is cleared before the tally
    expect(loud.stderr).toMatch(/\r\u001b\[Ksummarize: 12 files: 12 summarized/);
  });
});

describe('--highlight', () => {
  it('is word-wrapped to the terminal, never splitting a word', async () => {
    const text = `Budget Day\n\n${longArticle(3)}`;
    const { stdout } = await runCli(['--highlight', '-n', '2'], { stdin: text, tty: true, columns: 40 });
    const lines = visible(stdout).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.slice(2).join(' ').replace(/\s+/g, ' ').trim()).toBe(longArticle(3));
  });

  it('shows the body\'s headings and list items where they stand, and never picks them', async () => {
    const text = [
      'Council Passes Budget',
      longArticle(1),
      'What changes for schools',
      '- Smaller classes in every primary school\n- Two new libraries in the north',
      longArticle(2),
    ].join('\n\n');
    const { stdout } = await runCli(['--highlight', '-n', '2', '-'], { stdin: text });
    expect(stdout).toMatch(/\n\nWhat changes for schools\n\n- Smaller classes in every primary school\n\n- Two new libraries in the north\n\n/);
    const picked = await runCli(['--json', '-n', '5', '-'], { stdin: text });
    expect(picked.stdout).not.toMatch(/What changes|Smaller classes/);
  });

  it('still lists the keywords when asked, as the help example shows', async () => {
    const { stdout } = await runCli(['--highlight', '--keywords', '-'], { stdin: article(2) });
    expect(stdout).toMatch(/\nKeywords: \S/);
    const md = await runCli(['--highlight', '--keywords', '3', '--format', 'markdown'], { stdin: article(2) });
    expect(md.stdout).toMatch(/\*\*Keywords:\*\* \S/);
  });
});

describe('--color', () => {
  it('--color=always colours a pipe, --color=never a terminal does not, and a bare --color means always', async () => {
    const always = await runCli(['--color=always', '--keywords', '-'], { stdin: article(1) });
    expect(always.stdout).toContain(ESC);
    const bare = await runCli(['--color', '--highlight', '-'], { stdin: article(1) });
    expect(bare.stdout).toContain(ESC);
    const never = await runCli(['--color=never', '-'], { stdin: article(1), tty: true });
    expect(never.stdout).toContain('No time to read?');
    expect(never.stdout).not.toContain(ESC);
    expect((await runCli(['--no-color', '-'], { stdin: article(1), tty: true })).stdout).not.toContain(ESC);
    // colour is decoration only: without the codes, the text is the same
    const plain = await runCli(['--keywords', '-'], { stdin: article(1) });
    expect(visible(always.stdout)).toBe(plain.stdout);
  });

  it('rejects a wrong value, suggesting the close one', async () => {
    const r = await runCli(['--color=alwys', '-'], { stdin: article(1) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid value 'alwys' for --color: expected auto, always, never \(did you mean 'always'\?\)/);
  });
});

describe('--out-dir names', () => {
  it('gives story.txt and story.md their own summaries', async () => {
    const dir = folderOf({ 'story.txt': article(1), 'story.md': `# Other\n\n${article(2)}` });
    const out = join(dir, 'out');
    const { code } = await runCli(['--out-dir', out, join(dir, 'story.txt'), join(dir, 'story.md')], { cwd: dir });
    expect(code).toBe(0);
    expect(readdirSync(join(out, 'story.txt', '..')).sort()).toContain('story.md.summary.txt');
    const names = readdirSync(out).sort();
    expect(names).toEqual(['story.md.summary.txt', 'story.txt.summary.txt']);
  });

  it('writes a file to the same place whether it was named or found in its folder', async () => {
    const dir = folderOf({ 'art/x.txt': article(4) });
    const named = join(dir, 'o1');
    const walked = join(dir, 'o2');
    await runCli(['--out-dir', named, 'art/x.txt'], { cwd: dir });
    await runCli(['--out-dir', walked, 'art/'], { cwd: dir });
    expect(readdirSync(join(named, 'art'))).toEqual(['x.summary.txt']);
    expect(readdirSync(join(walked, 'art'))).toEqual(['x.summary.txt']);
  });
});

describe('IDF', () => {
  it("makes a file's summary depend on that file alone by default; --idf corpus is the batch's", async () => {
    const dir = folderOf(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`a${i}.txt`, longArticle(i)])));
    const all = readdirSync(dir).sort().map((f) => join(dir, f));
    const together = await runCli(['--json', '-n', '5', ...all], { cwd: dir });
    const batch = together.stdout.trim().split('\n').map((l) => JSON.parse(l) as { sentences: unknown[] });
    const corpus = (await runCli(['--json', '--idf', 'corpus', '-n', '5', ...all], { cwd: dir })).stdout.trim().split('\n');
    let differs = 0;
    for (const [i, path] of all.entries()) {
      const alone = JSON.parse((await runCli(['--json', '-n', '5', path], { cwd: dir })).stdout) as { sentences: unknown[] };
      expect(batch[i]!.sentences).toEqual(alone.sentences);
      if (JSON.stringify((JSON.parse(corpus[i]!) as { sentences: unknown[] }).sentences) !== JSON.stringify(alone.sentences)) differs++;
    }
    // the test can tell: corpus IDF does change some of these summaries
    expect(differs).toBeGreaterThan(0);
  });
});

describe('--jsonl', () => {
  const records = [JSON.stringify({ id: 1, text: article(1) }), JSON.stringify({ id: 2, text: article(2) })].join('\n');

  it('takes its file before or after the flag, with other flags between', async () => {
    const dir = folderOf({ 'recs.jsonl': records });
    const file = join(dir, 'recs.jsonl');
    const a = await runCli(['--jsonl', '-q', file]);
    const b = await runCli([file, '--jsonl']);
    const c = await runCli(['--jsonl'], { stdin: records });
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('refuses the output forms it cannot give, instead of ignoring them', async () => {
    for (const flags of [['--format', 'markdown'], ['--highlight'], ['--format', 'text']]) {
      const r = await runCli(['--jsonl', ...flags], { stdin: records });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jsonl writes JSON Lines: it cannot be used with/);
    }
  });

  it('accepts a byte-order mark before the first record', async () => {
    const r = await runCli(['--jsonl'], { stdin: `\ufeff${records}` });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([1, 2]);
  });
});

describe('near misses', () => {
  it('does not summarize JSON Lines as prose, and says what to use', async () => {
    const dir = folderOf({ 'recs.jsonl': `{"id":1,"text":"A."}\n{"id":2,"text":"B."}\n` });
    const r = await runCli([join(dir, 'recs.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/JSON Lines, not an article: 'summarize --jsonl .*recs\.jsonl' summarizes each record/);
    const piped = await runCli([], { stdin: `{"id":1,"text":"A."}\n{"id":2,"text":"B."}\n` });
    expect(piped.stderr).toMatch(/standard input: JSON Lines, not an article: 'summarize --jsonl'/);
  });

  it('hints at the command a mistyped first word meant', async () => {
    const r = await runCli(['evl', 'data.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/evl: no such file \(ENOENT\); did you mean 'summarize eval'\?/);
  });

  it('suggests the close value for a mistyped choice', async () => {
    const r = await runCli(['--method', 'textrnk', '-'], { stdin: article(1) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean 'textrank'\?/);
  });

  it('takes the usual encoding aliases', async () => {
    for (const label of ['utf8', 'UTF-8', 'latin1', 'iso-8859-1', 'cp1252']) {
      const r = await runCli(['--encoding', label, '-'], { stdin: article(1) });
      expect(r.code, label).toBe(0);
    }
    const bad = await runCli(['--encoding', 'utf-9', '-'], { stdin: article(1) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean 'utf-8'\?/);
  });
});

describe('eval takes the same flags', () => {
  const data = JSON.stringify({ article: article(1), reference: 'The council drew attention.' });
  it('takes -n and --sentences as the main command does, and --n as before', async () => {
    const short = await runCli(['eval', '-n', '1', '--json', '-'], { stdin: data });
    const long = await runCli(['eval', '--sentences', '1', '--json', '-'], { stdin: data });
    const old = await runCli(['eval', '--n', '1', '--json', '-'], { stdin: data });
    expect(short.code).toBe(0);
    expect(long.stdout).toBe(short.stdout);
    expect(old.stdout).toBe(short.stdout);
    expect((JSON.parse(short.stdout) as { n: number }).n).toBe(1);
  });
});

describe('words and widths', () => {
  it('says "1 file", not "1 files"', async () => {
    const dir = folderOf({ 'only.txt': article(1) });
    const r = await runCli(['--out-dir', join(dir, 'out'), join(dir, 'only.txt')]);
    expect(r.stderr).toMatch(/^summarize: 1 file: 1 summarized/);
  });

  it('keeps every help line and the eval table within 80 columns', async () => {
    for (const argv of [['--help'], ['eval', '--help'], ['completion', '--help']]) {
      const { code, stdout } = await runCli(argv);
      expect(code).toBe(0);
      for (const line of stdout.split('\n')) expect(line.length, `${argv.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
    }
    const data = JSON.stringify({ article: article(1), reference: 'The council drew attention.' });
    const table = await runCli(['eval', '-n', 'ref', '-'], { stdin: data });
    for (const line of table.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});

describe('the terminal block in Chinese and Japanese', () => {
  // wrapping split at spaces and counted characters, not columns: Chinese has no spaces and each of its
  // characters takes two columns, so a summary came out as one line the terminal broke anywhere,
  // outside the block's indent
  it('wraps at the width in columns, two to a wide character, and keeps every character', async () => {
    const text = '市议会通过预算\n\n市议会周二在长时间辩论后批准了城市学校的新预算。市长说，这次投票对所有地区都是公平的。教师们欢迎明年用于书籍和维修的资金。反对者说，该计划使河流清理工作没有资金。\n';
    const { code, stdout } = await runCli(['-n', '2', '-'], { stdin: text, tty: true, columns: 40 });
    expect(code).toBe(0);
    const lines = visible(stdout).split('\n');
    const columns = (s: string): number => [...s].reduce((n, c) => n + (/[\p{sc=Han}，。]/u.test(c) ? 2 : 1), 0);
    // every line, the footer's too ("2 of 4 sentences · 21 of 46 words · about 7 s saved" is 53 wide)
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(40);
    expect(lines.filter((l) => / of \d+ (sentences|words)|saved/.test(l)).length).toBeGreaterThan(1);
    const body = lines.filter((l) => /^ {2}\S|^ {4}\S/.test(l) && /\p{sc=Han}/u.test(l)).map((l) => l.replace(/^ {2}• |^ {4}/, ''));
    expect(body.length).toBeGreaterThan(2);
    expect(text).toContain(body.join('').split('。')[0]!);
  });

  it('--highlight: the article as written, no space between sentences, wrapped in columns', async () => {
    const paragraph = '市议会周二在长时间辩论后批准了城市学校的新预算。市长说，这次投票对所有地区都是公平的。教师们欢迎明年用于书籍和维修的资金。反对者说，该计划使河流清理工作没有资金。';
    const plain = await runCli(['--highlight', '-n', '2', '--format', 'markdown', '-'], { stdin: `市议会通过预算\n\n${paragraph}\n` });
    expect(plain.stdout.trim().split('\n').pop()!.replaceAll('**', '')).toBe(paragraph);
    const { stdout } = await runCli(['--highlight', '-n', '2', '-'], { stdin: `市议会通过预算\n\n${paragraph}\n`, tty: true, columns: 40 });
    const lines = visible(stdout).split('\n').filter((l) => /\p{sc=Han}/u.test(l) && l !== '市议会通过预算');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect([...line].length * 2, line).toBeLessThanOrEqual(40);
    expect(lines.join('')).toBe(paragraph);
  });
});
