// One flag as the tables declare it (spec.ts, and summary.ts for the summary options), and what its
// flags string says: its names and whether it takes a value.

export type OptionSpec = {
  /** As commander takes them: `-n, --sentences <n>`, `--explain [all]`, `--no-color`. */
  readonly flags: string;
  readonly description: string;
  /** The values a shell may complete. */
  readonly choices?: readonly string[];
  /** The value is a path (completed as one). */
  readonly path?: 'file' | 'dir';
  /** Accepted, but not shown in help (old spellings). */
  readonly hidden?: boolean;
};

/** The long name of an option: `--sentences` for `-n, --sentences <n>`. */
export const longName = (o: OptionSpec): string => /--[\w-]+/.exec(o.flags)?.[0] ?? o.flags;
/** The short name, if any: `-n`. */
export const shortName = (o: OptionSpec): string | undefined => /^-(\w),/.exec(o.flags)?.[0]?.slice(0, 2);
/** Whether the option takes a value (`<x>` required, `[x]` optional). */
export const takesValue = (o: OptionSpec): 'required' | 'optional' | 'none' =>
  /<[^>]+>/.test(o.flags) ? 'required' : /\[[^\]]+\]/.test(o.flags) ? 'optional' : 'none';
