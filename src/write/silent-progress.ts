// The progress interface, and the bar that draws nothing: what a run uses when stderr is not a
// terminal, without loading the progress-bar library.
export type Progress = {
  readonly update: (done: number) => void;
  /** Write lines to the stream without garbling the bar: it is cleared, then drawn again below them. */
  readonly log: (write: () => void) => void;
  readonly stop: () => void;
};

export const SILENT_PROGRESS: Progress = { update: () => {}, log: (write) => write(), stop: () => {} };
