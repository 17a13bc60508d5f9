// What this process has drawn on the terminal that must not outlive it (a progress bar's line). The
// process shell calls restoreScreen on every way out, a second Ctrl-C included.
const restorers = new Set<() => void>();

/** Register a way to undo something drawn; returns the function that unregisters it. */
export const onRestore = (restore: () => void): (() => void) => {
  restorers.add(restore);
  return () => restorers.delete(restore);
};

export const restoreScreen = (): void => {
  for (const restore of restorers) restore();
  restorers.clear();
};
