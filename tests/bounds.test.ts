// Bounded work on hostile input (issue "Bounded work on any input"): shapes that once took minutes
// or hours, or crashed, each with the behaviour it must have. None of these asserts a time; before
// the fixes, most of them ran past the test's timeout.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planOutputs } from '../src/write/output.js';
import { article } from './fixtures.js';
import { runCli } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'summarize-bounds-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const calm = (stderr: string): void => expect(stderr).not.toMatch(/\n\s+at |internal error/);

describe('long tokens, marks and entities', () => {
  it.each([
    ['a 400,000-letter word', `Start ${'x'.repeat(400_000)}s. More text here. And a last sentence for luck.`],
    ['a letter with 400,000 combining marks', `Start a${'\u0301'.repeat(400_000)} here. More text here. And a last sentence.`],
    ['&amp; 100,000 times', `Start ${'&amp;'.repeat(100_000)} here. More text here. And a last sentence.`],
  ])('summarizes %s, every line a verbatim piece of the input', async (_name, text) => {
    const { code, stdout, stderr } = await runCli(['-n', '3', '-'], { stdin: text });
    expect(code).toBe(0);
    calm(stderr);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(text).toContain(line);
    expect(lines).toContain('More text here.');
  });

  it('never stems a word longer than any real word, so a huge word costs its length', async () => {
    const { stdout } = await runCli(['--keywords', '3', '-'], { stdin: `The ${'ab'.repeat(200_000)}s met. The ${'ab'.repeat(200_000)}s met again today.` });
    expect(stdout).toContain('met');
  });
});

describe('long texts in other languages', () => {
  // ICU's segmentation is quadratic on one long text in Node 20: these would take minutes whole
  it.each([
    ['a 1 MB French paragraph without a full stop', `${'le conseil municipal a voté le budget des écoles '.repeat(20_000)}.`],
    ['a 1 MB Chinese paragraph without punctuation', '市议会周二在就学校问题进行长时间辩论后批准了新预算'.repeat(15_000)],
    ['100,000 short German sentences in one paragraph', 'Der Rat hat am 3. Oktober abgestimmt. '.repeat(25_000)],
  ])('summarizes %s, every line a verbatim piece of the input', async (_name, text) => {
    const { code, stdout, stderr } = await runCli(['-n', '2', '-'], { stdin: text });
    expect(code).toBe(0);
    calm(stderr);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(text).toContain(line);
  });
});

describe('lines', () => {
  it('joins 300,000 short wrapped lines in linear time (found by the hostile benchmark)', async () => {
    const { code, stdout } = await runCli(['-q', '-'], { stdin: `${'a\n'.repeat(300_000)}The end came at last.\n` });
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
    const upper = await runCli(['-q', '-'], { stdin: `${'A\n'.repeat(300_000)}The end came at last.\n` });
    expect(upper.code).toBe(0);
  });
});

