// The command line: commander declares the flags and commands; options.ts turns their raw strings
// into typed commands.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { METHODS } from '../core/score/methods.js';
import { UsageError } from '../errors.js';
import { ENCODINGS } from '../read/files.js';
import { DEFAULT_KEYWORDS, INPUT_KINDS, type Parsed, type RawFlags, toEval, toSummarize } from './options.js';


const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const EXAMPLES = `
Examples:
  summarize article.txt               the 3 sentences that best carry the article
  summarize -n 5 article.txt          five sentences
  summarize --ratio 20% article.txt   a fifth of the article's sentences
  cat article.txt | summarize         read standard input (so does 'summarize -')
  summarize --json article.txt        title, sentences, indices and scores as JSON
  summarize --explain all a.txt       why each sentence scored as it did
  summarize articles/                 every text, Markdown and HTML file below, sorted
  summarize 'news/**/*.txt' --json    a glob, as JSON Lines (one object per file)
  summarize articles/ --out-dir out   one summary file per article, mirroring the tree
  summarize --jsonl in.jsonl          {"id","text"} lines in, one result line out per line
  summarize https://example.com/news  a web page: its article, without menus, ads or comments
  summarize --format markdown a.md    a heading and bullets, ready to paste
  summarize --highlight --keywords a.txt   the article with its summary in bold, and its key terms
  summarize eval data.jsonl           ROUGE against reference summaries, next to baselines
`;

const EVAL_EXAMPLES = `
Each line of DATA is a JSON object with "article" and "reference" (reference sentences separated
by \\n), and optionally "title" and "id".

Examples:
  summarize eval data.jsonl           summaries of 3 sentences
  summarize eval --n ref data.jsonl   as many sentences as each reference has
  summarize eval --json data.jsonl    the table as JSON
`;

const methodOption = (): Option =>
  new Option('--method <name>', `ranking method: ${METHODS.join(', ')} (default: tfidf)`);

const addCommonOptions = (cmd: Command): Command =>
  cmd
    .option('-q, --quiet', 'print no warnings or progress')
    .option('--verbose', 'print stack traces for unexpected errors')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (so does NO_COLOR=1)');

const program = (write: (s: string) => void, done: (p: Parsed) => void): Command => {
  const output = { writeOut: write, writeErr: () => {}, outputError: () => {} };
  const root = addCommonOptions(
    new Command()
      .name('summarize')
      .usage('[options] [file|folder|glob|url|-]...\n       summarize eval [options] <data.jsonl>')
      .description('Print the sentences that best carry an article, verbatim and in article order.')
      .argument('[inputs...]', "files, folders, globs or URLs to summarize; '-' or none reads standard input")
      .option('-n, --sentences <n>', 'how many sentences to print (default: 3)')
      .option('--ratio <r>', 'summary length as a share of the article: 0.2 or 20%')
      .addOption(methodOption())
      .option('--explain [all]', "show each feature's share of the score, for the chosen sentences or all")
      .option('--format <form>', 'text (default), markdown (title heading, bullets) or json')
      .option('--json', 'the same as --format json: title, sentenceCount, sentences with index and score (one line per file)')
      .option('--highlight', 'print the whole article with the chosen sentences emphasised')
      .option('--keywords [k]', `also list the article's top k key terms and phrases (default: ${DEFAULT_KEYWORDS})`)
      .option('--timeout <seconds>', 'how long fetching a URL may take (default: 15)')
      .option('--input <kind>', `what the inputs are: ${INPUT_KINDS.join(', ')} (default: auto, by file name or content)`)
      .option('-j, --jobs <n>', 'worker threads for many files (default: one per core from 600 files or 2 MB)')
      .option('--out-dir <dir>', 'write one summary file per input under <dir>, mirroring the input tree')
      .option('--jsonl [file]', 'read JSON Lines {"id","text","title"?} (default: standard input); write one result line each')
      .option('--max-bytes <size>', 'refuse inputs larger than this, e.g. 512k or 64M (default: 16M)')
      .option('--encoding <name>', `input encoding: ${ENCODINGS.join(', ')} (default: auto: UTF-16 by BOM, else UTF-8, else Windows-1252 with a warning)`),
  )
    // the root's flags stop at 'eval', so `summarize eval data.jsonl --json` means eval's --json
    .enablePositionalOptions()
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput(output)
    .action((files: string[], flags: RawFlags) => done(toSummarize(files, flags)));

  addCommonOptions(
    root
      .command('eval')
      .usage('[options] <data.jsonl>')
      .description('Score summaries against reference summaries with ROUGE, next to Lead, TextRank and LexRank.')
      .argument('<data>', "JSON Lines file ('-' for standard input)")
      .option('--n <n>', "sentences per summary, or 'ref' for each reference's own length (default: 3)")
      .option('--idf <source>', "IDF from each 'article' (as for one file), or the whole 'corpus' (as in a batch)")
      .addOption(methodOption())
      .option('--json', 'print the scores as JSON'),
  )
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EVAL_EXAMPLES)
    .exitOverride()
    .configureOutput(output)
    .action((file: string, flags: RawFlags) => done(toEval(file, flags)));
  return root;
};

/**
 * `--explain` and `--keywords` take optional values, and commander would read `--explain article.txt`
 * as the value article.txt. Only `all` may follow --explain, and only a number --keywords, so anything
 * else is left for the file list.
 */
const bindOptionalValues = (argv: readonly string[]): string[] =>
  argv.map((arg, i) => {
    const next = argv[i + 1] ?? '';
    if (arg === '--explain' && next !== 'all') return '--explain=picked';
    if (arg === '--keywords' && !/^\d+$/.test(next)) return `--keywords=${DEFAULT_KEYWORDS}`;
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
