// A progress bar on stderr (done / total, rate, ETA), drawn by cli-progress, only when asked for.
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

export type Progress = {
  readonly update: (done: number) => void;
  /** Write lines to the stream without garbling the bar: it is cleared, then drawn again below them. */
  readonly log: (write: () => void) => void;
  readonly stop: () => void;
};

const SILENT: Progress = { update: () => {}, log: (write) => write(), stop: () => {} };

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
