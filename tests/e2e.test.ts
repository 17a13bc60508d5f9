// A few end-to-end runs of the built binary (npm test builds first).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { article } from './fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = 'bin/summarize.js';
const FIXTURE = 'fixtures/no-time-to-read.txt';
const ESC = '\u001b[';

const cleanEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI']) delete env[k];
  return env;
};

const summarize = (args: string[], input?: string, env: NodeJS.ProcessEnv = cleanEnv()) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', env });

/** Run in a pseudo-terminal (util-linux `script`), so that stdout is a TTY. */
const inTerminal = (command: string, env: NodeJS.ProcessEnv = cleanEnv()) =>
  spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, input: '', encoding: 'utf8', env: { ...env, COLUMNS: '100' } });

describe('the summarize binary', () => {
  it('summarizes a file, stdin and - alike', () => {
    const file = summarize([FIXTURE]);
    expect(file.status).toBe(0);
    expect(file.stderr).toBe('');
    expect(file.stdout.trim().split('\n')).toHaveLength(3);
    const text = readFileSync(new URL(`../${FIXTURE}`, import.meta.url), 'utf8');
    expect(summarize([], text).stdout).toBe(file.stdout);
    expect(summarize(['-'], text).stdout).toBe(file.stdout);
  });

  it('prints JSON with --json', () => {
    const { status, stdout } = summarize(['--json', FIXTURE]);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { title: string; sentences: unknown[]; sentenceCount: number };
    expect(parsed.title).toBe('Russia-Turkey Talks, Putin-Erdogan Phone Status, and the Ukraine Crisis');
    expect(parsed.sentences).toHaveLength(3);
  });

  it('exits 2 with one line for a bad flag', () => {
    const { status, stdout, stderr } = summarize(['-n', 'abc', FIXTURE]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 without a stack trace for a missing file', () => {
    const { status, stderr } = summarize(['missing.txt']);
    expect(status).toBe(1);
    expect(stderr).toBe('summarize: missing.txt: no such file (ENOENT)\n');
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `Sentence number ${i} tells of the council budget and the schools.`).join(' ');
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${BIN} --ratio 1 | head -1`], {
      cwd: ROOT,
      input: many,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('draws the coloured block on a terminal, and no colour with NO_COLOR', () => {
    const coloured = inTerminal(`node ${BIN} ${FIXTURE}`);
    expect(coloured.stdout).toContain('No time to read?');
    expect(coloured.stdout).toContain(ESC);
    const plain = inTerminal(`node ${BIN} ${FIXTURE}`, { ...cleanEnv(), NO_COLOR: '1' });
    expect(plain.stdout).toContain('No time to read?');
    expect(plain.stdout).not.toContain(ESC);
  });
});

describe('the summarize binary in a batch', () => {
  const makeFolder = (count: number): string => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-e2e-'));
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `f${String(i).padStart(5, '0')}.txt`), article(i));
    return dir;
  };

  it('stops on Ctrl-C with exit 130, leaving only complete summary files', async () => {
    const dir = makeFolder(3000);
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [BIN, '--jobs', '1', '--out-dir', out, dir], { cwd: ROOT, env: cleanEnv() });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // the folder keeps its name under the output folder
    const mirror = join(out, basename(dir));
    // wait until some summaries exist, then interrupt
    // (every 200 ms: a busier poll takes the core the child needs on a loaded machine)
    while (!existsSync(mirror) || readdirSync(mirror).length < 20) await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(130);
    const written = readdirSync(mirror);
    expect(written.length).toBeLessThan(3000);
    expect(written.filter((f) => !f.endsWith('.summary.txt'))).toEqual([]);
    for (const f of written) expect(readFileSync(join(mirror, f), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(stderr).toMatch(/\(interrupted\)/);
  }, 60_000);

  /** A folder with a Windows-1252 file (its warning is the readiness signal) and a FIFO nobody writes to. */
  const waitingOnFifo = (): { latin: string; fifo: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-fifo-'));
    const latin = join(dir, 'a-latin.txt');
    writeFileSync(latin, Buffer.from(`${article(3)} Caf\xe9 au lait.`, 'latin1'));
    const fifo = join(dir, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    return { latin, fifo };
  };
  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready()) await new Promise((r) => setTimeout(r, 10));
  };

  it('stops on SIGTERM with exit 130 even while waiting on a FIFO that nobody writes to', async () => {
    const { latin, fifo } = waitingOnFifo();
    const child = spawn(process.execPath, [BIN, latin, fifo], { cwd: ROOT, env: cleanEnv() });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    // ready: the first file is done (its warning is out), and the run waits on the FIFO
    await until(() => stderr.includes('not valid UTF-8'));
    child.kill('SIGTERM');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/2 files: 1 summarized, 0 failed, 0 skipped in \d+\.\d s \(interrupted\)\n$/);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'leaves the terminal as it found it on a second Ctrl-C: no bar left, cursor shown, line wrap on',
    async () => {
      const { latin, fifo } = waitingOnFifo();
      const pidFile = join(mkdtempSync(join(tmpdir(), 'summarize-pid-')), 'pid');
      // stdout to a file, stderr on the pseudo-terminal: the progress bar is drawn
      const command = `echo $$ > ${pidFile}; exec node ${BIN} ${latin} ${fifo} > /dev/null`;
      const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { ...cleanEnv(), COLUMNS: '60' } });
      let screen = '';
      child.stdout.on('data', (c: Buffer) => (screen += c.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', done));
      await until(() => /1\/2 files/.test(screen) && existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
      const pid = Number(readFileSync(pidFile, 'utf8'));
      process.kill(pid, 'SIGINT');
      process.kill(pid, 'SIGINT');
      expect(await exited).toBe(130);
      expect(screen).not.toContain('\u001b[?25l');
      expect(screen).not.toContain('\u001b[?7l');
      // the last thing on the screen is the bar's line, cleared
      expect(screen.endsWith('\r\u001b[K') || !/\d+\/2 files[^\n]*$/.test(screen)).toBe(true);
    },
  );

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('prints summaries of several files on a terminal with no progress codes among them', () => {
    const r = inTerminal(`node ${BIN} ${FIXTURE} ${FIXTURE.replace('.txt', '.txt')} fixtures/pages/city-news.html`);
    expect(r.status).toBe(0);
    for (const code of ['\u001b7', '\u001b8', '\u001b[?25l', '\u001b[?7l', '\r\u001b[K']) expect(r.stdout).not.toContain(code);
    expect(r.stdout.match(/==> .* <==/g)).toHaveLength(2);
  });

  it.skipIf(spawnSync('parallel', ['--version']).status !== 0)(
    'runs unchanged under GNU parallel --pipe, giving the same lines as one process',
    () => {
      const records = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: i, text: article(i) })).join('\n');
      const direct = spawnSync(process.execPath, [BIN, '--jsonl', '--jobs', '1'], { cwd: ROOT, input: records, encoding: 'utf8', env: cleanEnv() });
      const split = spawnSync('parallel', ['--pipe', '--keep-order', '-N', '25', process.execPath, BIN, '--jsonl', '--jobs', '1'], {
        cwd: ROOT,
        input: records,
        encoding: 'utf8',
        env: cleanEnv(),
      });
      expect(split.status).toBe(0);
      expect(direct.stdout.trim().split('\n')).toHaveLength(120);
      expect(split.stdout).toBe(direct.stdout);
    },
    60_000,
  );
});

describe('the summarize binary out of memory', () => {
  // a worker's heap is capped (DEFAULTS.workerHeapMb), so that V8 collects before its heap is several
  // times the live data; an input that needs more fails alone, with its name, and the run goes on
  it('fails the input that needs more than a worker may use, in one line, and summarizes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-oom-'));
    writeFileSync(join(dir, 'big.txt'), 'a\n'.repeat(1_500_000));
    writeFileSync(join(dir, 'ok.txt'), article(1));
    const r = summarize(['--jobs', '2', join(dir, 'big.txt'), join(dir, 'ok.txt')], '', { ...cleanEnv(), SUMMARIZE_WORKER_HEAP_MB: '48' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`summarize: ${join(dir, 'big.txt')}: needs more memory than a worker may use (48 MB)\n`);
    expect(r.stderr).toMatch(/2 files: 1 summarized, 1 failed/);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(r.stdout).toContain('ok.txt <==');
  });

  it('summarizes a 10 MB article within the default limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarize-large-'));
    const sentences = Array.from({ length: 400 }, (_, i) => `The council said on day ${i} that the “budget” for district ${i % 37} would rise again.`).join(' ');
    writeFileSync(join(dir, 'large.txt'), Array.from({ length: 250 }, () => sentences).join('\n\n'));
    const r = summarize(['-n', '2', join(dir, 'large.txt')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // the sentences repeat: what is left after near-duplicates, at most two
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(0);
    expect(r.stdout).toContain('The council said on day');
  }, 120_000);
});
