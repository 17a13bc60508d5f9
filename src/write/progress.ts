// One progress line on stderr for a whole run: done / total, rate and time left, redrawn in place
// with a carriage return. It never hides the cursor or turns line wrap off, and never grows wider
// than the terminal, so nothing is left to restore but the line itself.
import type { Writable } from 'node:stream';
import { onRestore } from './screen.js';

export type Progress = {
  /** `done` steps of `total` (undefined while the total is unknown). */
  readonly update: (done: number, total: number | undefined) => void;
  /** Write lines to the stream without garbling the bar: it is cleared, then drawn again below them. */
  readonly log: (write: () => void) => void;
  readonly stop: () => void;
};

export const SILENT_PROGRESS: Progress = { update: () => {}, log: (write) => write(), stop: () => {} };

const CLEAR = '\r\u001b[K';
/** Redraw at most this often. */
const FRAME_MS = 100;
const BAR_WIDTH = 24;

const duration = (seconds: number): string =>
  seconds < 60 ? `${Math.ceil(seconds)}s` : seconds < 3600 ? `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;

/** The bar's text for a terminal `columns` wide: bar, count, rate, time left, cut to fit. */
export const progressLine = (done: number, total: number | undefined, unit: string, elapsedMs: number, columns: number): string => {
  const rate = done / Math.max(0.001, elapsedMs / 1000);
  const count = total === undefined ? `${done} ${unit}` : `${done}/${total} ${unit}`;
  const eta = total === undefined || done === 0 ? '' : ` · ${duration((total - done) / rate)} left`;
  const tail = `${count} · ${rate.toFixed(rate < 10 ? 1 : 0)}/s${eta}`;
  const room = columns - 1;
  const barWidth = Math.min(BAR_WIDTH, room - tail.length - 1);
  if (total === undefined || barWidth < 5) return tail.slice(0, room);
  const filled = Math.round((barWidth * Math.min(done, total)) / Math.max(1, total));
  return `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ${tail}`.slice(0, room);
};

/** A bar on `stream`, a terminal `columns()` wide. */
export const startProgress = (stream: Writable, columns: () => number, unit: string): Progress => {
  const started = Date.now();
  let state: { done: number; total: number | undefined } = { done: 0, total: undefined };
  let drawn = false;
  let last = 0;
  const clear = (): void => {
    if (drawn) stream.write(CLEAR);
    drawn = false;
  };
  const draw = (): void => {
    stream.write(`${drawn ? CLEAR : ''}${progressLine(state.done, state.total, unit, Date.now() - started, columns())}`);
    drawn = true;
    last = Date.now();
  };
  const unregister = onRestore(clear);
  return {
    update: (done, total) => {
      state = { done, total };
      if (Date.now() - last >= FRAME_MS) draw();
    },
    log: (write) => {
      clear();
      write();
      if (state.done > 0) draw();
    },
    stop: () => {
      clear();
      unregister();
    },
  };
};
