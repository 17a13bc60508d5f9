// The man page, summarize(1), in roff, generated from the option tables in spec.ts (`npm run build`
// writes it to man/summarize.1, which the package ships).
import { DEFAULTS } from '../defaults.js';
import type { OptionSpec } from './option.js';
import { COMPLETION, type CommandSpec, EVAL, MAIN, SERVE } from './spec.js';

/** Text safe for roff: backslashes doubled, a leading dot or quote escaped, dashes as minus signs. */
const roff = (s: string): string =>
  s
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1');

const option = (o: OptionSpec): string => `.TP\n.B ${roff(o.flags)}\n${roff(o.description)}\n`;

/**
 * Notes as help prints them are wrapped for 80 columns; in the man page, prose lines join into one
 * paragraph that man fills to the reader's width, and indented lines (commands) keep their own.
 */
const notesRoff = (notes: string): string[] => {
  const out: string[] = [];
  let prose: string[] = [];
  const flush = (): void => {
    if (prose.length > 0) out.push(roff(prose.join(' ')));
    prose = [];
  };
  for (const line of notes.split('\n')) {
    if (/^\s/.test(line)) {
      flush();
      out.push(`${roff(line)}\n.br`);
    } else prose.push(line);
  }
  flush();
  return out;
};

const section = (spec: CommandSpec, title: string): string =>
  [
    `.SH ${title}`,
    roff(spec.description),
    ...(spec.notes === undefined ? [] : ['.PP', ...notesRoff(spec.notes)]),
    ...spec.options.filter((o) => o.hidden !== true).map(option),
  ].join('\n');

export const manPage = (version: string): string =>
  `${[
    `.TH SUMMARIZE 1 "" "summarize ${version}" "User Commands"`,
    '.SH NAME',
    'summarize \\- print the sentences that best carry an article',
    '.SH SYNOPSIS',
    `.B summarize\n${roff(MAIN.usage)}`,
    '.br',
    `.B summarize eval\n${roff(EVAL.usage)}`,
    '.br',
    `.B summarize serve\n${roff(SERVE.usage)}`,
    '.br',
    `.B summarize completion\n${roff(COMPLETION.usage)}`,
    '.SH DESCRIPTION',
    roff(MAIN.description),
    'It reads text, Markdown and HTML files, folders, globs, URLs and standard input. On a terminal it',
    'prints a block headed "No time to read?"; in a pipe, only the chosen sentences, one per line.',
    '.SH OPTIONS',
    ...MAIN.options.filter((o) => o.hidden !== true).map(option),
    '.TP\n.B \\-V, \\-\\-version\nprint the version\n.TP\n.B \\-h, \\-\\-help\nshow this help',
    section(EVAL, 'EVAL'),
    section(SERVE, 'SERVE'),
    section(COMPLETION, 'COMPLETION'),
    '.SH EXIT STATUS',
    '0 on success; 1 when an input could not be read or summarized (in a batch, when any failed);',
    '2 for a usage error; 130 when interrupted (Ctrl-C or SIGTERM).',
    '.B summarize serve',
    'exits 0 when stopped by Ctrl-C or SIGTERM, and 1 when it cannot listen.',
    '.SH ENVIRONMENT',
    '.TP\n.B NO_COLOR\nany non-empty value turns colour off unless \\-\\-color says otherwise',
    '.TP\n.B FORCE_COLOR\n0 turns colour off, 1 to 3 pick a colour level',
    `.TP\n.B SUMMARIZE_WORKER_HEAP_MB\nthe memory a worker thread may use, in MB (default: ${DEFAULTS.workerHeapMb}, or ${DEFAULTS.workerHeapMbPerInputMb} for each MB of \\-\\-max\\-bytes if that is more); an input that needs more fails alone`,
    '.SH EXAMPLES',
    ...[...MAIN.examples, ...EVAL.examples.slice(1), ...SERVE.examples.slice(1)].map(([c, d]) => `.TP\n.B ${roff(c)}\n${roff(d)}`),
  ].join('\n')}\n`;
