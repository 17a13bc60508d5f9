// The command line, declared once as data: commander's program (program.ts), the shell completions
// (completion.ts) and the man page (man.ts) are all built from these tables, so they cannot disagree.
// The summary options are declared with their parser, in summary.ts; the rest here.
import { DEFAULTS } from '../defaults.js';
import { ENCODINGS } from '../read/decode.js';
import type { OptionSpec } from './option.js';
import { SUMMARY_OPTIONS, summaryFlag } from './summary.js';
import { sizeLabel } from './values.js';

export type CommandSpec = {
  readonly name: string;
  readonly usage: string;
  readonly description: string;
  readonly argument: { readonly name: string; readonly description: string };
  readonly options: readonly OptionSpec[];
  /** [command line, what it does]; shown in --help and the man page. */
  readonly examples: ReadonlyArray<readonly [string, string]>;
  /** Text after the options, before the examples. */
  readonly notes?: string;
};

export const OUTPUT_FORMS = ['text', 'markdown', 'json'] as const;
export const INPUT_KINDS = ['auto', 'text', 'html', 'markdown', 'pdf', 'docx', 'epub', 'srt', 'vtt'] as const;
export const COLOR_WHEN = ['auto', 'always', 'never'] as const;
export const IDF_SOURCES = ['article', 'corpus'] as const;
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
const COMMON: readonly OptionSpec[] = [
  { flags: '-q, --quiet', description: 'print no warnings, progress or tally (errors still show)' },
  { flags: '--verbose', description: 'print stack traces for unexpected errors' },
  {
    flags: '--color [when]',
    description: 'colour: auto (on a terminal), always (in a pipe too), never; a bare --color is always',
    choices: COLOR_WHEN,
  },
  { flags: '--no-color', description: 'the same as --color=never (so is NO_COLOR=1)' },
];

export const MAIN: CommandSpec = {
  name: 'summarize',
  usage: '[options] [file|folder|glob|url|-]...',
  description: 'Print the sentences that best carry an article, verbatim and in article order.',
  argument: {
    name: 'inputs',
    description: "files, folders, globs or URLs; '-' or none reads standard input (with --jsonl: one JSON Lines file)",
  },
  options: [
    ...SUMMARY_OPTIONS.map((o) => o.flag),
    { flags: '--format <form>', description: `${OUTPUT_FORMS.join(', ')} (default: ${DEFAULTS.form})`, choices: OUTPUT_FORMS },
    { flags: '--json', description: 'the same as --format json (JSON Lines, with "path", for several inputs)' },
    { flags: '--highlight', description: 'print the whole article with the chosen sentences emphasised' },
    { flags: '--explain [all]', description: "each feature's share of the score, for the chosen sentences or all", choices: ['all'] },
    {
      flags: '--idf <source>',
      description: `IDF from each ${IDF_SOURCES[0]} alone, or the whole ${IDF_SOURCES[1]} of inputs (default: ${DEFAULTS.idfSource})`,
      choices: IDF_SOURCES,
    },
    { flags: '--input <kind>', description: `${INPUT_KINDS.join(', ')} (default: by file name or content)`, choices: INPUT_KINDS },
    {
      flags: '--encoding <name>',
      description: `${ENCODINGS.join(', ')} or another label, e.g. latin1 (default: ${DEFAULTS.encoding})`,
      choices: ENCODINGS,
    },
    { flags: '--timeout <seconds>', description: `how long fetching a URL may take (default: ${DEFAULTS.timeoutSeconds})` },
    { flags: '--max-bytes <size>', description: `refuse inputs larger than this: 512k, 64M (default: ${sizeLabel(DEFAULTS.maxBytes)})` },
    { flags: '-j, --jobs <n>', description: `worker threads (default: one per free core for ${DEFAULTS.poolMinFiles} files or ${DEFAULTS.poolMinBytes / 1e6} MB)` },
    { flags: '--out-dir <dir>', description: 'write one summary file per input under <dir>', path: 'dir' },
    { flags: '--jsonl', description: 'read JSON Lines records {"id","text","title"?}; one result line each' },
    ...COMMON,
  ],
  examples: [
    ['summarize article.txt', `the ${DEFAULTS.sentences} sentences that best carry it`],
    ['summarize -n 5 article.txt', 'five sentences'],
    ['summarize --ratio 20% article.txt', "a fifth of the article's sentences"],
    ['summarize --type tldr a.txt', 'the summary as one paragraph'],
    ['summarize --type headline a.txt', `its point in at most ${DEFAULTS.headlineWords} words`],
    ['summarize --time 30s article.txt', 'what can be read in 30 seconds'],
    ['cat article.txt | summarize', "standard input (so does 'summarize -')"],
    ['summarize --json article.txt', 'title, sentences and scores as JSON'],
    ['summarize --explain all a.txt', 'why each sentence scored as it did'],
    ['summarize paper.pdf', 'a PDF (also .docx, .epub, .srt, .vtt)'],
    ['summarize articles/', 'every file below that it reads'],
    ["summarize 'news/**/*.txt' --json", 'a glob, as JSON Lines'],
    ['summarize articles/ --out-dir out', 'one summary file per article'],
    ['summarize --jsonl in.jsonl', 'one result line per record'],
    ['summarize https://example.com/news', "a web page's article"],
    ['summarize --format markdown a.md', 'a heading and bullets'],
    ['summarize --highlight --keywords a.txt', 'the article, summary in bold'],
    ['summarize eval data.jsonl', 'ROUGE against reference summaries'],
    ['summarize serve', 'the HTTP API and the web widget'],
    ['summarize completion bash', 'a completion script for bash'],
  ],
};

