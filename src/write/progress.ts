// A progress bar on stderr (done / total, rate, ETA), drawn by cli-progress, only when asked for.
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';
import { type Progress, SILENT_PROGRESS as SILENT } from './silent-progress.js';

export type { Progress } from './silent-progress.js';

/** `enabled` should be true only when stderr is a terminal and the user did not ask for quiet. */
export const startProgress = (stream: Writable, enabled: boolean, total: number, unit: string): Progress => {
  if (!enabled) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: `{bar} {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  const rate = (): string => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  bar.start(total, 0, { rate: '0' });
  return {
    update: (n) => {
      done = n;
      bar.update(n, { rate: rate() });
    },
    log: (write) => {
      bar.stop();
      write();
      bar.start(total, done, { rate: rate() });
    },
    stop: () => bar.stop(),
  };
};
