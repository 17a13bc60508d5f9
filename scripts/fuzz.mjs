// Fuzz the CLI: random bytes and mutated real articles on stdin, with random flags. Reports any crash
// (an exit code other than 0, 1 or 2, a stack trace, an "internal error"), any hang (over 10 s), and
// any output line that is not a verbatim piece of the input; each finding's input is saved for replay.
//
//   npm run fuzz                 10 minutes
//   npm run fuzz -- --minutes 1
//   replay: node bin/summarize.js <flags from the .txt note> < fuzz-findings/<name>.bin
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../dist/core/text/normalize.js';
import { stripMarkup } from '../dist/extract/markup.js';
import { decodeText } from '../dist/read/decode.js';
import { detectKind, extract } from '../dist/extract/extract.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/summarize.js');
const FINDINGS = join(ROOT, 'fuzz-findings');
const args = process.argv.slice(2);
const minutes = Number(args[args.indexOf('--minutes') + 1] || 10) || 10;
const HANG_MS = 10_000;

const articles = (() => {
  const dir = join(ROOT, '../shared/eval');
  const texts = [readFileSync(join(ROOT, 'fixtures/no-time-to-read.txt'), 'utf8')];
  if (existsSync(dir)) {
    for (const f of ['cnndm-dev.jsonl', 'bbc-dev.jsonl', 'fr-dev.jsonl']) {
      for (const line of readFileSync(join(dir, f), 'utf8').trim().split('\n')) texts.push(JSON.parse(line).article);
    }
  }
  return texts.map((t) => Buffer.from(t));
})();

const rand = (n) => Math.floor(Math.random() * n);
const pick = (xs) => xs[rand(xs.length)];
const randomBytes = (n) => Buffer.from(Array.from({ length: n }, () => rand(256)));
const SNIPPETS = ['\u0000', '\r', '\r\n', '\n\n', '\ufeff', '<p>', '</div>', '<script>x="a. b."</script>', '&amp;', '&#x1F600;', '...', '"', 'Dr.', 'U.S.', '。', '😀', '\u202e', 'No time to read?\nGet a summary\n', '(CNN) -- ', '\t', '\u00a0'].map((s) => Buffer.from(s));

/** One mutation of a buffer. */
const mutate = (buf) => {
  const at = rand(buf.length + 1);
  switch (rand(7)) {
    case 0: // flip bytes
      return Buffer.from(buf.map((b) => (Math.random() < 0.01 ? rand(256) : b)));
    case 1: // insert a snippet
      return Buffer.concat([buf.subarray(0, at), pick(SNIPPETS), buf.subarray(at)]);
    case 2: // cut (possibly inside a UTF-8 sequence)
      return buf.subarray(0, at);
    case 3: // duplicate a chunk
      return Buffer.concat([buf, buf.subarray(at, at + rand(2000))]);
    case 4: // delete a chunk
      return Buffer.concat([buf.subarray(0, at), buf.subarray(at + rand(500))]);
    case 5: // splice another article
      return Buffer.concat([buf.subarray(0, at), pick(articles).subarray(rand(1000))]);
    default: // random bytes inside
      return Buffer.concat([buf.subarray(0, at), randomBytes(rand(64)), buf.subarray(at)]);
  }
};

/** Shapes that once cost quadratic time or worse: long runs of one thing, deep nesting, unclosed markup. */
const ADVERSARIAL = [
  (n) => `Start ${'x'.repeat(n)}s. More text here.`,
  (n) => `Start a${'\u0301'.repeat(n)} here. More text.`,
  (n) => `Start ${'&amp;'.repeat(n / 5)} here. More text.`,
  (n) => `<p>Start here.</p>${'<!--'.repeat(n / 4)} More.`,
  (n) => `<html><body>${'<div>'.repeat(n / 5)}<p>The council met.</p></body></html>`,
  (n) => `<p>Start.</p>${'<p '.repeat(n / 3)}`,
  (n) => `# T\n\nStart ${'['.repeat(n)} end. More text.`,
  (n) => `# T\n\nStart ${'**a '.repeat(n / 4)} end. More text.`,
  (n) => `${'word '.repeat(n / 5)}.`,
  (n) => `<script>${'x'.repeat(n)}`,
];

const makeInput = () => {
  if (Math.random() < 0.25) return randomBytes(rand(4000));
  if (Math.random() < 0.2) {
    const shape = Buffer.from(pick(ADVERSARIAL)(1000 + rand(400_000)));
    return Math.random() < 0.5 ? shape : Buffer.concat([pick(articles).subarray(0, rand(3000)), shape, pick(articles).subarray(rand(3000))]);
  }
  let buf = pick(articles);
  for (let i = rand(6); i >= 0; i--) buf = mutate(buf);
  return buf;
};