export const EVAL: CommandSpec = {
  name: 'eval',
  usage: '[options] <data.jsonl>',
  description: 'Score summaries against reference summaries with ROUGE, next to Lead, TextRank and LexRank.',
  argument: { name: 'data', description: "JSON Lines file ('-' for standard input)" },
  options: [
    {
      flags: '-n, --sentences <n>',
      description: `sentences per summary, or 'ref' for each reference's length (default: ${DEFAULTS.sentences})`,
    },
    { flags: '--n <n>', description: 'the same as -n', hidden: true },
    summaryFlag('method'),
    summaryFlag('lang'),
    {
      flags: '--idf <source>',
      description: `IDF from each ${IDF_SOURCES[0]}, or the whole ${IDF_SOURCES[1]} (default: ${DEFAULTS.idfSource})`,
      choices: IDF_SOURCES,
    },
    { flags: '--format <form>', description: `text or json (default: ${DEFAULTS.form})`, choices: ['text', 'json'] },
    { flags: '--json', description: 'the same as --format json' },
    { flags: '--no-coherence', description: 'let sentences that lean on one left out stand alone (as before)' },
    ...COMMON,
  ],
  notes:
    'Each line of DATA is a JSON object with "article" and "reference" (reference\n' +
    'sentences separated by \\n), and optionally "title" and "id".',
  examples: [
    ['summarize eval data.jsonl', `summaries of ${DEFAULTS.sentences} sentences`],
    ['summarize eval -n ref data.jsonl', 'as many sentences as each reference'],
    ['summarize eval --json data.jsonl', 'the table as JSON'],
  ],
};

export const COMPLETION: CommandSpec = {
  name: 'completion',
  usage: '<shell>',
  description: `Print a completion script for ${SHELLS.join(', ')}.`,
  argument: { name: 'shell', description: SHELLS.join(', ') },
  options: [],
  notes:
    'Install it where your shell looks for completions, for example:\n' +
    '  bash  summarize completion bash > /etc/bash_completion.d/summarize\n' +
    '  zsh   summarize completion zsh > "${fpath[1]}/_summarize"\n' +
    '  fish  summarize completion fish > ~/.config/fish/completions/summarize.fish',
  examples: [['summarize completion bash', 'the bash script']],
};

export const SERVE: CommandSpec = {
  name: 'serve',
  usage: '[options]',
  description:
    'Serve the summarizer over HTTP: a JSON API (POST /api/summarize), the "No time to read?" widget (/widget.js) and a demo page (/).',
  argument: { name: '', description: '' },
  options: [
    { flags: '--host <addr>', description: `address to listen on (default: ${DEFAULTS.serve.host}, this machine only)` },
    { flags: '--port <n>', description: `port to listen on; 0 for any free port (default: ${DEFAULTS.serve.port})` },
    { flags: '--max-bytes <size>', description: `largest request body, and largest page fetched for one (default: ${sizeLabel(DEFAULTS.serve.maxBytes)})` },
    { flags: '--timeout <seconds>', description: `how long one request may take, fetching included (default: ${DEFAULTS.serve.timeoutSeconds})` },
    { flags: '--cors-origin <origins>', description: "comma-separated origins whose pages may call the API, or '*' (the server's own always may)" },
    { flags: '--rate-limit <n>', description: `requests per minute from one address; 0 for none (default: ${DEFAULTS.serve.rateLimit})` },
    { flags: '--allow-private-urls', description: 'let requests fetch loopback, private and link-local addresses' },
    { flags: '-j, --jobs <n>', description: 'worker threads that summarize (default: one per core it may use)' },
    { flags: '-q, --quiet', description: 'no request log on stderr (errors still show)' },
    { flags: '--verbose', description: 'print stack traces for unexpected errors' },
  ],
  notes:
    'It prints one line with its address, logs each request to stderr as a JSON\n' +
    'line, and stops on Ctrl-C or SIGTERM once the requests in flight are answered.\n' +
    'Embed the widget in an article page with\n' +
    '  <script src="http://HOST:PORT/widget.js" defer></script>',
  examples: [
    ['summarize serve', `on http://${DEFAULTS.serve.host}:${DEFAULTS.serve.port}`],
    ['summarize serve --host 0.0.0.0 --port 80', 'on every interface'],
    ["summarize serve --cors-origin https://news.example", 'let that site call the API'],
  ],
};

export const SUBCOMMANDS: readonly CommandSpec[] = [EVAL, SERVE, COMPLETION];

/** The examples block, aligned, each line within 80 columns. */
export const examplesText = (spec: CommandSpec): string => {
  const width = Math.max(...spec.examples.map(([c]) => c.length));
  return spec.examples.map(([c, d]) => `  ${c.padEnd(width)}  ${d}`).join('\n');
};