describe('markup', () => {
  it('strips 200,000 unclosed comments in text, as a browser does: the rest is comment', async () => {
    const text = `<p>The council met on Tuesday to vote on the budget.</p>${'<!--'.repeat(200_000)} hidden.`;
    const asText = await runCli(['--input', 'text', '-'], { stdin: text });
    expect(asText.code).toBe(0);
    expect(asText.stdout).toBe('The council met on Tuesday to vote on the budget.\n');
    const asPage = await runCli([file('comments.html', text)]);
    expect(asPage.code).toBe(0);
    expect(asPage.stdout).toContain('The council met on Tuesday');
  });

  it('refuses a page nested 100,000 deep with one clear line, and reads it as text when told', async () => {
    const deep = file('deep.html', `<html><body>${'<div>'.repeat(100_000)}<p>The council met on Tuesday. It voted.</p>${'</div>'.repeat(100_000)}</body></html>`);
    const page = await runCli([deep]);
    expect(page.code).toBe(1);
    expect(page.stderr).toBe(
      `summarize: ${deep}: HTML nested more than 500 elements deep, past what the page reader takes (--input text reads its text without it)\n`,
    );
    const text = await runCli(['--input', 'text', deep]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe('The council met on Tuesday.\nIt voted.\n');
  });

  it('reads a page of 100,000 entities in a row (each its own text node to the parser)', async () => {
    const { code, stdout } = await runCli(['--input', 'html', '-'], { stdin: `<p>Start ${'&amp;'.repeat(100_000)} here. More text here. And a last one.</p>` });
    expect(code).toBe(0);
    expect(stdout).toContain('More text here.');
  });

  it('keeps a million brackets or emphasis marks in Markdown to linear time', async () => {
    for (const noise of ['['.repeat(300_000), '**a '.repeat(100_000), '<!--'.repeat(100_000)]) {
      const { code, stdout } = await runCli(['--input', 'markdown', '-'], { stdin: `# T\n\nStart ${noise} end. More text here.` });
      expect(code).toBe(0);
      expect(stdout).toContain('More text here.');
    }
  });
});

describe('folders', () => {
  it('reports a folder nested too deep to name, and summarizes the rest', async () => {
    const top = mkdtempSync(join(tmpdir(), 'summarize-deep-'));
    writeFileSync(join(top, 'a.txt'), article(1));
    // 3,000 levels: a path of 6,000 characters, longer than the system takes
    const make = "const fs = require('fs'); process.chdir(process.argv[1]); for (let i = 0; i < 3000; i++) { fs.mkdirSync('d'); process.chdir('d'); } fs.writeFileSync('x.txt', 'The council met. It voted.');";
    spawnSync(process.execPath, ['-e', make, top]);
    const { code, stdout, stderr } = await runCli([top]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/a\.txt <==\n.+\n.+\n.+\n/);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(/: name too long \(ENAMETOOLONG\)$/);
    for (const line of lines) expect(line.length).toBeLessThan(300);
    expect(lines.at(-1)).toMatch(/2 files: 1 summarized, 1 failed/);
  });

  it.skipIf(process.getuid?.() !== 0 || spawnSync('setpriv', ['--version']).status !== 0)(
    'reports an unreadable subfolder and goes on (run as an unprivileged user)',
    (ctx) => {
      const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups'];
      // the checkout itself may be closed to that user (a clone in a private temporary folder)
      const canRun = spawnSync('setpriv', [...asNobody, process.execPath, join(ROOT, 'bin/summarize.js'), '--version'], { cwd: '/' });
      if (canRun.status !== 0) ctx.skip();
      const top = mkdtempSync(join(tmpdir(), 'summarize-perm-'));
      chmodSync(top, 0o755);
      mkdirSync(join(top, 'l'));
      writeFileSync(join(top, 'a.txt'), article(2));
      writeFileSync(join(top, 'l', 'b.txt'), article(3));
      chmodSync(join(top, 'a.txt'), 0o644);
      chmodSync(join(top, 'l'), 0o000);
      const r = spawnSync('setpriv', [...asNobody, process.execPath, join(ROOT, 'bin/summarize.js'), top], {
        encoding: 'utf8',
        cwd: '/',
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/a\.txt <==\n.+\n.+\n.+\n/);
      expect(r.stderr).toContain(`summarize: ${join(top, 'l')}: permission denied (EACCES)\n`);
      expect(r.stderr).toMatch(/2 files: 1 summarized, 1 failed/);
    },
  );

  it('reads a file whose name is not UTF-8, and shows the name escaped', async () => {
    const top = mkdtempSync(join(tmpdir(), 'summarize-bytes-'));
    writeFileSync(Buffer.from(`${top}/bad\xff.txt`, 'latin1'), article(4));
    writeFileSync(join(top, 'good.txt'), article(5));
    const walked = await runCli(['--json', top]);
    expect(walked.code).toBe(0);
    const results = walked.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; sentences: unknown[] });
    expect(results.map((r) => r.path)).toEqual([join(top, 'bad\\xff.txt'), join(top, 'good.txt')]);
    expect(results[0]!.sentences).toHaveLength(3);
    // named on the command line: the binary reads its own argument's bytes back
    const shell = spawnSync('bash', ['-c', `node ${join(ROOT, 'bin/summarize.js')} -n 1 "$1"/bad$'\\xff'.txt`, '_', top], { encoding: 'utf8' });
    expect(shell.status).toBe(0);
    expect(shell.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('--out-dir never overwrites', () => {
  it('gives files of the same name in two folders their own summaries', async () => {
    const top = mkdtempSync(join(tmpdir(), 'summarize-same-'));
    for (const d of ['x1', 'x2']) {
      mkdirSync(join(top, d));
      writeFileSync(join(top, d, 'n.txt'), article(d === 'x1' ? 1 : 2));
    }
    const out = join(top, 'out');
    const { code, stderr } = await runCli(['--out-dir', out, 'x1', 'x2'], { cwd: top });
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'x1/n.summary.txt'), 'utf8')).not.toBe(readFileSync(join(out, 'x2/n.summary.txt'), 'utf8'));
    expect(stderr).toMatch(/2 files: 2 summarized/);
  });

  it('gives URLs whose paths differ their own files, and refuses a true clash before writing anything', () => {
    const plan = planOutputs(
      [
        { kind: 'url', url: 'http://h.test/a/b.html' },
        { kind: 'url', url: 'http://h.test/a_b.html' },
      ],
      'o',
      'txt',
    );
    expect([...plan.values()]).toEqual(['o/h.test/a/b.summary.txt', 'o/h.test/a_b.summary.txt']);
    expect(() =>
      planOutputs(
        [
          { kind: 'url', url: 'http://h.test/a b.html' },
          { kind: 'url', url: 'http://h.test/a%20b.html' },
          { kind: 'url', url: 'http://h.test/a_b.html' },
        ],
        'o',
        'txt',
      ),
    ).toThrow(/a%20b\.html would both be written to o\/h\.test\/a_20b\.html\.summary\.txt: nothing was written/);
  });

  it('counts a summary it could not write as failed, not summarized', async () => {
    const blocked = file('blocked', 'a file where the folder should be');
    const { code, stderr } = await runCli(['--out-dir', blocked, file('w1.txt', article(1)), file('w2.txt', article(2))]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/2 files: 0 summarized, 2 failed, 0 skipped/);
  });
});

describe('limits', () => {
  it('refuses a --max-bytes the process cannot honour, with one line', async () => {
    for (const size of ['1G', '3G', '300M']) {
      const { code, stderr } = await runCli(['--max-bytes', size, '-'], { stdin: article(1) });
      expect(code).toBe(2);
      expect(stderr).toBe(`summarize: invalid value '${size}' for --max-bytes: at most 256M (a larger text cannot be summarized in memory)\n`);
    }
  });

  it('applies --max-bytes to each --jsonl record: an error line for that one, the rest go on', async () => {
    const records = [
      JSON.stringify({ id: 1, text: article(1) }),
      JSON.stringify({ id: 2, text: `${'Filler words here. '.repeat(3000)}` }),
      JSON.stringify({ id: 3, text: article(3) }),
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['--jsonl', '--max-bytes', '10k'], { stdin: records });
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: { code: string }; sentences?: unknown[] });
    expect(lines.map((l) => l.id)).toEqual([1, null, 3]);
    expect(lines[1]!.error!.code).toBe('EFBIG');
    expect(lines[2]!.sentences).toHaveLength(3);
    expect(stderr).toBe('summarize: standard input:2: larger than --max-bytes (10240 bytes)\n');
  });
});

