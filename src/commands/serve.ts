// summarize serve: the HTTP application (serve/app.ts) on a port, summarizing in the worker pool that
// batch mode uses, so a long article never blocks other requests. Prints its address on stdout, one
// JSON line per request on stderr, and stops on Ctrl-C or SIGTERM once the requests in flight are
// answered (at most a few seconds).
import { readFileSync } from 'node:fs';
import type { ServeCommand } from '../args/options.js';
import { type Pool, createPool } from '../batch/pool.js';
import type { Outcome, Task } from '../batch/task.js';
import { DEFAULTS } from '../defaults.js';
import { InputError } from '../errors.js';
import { buildApp } from '../serve/app.js';
import { cpuLimit } from '../cpus.js';
import { type Io, type Status, say } from './shell.js';

// the widget and the demo page sit beside the server's code, in src/ and in dist/ alike
const asset = (name: string): string => readFileSync(new URL(`../serve/assets/${name}`, import.meta.url), 'utf8');

/** A pool that replaces itself if a worker dies, so that one crash fails one request, not the server. */
const resilientPool = async (jobs: number, maxBytes: number): Promise<{ run: (task: Task) => Promise<Outcome>; close: () => Promise<void> }> => {
  const start = (): Promise<Pool> => createPool(jobs, jobs, { inline: false, maxBytes });
  let pool = await start();
  return {
    run: async (task) => {
      const current = pool;
      try {
        return await current.run(task);
      } catch (err) {
        if (pool === current) {
          pool = await start();
          void current.close();
        }
        throw err;
      }
    },
    close: () => pool.close(),
  };
};

const cannotListen = (cmd: ServeCommand, err: NodeJS.ErrnoException): InputError => {
  const where = `${cmd.host}:${cmd.port}`;
  const why =
    err.code === 'EADDRINUSE'
      ? 'the port is in use (pick another with --port, or --port 0 for any free one)'
      : err.code === 'EACCES'
        ? 'permission denied (ports below 1024 need privileges)'
        : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
          ? 'no such address on this machine'
          : (err.code ?? err.message);
  return new InputError(`cannot listen on ${where}: ${why}`, err.code ?? 'ELISTEN');
};

export const serveCommand = async (cmd: ServeCommand, io: Io): Promise<Status> => {
  // a server runs for long: the CPUs it may use, not the ones idle at the moment it starts
  const pool = await resilientPool(cmd.jobs ?? cpuLimit(), cmd.maxBytes);
  const app = await buildApp({
    limits: { maxBytes: cmd.maxBytes, timeoutMs: cmd.timeoutMs, allowPrivateUrls: cmd.allowPrivateUrls },
    corsOrigins: cmd.corsOrigins,
    rateLimit: cmd.rateLimit,
    assets: { widget: asset('widget.js'), demo: asset('index.html') },
    run: pool.run,
    ...(cmd.output.quiet ? {} : { log: (entry) => io.stderr.write(`${JSON.stringify(entry)}\n`) }),
    onInternalError: (err) => {
      say(io, `internal error: ${err.message}`);
      if (cmd.output.verbose && err.stack !== undefined) io.stderr.write(`${err.stack}\n`);
    },
  });
  let address: string;
  try {
    address = await app.listen({ host: cmd.host, port: cmd.port });
  } catch (err) {
    await Promise.all([app.close(), pool.close()]);
    throw cannotListen(cmd, err as NodeJS.ErrnoException);
  }
  io.stdout.write(`summarize: serving on ${address} (widget: ${address}/widget.js, API: ${address}/api/summarize)\n`);

  // until Ctrl-C or SIGTERM: then no new connections, and the requests in flight get a few seconds
  await new Promise<void>((resolve) => {
    if (io.signal === undefined) return;
    if (io.signal.aborted) resolve();
    io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  const graceMs = DEFAULTS.serve.graceSeconds * 1000;
  io.setGrace?.(graceMs + 1000);
  if (!cmd.output.quiet) say(io, 'stopping: finishing the requests in flight');
  const force = setTimeout(() => app.server.closeAllConnections(), graceMs);
  await app.close();
  clearTimeout(force);
  await pool.close();
  return { failed: 0, interrupted: false };
};
