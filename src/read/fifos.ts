// FIFOs this thread may be blocked opening. Opening a FIFO for reading blocks a thread of libuv's
// pool until a writer comes, and such a thread keeps the process from exiting, even on Ctrl-C (exit
// waits for it). Opening it for writing ourselves lets that open return, and the read end at once.
import { closeSync, constants, openSync, statSync } from 'node:fs';

const waiting = new Set<string>();

/** Let go of one FIFO we may be waiting on; does nothing to anything else. */
export const releaseFifo = (path: string): void => {
  try {
    if (!statSync(path).isFIFO()) return;
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // no reader is waiting yet (ENXIO), or the path is gone: nothing to release now
  }
};

/** Note that `path` is being opened for reading; the returned function forgets it. */
export const opening = (path: string): (() => void) => {
  waiting.add(path);
  return () => waiting.delete(path);
};

/**
 * Let go of every FIFO being opened, now and every 50 ms until the process ends: an open may be
 * queued but not yet started when the first release comes, and would then block for ever.
 */
export const releaseFifos = (paths: Iterable<string> = waiting): void => {
  const list = [...paths];
  const release = (): void => {
    for (const p of [...list, ...waiting]) releaseFifo(p);
  };
  release();
  setInterval(release, 50).unref();
};