describe('encodings', () => {
  it('names no flag the user did not give when a UTF-16 file is broken', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The council met.', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const { code, stderr } = await runCli([file('broken16.txt', broken)]);
    expect(code).toBe(1);
    expect(stderr).not.toContain('--encoding');
    expect(stderr).toMatch(/broken16\.txt: not valid UTF-16LE text \(it starts with a UTF-16LE byte-order mark\)/);
  });

  it('drops text direction overrides, which would reorder the terminal', async () => {
    const { stdout } = await runCli(['-n', '1', '-'], { stdin: 'The council \u202emet on\u202c Tuesday \u2067to vote\u2069 on the budget.' });
    expect(stdout).toBe('The council met on Tuesday to vote on the budget.\n');
  });
});

describe('Ctrl-C', () => {
  /** A long article: summarizing it keeps a thread busy for a while. */
  const big = (): string => file('big.txt', Array.from({ length: 60_000 }, (_, i) => `Sentence ${i} tells of the council, the budget ${i % 97} and the schools ${i % 89}.`).join(' '));

  it.each([
    ['one file', (b: string, small: string) => [small, b]],
    ['--jsonl', (_b: string, _s: string) => ['--jsonl']],
  ])('stops %s at the first Ctrl-C with exit 130, while a large article is being summarized', async (mode, argsFor) => {
    const b = big();
    const small = file('small.txt', article(5));
    const args = argsFor(b, small);
    const child = spawn(process.execPath, [join(ROOT, 'bin/summarize.js'), '-q', ...args], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    if (mode === '--jsonl') {
      child.stdin.write(`${JSON.stringify({ id: 1, text: article(5) })}\n`);
      child.stdin.write(`${JSON.stringify({ id: 2, text: readFileSync(b, 'utf8') })}\n`);
    }
    // ready: the small input's summary is out, the large one is under way
    while (!stdout.includes('small.txt <==') && !stdout.includes('"id":1')) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stdout).not.toContain('Sentence 1 ');
    child.stdin.destroy();
  });
});

