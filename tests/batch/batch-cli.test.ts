// Batch runs through run() in process; with --jobs 2 they use real worker threads (the built code).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { article } from '../fixtures.js';
import { runCli } from '../helpers.js';

let dir: string;
const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)])).sort();
const hashes = (d: string) => Object.fromEntries(walk(d).map((f) => [f, createHash('sha1').update(readFileSync(f)).digest('hex')]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'summarize-batch-'));
  mkdirSync(join(dir, 'in/world'), { recursive: true });
  writeFileSync(join(dir, 'in/b.txt'), article(1));
  writeFileSync(join(dir, 'in/a.txt'), article(2));
  writeFileSync(join(dir, 'in/world/c.md'), article(3));
  writeFileSync(join(dir, 'in/world/binary.txt'), Buffer.from('PNG\u0000\u0001\u0002 not text at all.'));
  writeFileSync(join(dir, 'in/world/empty.txt'), '');
});

describe('batch', () => {
  it('summarizes a folder in sorted order under ==> path <== headers, going on past a bad file', async () => {
    const { code, stdout, stderr } = await runCli(['-n', '1', join(dir, 'in')]);
    expect(code).toBe(1);
    const headers = stdout.split('\n').filter((l) => l.startsWith('==> '));
    expect(headers).toEqual(['a.txt', 'b.txt', 'world/c.md', 'world/empty.txt'].map((f) => `==> ${join(dir, 'in', f)} <==`));
    expect(stderr).toContain(`${join(dir, 'in/world/binary.txt')}: binary file (contains NUL bytes)`);
    expect(stderr).toContain(`${join(dir, 'in/world/empty.txt')}: no sentences to summarize`);
    expect(stderr).toMatch(/5 files: 3 summarized, 1 failed, 1 skipped in \d+\.\d s/);
  });

  it('prints JSON Lines with --json: one object per file with its path, or its error', async () => {
    const { stdout } = await runCli(['--json', '-n', '1', join(dir, 'in')]);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; title?: string; error?: { code: string } });
    expect(lines.map((l) => l.path.slice(dir.length + 4))).toEqual(['a.txt', 'b.txt', 'world/binary.txt', 'world/c.md', 'world/empty.txt']);
    expect(lines[2]!.error!.code).toBe('EBINARY');
    expect(lines[0]!.title).toBe('Story 2 About The museum And The painting');
  });

  it('gives the same output with one job as with worker threads', async () => {
    const one = await runCli(['--json', '--jobs', '1', join(dir, 'in')]);
    const two = await runCli(['--json', '--jobs', '2', join(dir, 'in')]);
    expect(two.stdout).toBe(one.stdout);
  });

  it('keeps quiet about the tally and skipped files with -q, but still names failures', async () => {
    const { stderr } = await runCli(['-q', join(dir, 'in')]);
    expect(stderr.trim().split('\n')).toEqual([`summarize: ${join(dir, 'in/world/binary.txt')}: binary file (contains NUL bytes)`]);
  });
});

