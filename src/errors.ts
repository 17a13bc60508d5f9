// Errors that the shell expects, each with a stable code. run.ts maps them to exit codes.

export type ExitCode = 0 | 1 | 2 | 130;

export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const satisfies Record<string, ExitCode>;

/** The command line asks for something impossible (bad flag value, conflicting flags): exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly code = 'usage',
  ) {
    super(message);
  }
}

/** An input could not be read or used (missing file, directory, permission): exit 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A path short enough for one line of a message: a very long one keeps its start and its end. */
export const shortPath = (path: string, max = 160): string =>
  path.length <= max ? path : `${path.slice(0, Math.floor(max / 3))}…${path.slice(path.length - Math.floor((2 * max) / 3))}`;

/** Turn a Node fs error into an InputError that names the file and the reason in plain words. */
export const fileError = (path: string, err: unknown): InputError => {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN';
  const reason = REASONS[code] ?? (err instanceof Error ? err.message : String(err)).slice(0, 200);
  return new InputError(`${shortPath(path)}: ${reason} (${code})`, code);
};