const makeFlags = () => {
  const flags = [];
  if (Math.random() < 0.5) flags.push('-n', String(1 + rand(8)));
  else if (Math.random() < 0.3) flags.push('--ratio', pick(['0.1', '20%', '1', '0.5']));
  if (Math.random() < 0.3) flags.push('--method', pick(['tfidf', 'lead', 'textrank', 'lexrank']));
  if (Math.random() < 0.2) flags.push('--input', pick(['text', 'html', 'markdown']));
  if (Math.random() < 0.1) flags.push('--keywords');
  // shapes, budgets and languages (a tl;dr joins sentences on one line, which the verbatim check
  // below cannot judge, so it is left out)
  if (Math.random() < 0.2) flags.push('--type', pick(['key-points', 'teaser']));
  else if (Math.random() < 0.1 && !flags.includes('-n') && !flags.includes('--ratio')) flags.push('--type', 'headline');
  if (Math.random() < 0.2 && !flags.includes('-n') && !flags.includes('--ratio') && !flags.includes('headline')) {
    flags.push(...pick([['--words', String(1 + rand(200))], ['--chars', String(1 + rand(2000))], ['--time', pick(['5s', '30s', '2m'])]]));
  }
  if (Math.random() < 0.1) flags.push('--avoid', pick(['quotes', 'questions,exclamations', 'quotes,questions,exclamations']));
  if (Math.random() < 0.2) flags.push('--lang', pick(['auto', 'en', 'fr', 'de', 'ja', 'zh', 'ru']));
  return flags;
};

const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** What is wrong with a run, or undefined. */
const judge = async (input, flags, { code, stdout, stderr, hung }) => {
  if (hung) return `hang: no exit within ${HANG_MS / 1000} s`;
  if (![0, 1, 2].includes(code)) return `crash: exit ${code}`;
  const trace = stderr.split('\n').findIndex((line) => /internal error|^\s+at /.test(line));
  if (trace >= 0) return `crash: ${stderr.split('\n').slice(Math.max(0, trace - 1), trace + 2).join(' | ')}`;
  if (code !== 0) return undefined;
  let source;
  try {
    const text = decodeText(input, 'input', 'auto').text;
    // what the summarizer reads: for HTML, the text the HTML reader extracts (malformed markup is
    // read differently by different parsers, so the raw text is no fair reference there)
    const forced = flags.includes('--input') ? flags[flags.indexOf('--input') + 1] : undefined;
    const kind = forced ?? detectKind('auto', '-', text);
    source = fold(normalize(stripMarkup(kind === 'text' ? text : (await extract(kind, text)).text)));
  } catch {
    return stdout === '' ? undefined : 'output for an input that does not decode';
  }
  // compare without spaces too: text joined around a removed element still has every word
  const bare = source.replace(/\s+/g, '');
  // keywords are words of the input, not sentences
  for (const line of stdout.split('\n').filter((l) => l !== '' && !l.startsWith('Keywords: '))) {
    if (!source.includes(line) && !bare.includes(line.replace(/\s+/g, ''))) return `not verbatim: ${JSON.stringify(line.slice(0, 120))}`;
  }
  return undefined;
};

const runOnce = (input, flags) =>
  new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...flags], { stdio: ['pipe', 'pipe', 'pipe'] });
    // chunks are joined before decoding: a character split across two chunks must not become two U+FFFD
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    const text = (chunks) => Buffer.concat(chunks).toString('utf8');
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done({ code: null, stdout: text(out), stderr: text(err), hung: true });
    }, HANG_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout: text(out), stderr: text(err), hung: false });
    });
  });

const deadline = Date.now() + minutes * 60_000;
let runs = 0;
let findings = 0;
const worker = async () => {
  while (Date.now() < deadline) {
    const input = makeInput();
    const flags = makeFlags();
    const problem = await judge(input, flags, await runOnce(input, flags));
    runs++;
    if (problem !== undefined) {
      findings++;
      mkdirSync(FINDINGS, { recursive: true });
      const name = `${Date.now()}-${findings}`;
      writeFileSync(join(FINDINGS, `${name}.bin`), input);
      writeFileSync(join(FINDINGS, `${name}.txt`), `${problem}\nflags: ${flags.join(' ')}\n`);
      console.log(`finding: ${problem} (fuzz-findings/${name}.bin, flags: ${flags.join(' ')})`);
    }
  }
};

console.log(`fuzzing for ${minutes} min on ${availableParallelism()} cores, ${articles.length} seed articles`);
await Promise.all(Array.from({ length: availableParallelism() }, worker));
console.log(`${runs} runs, ${findings} findings`);
process.exitCode = findings > 0 ? 1 : 0;