describe('--out-dir', () => {
  it('writes one summary per input, mirroring the tree, and nothing else', async () => {
    const out = join(dir, 'out');
    const { code, stdout } = await runCli(['--out-dir', out, join(dir, 'in')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // the folder's own name is kept, as it is for a file named inside it
    expect(walk(out)).toEqual(['a.summary.txt', 'b.summary.txt', 'world/c.summary.txt', 'world/empty.summary.txt'].map((f) => join(out, 'in', f)));
    expect(readFileSync(join(out, 'in', 'a.summary.txt'), 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('never touches an input, even when the output folder is the input folder', async () => {
    const inside = mkdtempSync(join(tmpdir(), 'summarize-same-'));
    writeFileSync(join(inside, 'x.txt'), article(4));
    writeFileSync(join(inside, 'y.md'), article(5));
    const before = hashes(inside);
    const { code } = await runCli(['--json', '--out-dir', inside, inside]);
    expect(code).toBe(0);
    const after = hashes(inside);
    for (const [f, h] of Object.entries(before)) expect(after[f]).toBe(h);
    const mirror = join(inside, basename(inside));
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), join(mirror, 'x.summary.json'), join(mirror, 'y.summary.json')].sort());
    // a second run does not summarize the summaries
    await runCli(['--out-dir', inside, inside]);
    expect(walk(inside).filter((f) => f.includes('.summary.summary'))).toEqual([]);
  });

  it('fails per file, leaving no temporary file, when the output folder cannot be made', async () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const { code, stderr } = await runCli(['--out-dir', blocked, join(dir, 'in/a.txt'), join(dir, 'in/b.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write/);
    expect(walk(dir).filter((f) => f.endsWith('.summarize-tmp'))).toEqual([]);
  });
});

describe('--jsonl', () => {
  const records = [
    JSON.stringify({ id: 'a', text: article(1) }),
    JSON.stringify({ id: 7, text: article(2), title: 'Given Title' }),
    '{broken',
    '',
    JSON.stringify({ id: 'c', text: 'Short one. Another one.' }),
  ].join('\n');

  it('writes one result line per record, in order, carrying the id', async () => {
    const { code, stdout, stderr } = await runCli(['--jsonl', '-n', '1'], { stdin: records });
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; title?: string; error?: unknown });
    expect(lines.map((l) => l.id)).toEqual(['a', 7, null, 'c']);
    expect(lines[1]!.title).toBe('Given Title');
    expect(lines[2]!.error).toEqual({ code: 'EBADRECORD', message: 'standard input:3: not a JSON object' });
    expect(stderr).toContain('standard input:3: not a JSON object');
  });

  it('gives the same lines with worker threads', async () => {
    const one = await runCli(['--jsonl', '--jobs', '1'], { stdin: records });
    const two = await runCli(['--jsonl', '--jobs', '2'], { stdin: records });
    expect(two.stdout).toBe(one.stdout);
  });

  it('rejects files next to --jsonl, and --jsonl with --out-dir', async () => {
    const r = await runCli(['--jsonl', '-', 'x.txt', '--out-dir', 'o']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/name one at most/);
    expect(r.stderr).toMatch(/cannot be used with --out-dir/);
  });
});

describe('a few thousand files', () => {
  it('summarizes 2,000 files with two workers (chosen for a batch this large), in order, one JSON line each', async () => {
    const big = mkdtempSync(join(tmpdir(), 'summarize-many-'));
    for (let i = 0; i < 2000; i++) {
      const sub = join(big, `d${Math.floor(i / 500)}`);
      if (i % 500 === 0) mkdirSync(sub);
      writeFileSync(join(sub, `f${String(i).padStart(4, '0')}.txt`), article(i));
    }
    const { code, stdout } = await runCli(['--json', '-n', '1', big], { jobs: 2 });
    expect(code).toBe(0);
    const paths = stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toHaveLength(2000);
    expect(paths).toEqual([...paths].sort());
  }, 60_000);
});

describe('a folder of mixed kinds', () => {
  it('reads text, Markdown and HTML files side by side, each by its kind', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'summarize-mixed-'));
    writeFileSync(join(mixed, 'a.txt'), article(1));
    writeFileSync(join(mixed, 'b.md'), `# Notes On The River\n\n${article(2).split('\n').slice(2).join('\n')}\n\n\`\`\`\nsecret code line.\n\`\`\`\n`);
    writeFileSync(join(mixed, 'c.html'), readFileSync(new URL('../../fixtures/pages/city-news.html', import.meta.url)));
    const { code, stdout } = await runCli(['--json', '--ratio', '1', mixed]);
    expect(code).toBe(0);
    const [txt, md, html] = stdout.trim().split('\n').map((l) => JSON.parse(l) as { title: string; sentences: Array<{ text: string }> });
    expect(txt!.title).toBe('Story 1 About The river And The flood');
    expect(md!.title).toBe('Notes On The River');
    expect(md!.sentences.map((s) => s.text).join(' ')).not.toContain('secret');
    expect(html!.title).toBe('Harbour bridge to close for two years of repairs');
    expect(html!.sentences).toHaveLength(6);
  });
});
