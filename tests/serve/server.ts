// Start `summarize serve` as a user would (the built binary, --port 0) and wait for the line that
// gives its address: the readiness signal. Never a fixed sleep.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/summarize.js', import.meta.url));

export type Served = {
  readonly base: string;
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything written to stderr so far. */
  readonly stderr: () => string;
  /** Resolves once stderr matches. */
  readonly stderrMatches: (re: RegExp) => Promise<string>;
  /** Stop with a signal; resolves with the exit code. */
  readonly stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

export const serve = (args: readonly string[] = []): Promise<Served> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: 'pipe' });
    let out = '';
    let err = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/\S+) /.exec(out);
      if (m !== null)
        resolve({
          base: m[1]!,
          child,
          stderr: () => err,
          stderrMatches: (re) =>
            new Promise((found) => {
              const check = (): void => {
                if (!re.test(err)) return;
                child.stderr.off('data', check);
                found(err);
              };
              child.stderr.on('data', check);
              check();
            }),
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null) child.kill(signal);
            return exited;
          },
        });
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}) before it was ready: ${err}`)));
  });

/** POST JSON (or a string with its content type) and read the JSON answer. */
export const post = async (
  url: string,
  body: unknown,
  type = 'application/json',
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any; headers: Headers }> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': type, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text), headers: response.headers };
};
