// commander's program, built from the declarations in spec.ts; options.ts turns what it parses into
// one typed command.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULTS } from '../defaults.js';
import { UsageError } from '../errors.js';
import { type Parsed, type RawFlags, toCompletion, toEval, toServe, toSummarize } from './options.js';
import { COLOR_WHEN, COMPLETION, type CommandSpec, EVAL, MAIN, SERVE, examplesText } from './spec.js';

export const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Help is laid out for 80 columns, whatever the terminal. */
const HELP_WIDTH = 80;

const addOptions = (cmd: Command, spec: CommandSpec): Command => {
  for (const o of spec.options) {
    const option = new Option(o.flags, o.description);
    cmd.addOption(o.hidden === true ? option.hideHelp() : option);
  }
  const notes = spec.notes === undefined ? '' : `\n${spec.notes}\n`;
  return cmd
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', `${notes}\nExamples:\n${examplesText(spec)}\n`)
    .configureHelp({ helpWidth: HELP_WIDTH })
    .exitOverride();
};

const program = (write: (s: string) => void, done: (p: Parsed) => void): Command => {
  const output = { writeOut: write, writeErr: () => {}, outputError: () => {} };
  const root = addOptions(
    new Command()
      .name(MAIN.name)
      .usage(
        `${MAIN.usage}\n       summarize eval ${EVAL.usage}\n       summarize serve ${SERVE.usage}\n       summarize completion ${COMPLETION.usage}`,
      )
      .description(MAIN.description)
      .argument(`[${MAIN.argument.name}...]`, MAIN.argument.description),
    MAIN,
  )
    // the root's flags stop at a command's name, so `summarize eval data.jsonl --json` means eval's --json
    .enablePositionalOptions()
    .version(`summarize ${VERSION}`, '-V, --version', 'print the version')
    .configureOutput(output)
    .action((inputs: string[], flags: RawFlags) => done(toSummarize(inputs, flags)));

  addOptions(root.command(EVAL.name).usage(EVAL.usage).description(EVAL.description).argument(`<${EVAL.argument.name}>`, EVAL.argument.description), EVAL)
    .configureOutput(output)
    .action((file: string, flags: RawFlags) => done(toEval(file, flags)));
  addOptions(root.command(SERVE.name).usage(SERVE.usage).description(SERVE.description), SERVE)
    .configureOutput(output)
    .action((flags: RawFlags) => done(toServe(flags)));
  addOptions(
    root
      .command(COMPLETION.name)
      .usage(COMPLETION.usage)
      .description(COMPLETION.description)
      .argument(`<${COMPLETION.argument.name}>`, COMPLETION.argument.description),
    COMPLETION,
  )
    .configureOutput(output)
    .action((shell: string) => done(toCompletion(shell)));
  return root;
};

/**
 * `--explain`, `--keywords` and `--color` take optional values, and commander would read
 * `--explain article.txt` as the value article.txt. Only `all` may follow --explain, only a number
 * --keywords, and only auto, always or never --color, so anything else is left for the file list.
 */
const bindOptionalValues = (argv: readonly string[]): string[] =>
  argv.map((arg, i) => {
    const next = argv[i + 1] ?? '';
    if (arg === '--explain' && next !== 'all') return '--explain=picked';
    if (arg === '--keywords' && !/^\d+$/.test(next)) return `--keywords=${DEFAULTS.keywordsAsked}`;
    if (arg === '--color' && !(COLOR_WHEN as readonly string[]).includes(next)) return `--color=${DEFAULTS.colorBare}`;
    return arg;
  });

/** Parse argv (without node and script). Help and version are written through `write` and end the run. */
export const parseArgs = (argv: readonly string[], write: (s: string) => void): Parsed => {
  let parsed: Parsed = { kind: 'done' };
  try {
    program(write, (p) => {
      parsed = p;
    }).parse(bindOptionalValues(argv), { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return { kind: 'done' };
      throw new UsageError(err.message.replace(/^error: /, ''), err.code);
    }
    throw err;
  }
  return parsed;
};
