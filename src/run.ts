// run(argv, io): parse, then hand over to a command. The only place that maps errors to exit codes.
import { parseArgs } from './args/program.js';
import type { Io, Status } from './commands/shell.js';
import { say } from './commands/shell.js';
import { EXIT, type ExitCode, InputError, UsageError } from './errors.js';

export type { Io } from './commands/shell.js';

const exitCode = ({ failed, interrupted }: Status): ExitCode =>
  interrupted ? EXIT.interrupted : failed > 0 ? EXIT.failure : EXIT.ok;

/** Run the command line; never throws. */
export const run = async (argv: readonly string[], io: Io): Promise<ExitCode> => {
  let verbose = argv.includes('--verbose');
  try {
    const parsed = parseArgs(argv, (s) => io.stdout.write(s));
    if (parsed.kind === 'done') return EXIT.ok;
    if (parsed.kind === 'completion') {
      io.stdout.write((await import('./args/completion.js')).completionScript(parsed.shell));
      return EXIT.ok;
    }
    verbose = parsed.output.verbose;
    // each command is loaded only when it runs: --help and usage errors never load the language model
    if (parsed.kind === 'eval') return exitCode(await (await import('./commands/eval.js')).evalCommand(parsed, io));
    if (parsed.kind === 'serve') return exitCode(await (await import('./commands/serve.js')).serveCommand(parsed, io));
    if (parsed.jsonl) return exitCode(await (await import('./commands/jsonl.js')).jsonlCommand(parsed, io));
    return exitCode(await (await import('./commands/articles.js')).summarizeCommand(parsed, io));
  } catch (err) {
    if (err instanceof UsageError) {
      say(io, err.message);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      say(io, err.message);
      return EXIT.failure;
    }
    say(io, `internal error: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300));
    if (verbose && err instanceof Error && err.stack !== undefined) io.stderr.write(`${err.stack}\n`);
    return EXIT.failure;
  }
};
