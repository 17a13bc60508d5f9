// Real web pages against their hand-made article bodies: for a folder of saved pages
// (`html/<id>.html.gz` or `.html`) and its `ground-truth.json` ({id: {articleBody}}), report
//   - pages whose summary sentences all come from the body, at -n 3 and -n 5;
//   - pages with no summary at all (and pages refused);
//   - extraction F1: precision and recall of 4-word shingles of the text summarized (what
//     --highlight prints) against the body;
//   - summary lines a reader would not take for a sentence, by rules stated here (independent of the
//     ones the summarizer applies), at -n 3 and -n 5:
//       fragment: fewer than 4 words, or more digits than letters, or no sentence-final mark;
//       caption:  an "In this … photo" opening, or a photo credit ("(AP Photo/…)", "REUTERS/…",
//                 "Photo: …", "Getty Images") anywhere in it;
//       sponsor:  "sponsored by", "powered by", "presented by", "in partnership with", or a
//                 newsletter / subscribe / sign-up line;
//       teaser:   "read also", "see also", "related:" and the same markers in other languages;
//       open quote: more opening than closing double quotes (“ « „ or an odd count of "), unless the
//                 quotation closes in the summary lines that follow it in the article (printed whole).
//
//   npm run eval:web                       ../shared/eval/web-dev
//   npm run eval:web -- DIR [--verbose]    another folder; --verbose lists each page's problems
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { summarizeArticle } from '../dist/batch/task.js';
import { load } from '../dist/read/load.js';
import { formatHighlight } from '../dist/format/highlight.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/eval/web-dev', import.meta.url).pathname;
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.error(`web-eval: no ground-truth.json in ${dir}`);
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const words = (s) => s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
const shingles = (ws, k = 4) => {
  const out = new Map();
  for (let i = 0; i + k <= ws.length; i++) {
    const key = ws.slice(i, i + k).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
};
const overlap = (a, b) => {
  let n = 0;
  for (const [k, c] of a) n += Math.min(c, b.get(k) ?? 0);
  return n;
};
/** Whether a sentence comes from the body: its words appear there in order (3 or fewer: as a phrase). */
const fromBody = (sentence, bodyText, bodyShingles) => {
  // scripts written without spaces (Japanese, Chinese) are compared without them
  if (bodyText.replace(/\s+/g, '').includes(sentence.replace(/\s+/g, ''))) return true;
  const ws = words(sentence);
  if (ws.length === 0) return true;
  if (ws.length < 4) return ` ${words(bodyText).join(' ')} `.includes(` ${ws.join(' ')} `);
  const s = shingles(ws);
  let total = 0;
  for (const c of s.values()) total += c;
  return overlap(s, bodyShingles) / total >= 0.8;
};

// the rules for lines that are not sentences, stated once (see the head of this file)
// (a reference marker may follow the mark: "…on weekdays.[1]")
const FINAL = /[.!?…。！？؟।]["'’”»)\]]*(?:\[(?:\d{1,3}|[a-z])\])*$/u;
const CAPTION = /^(\(?(in )?this|an?)\b.{0,80}\b(file )?(photo|image|picture|photograph)\b|\((AP|AFP|Reuters|EPA)?\s?(photo|image|foto)s?\s*\/|\b(REUTERS|AFP|AP|EPA)\s*\/\s*\p{Lu}|\b(photo|image|picture) (credit|courtesy)|\bgetty images\b|^(photo|image|foto)\s*:/iu;
const SPONSOR = /\b(sponsored by|powered by|presented by|brought to you by|in partnership with)\b|\bnewsletter\b|^(subscribe|sign up|click here|register)\b/i;
const TEASER = /^(read (also|more|next)|see also|also read|related|more on this|lesen sie auch|mehr zum thema|(à )?lire aussi|voir aussi|leer también|lea también|leggi anche|leia também|lees ook|читайте также|läs också|læs også|les også|czytaj także)\b\s*[:：-]?/iu;
const fragmentOf = (s) => {
  const ws = words(s);
  const digits = (s.match(/\p{N}/gu) ?? []).length;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  // scripts without spaces count by characters
  const cjk = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(s) ? s.length / 2 : 0;
  if (Math.max(ws.length, cjk) < 4) return 'fewer than 4 words';
  if (digits > letters) return 'mostly digits';
  if (!FINAL.test(s.trim())) return 'no final mark';
  return null;
};
const openQuote = (s) => {
  const opens = (s.match(/[“«„]/g) ?? []).length;
  // ’’ (two apostrophes) closes a quotation on some sites
  const closes = (s.match(/[”»]|’’/g) ?? []).length;
  return opens > closes || (s.match(/"/g) ?? []).length % 2 === 1;
};
/** What is wrong with a summary line, by the rules above; null when it reads as a sentence. */
const lineProblem = (s) => {
  const fragment = fragmentOf(s);
  if (fragment !== null) return `fragment (${fragment})`;
  if (CAPTION.test(s)) return 'caption';
  if (SPONSOR.test(s)) return 'sponsor';
  if (TEASER.test(s)) return 'teaser';
  if (openQuote(s)) return 'open quote';
  return null;
};

const options = { maxBytes: 16 << 20, encoding: 'auto', input: 'auto', timeoutMs: 1000 };
const settings = (n) => ({ load: {}, summary: { length: { kind: 'count', n } }, keepRanked: true });
const files = readdirSync(join(dir, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
const kinds = ['fragment', 'caption', 'sponsor', 'teaser', 'open quote'];
const lines = { 3: { total: 0, ...Object.fromEntries(kinds.map((k) => [k, 0])) }, 5: { total: 0, ...Object.fromEntries(kinds.map((k) => [k, 0])) } };
const totals = { pages: 0, clean3: 0, clean5: 0, empty: 0, refused: 0, p: 0, r: 0, f: 0, rawF: 0 };
for (const f of files) {
  const id = f.replace(/\.html?(\.gz)?$/, '');
  const body = truth[id]?.articleBody;
  if (body === undefined) continue;
  const raw = readFileSync(join(dir, 'html', f));
  const bytes = f.endsWith('.gz') ? gunzipSync(raw) : raw;
  totals.pages++;
  const bodyShingles = shingles(words(body));
  let article;
  try {
    article = await load({ kind: 'content', name: id, content: bytes, inputKind: 'html' }, options);
  } catch (err) {
    totals.refused++;
    if (verbose) console.log(`${id}: refused: ${err.message}`);
    continue;
  }
  const problems = [];
  for (const n of [3, 5]) {
    const summary = summarizeArticle(article, settings(n));
    if (summary.sentences.length === 0) {
      if (n === 3) totals.empty++;
      problems.push(`-n ${n}: empty`);
      continue;
    }
    // a quotation printed whole over consecutive sentences of the article opens and closes in its run
    const runs = [];
    for (const s of summary.sentences) {
      const run = runs.at(-1);
      if (run !== undefined && run.at(-1).index + 1 === s.index) run.push(s);
      else runs.push([s]);
    }
    const runOf = new Map(runs.flatMap((run) => run.map((s) => [s, run.map((x) => x.text).join(' ')])));
    for (const s of summary.sentences) {
      lines[n].total++;
      const problem = lineProblem(s.text);
      if (problem === 'open quote' && !openQuote(runOf.get(s))) continue;
      if (problem === null) continue;
      lines[n][kinds.find((k) => problem.startsWith(k))]++;
      problems.push(`-n ${n}: ${problem}: ${JSON.stringify(s.text.slice(0, 100))}`);
    }
    const foreign = summary.sentences.filter((s) => !fromBody(s.text, body, bodyShingles));
    if (foreign.length === 0) totals[`clean${n}`]++;
    else problems.push(...foreign.map((s) => `-n ${n}: foreign: ${JSON.stringify(s.text.slice(0, 100))}`));
    if (n === 3) {
      const raw = shingles(words(article.text));
      const rc = overlap(raw, bodyShingles);
      const rp = rc / Math.max(1, [...raw.values()].reduce((a, b) => a + b, 0));
      const rr = rc / Math.max(1, [...bodyShingles.values()].reduce((a, b) => a + b, 0));
      totals.rawF += rp + rr === 0 ? 0 : (2 * rp * rr) / (rp + rr);
      const extracted = shingles(words(formatHighlight(summary, (t) => t, (t) => '')));
      const common = overlap(extracted, bodyShingles);
      const size = (m) => [...m.values()].reduce((a, b) => a + b, 0);
      const p = common / Math.max(1, size(extracted));
      const r = common / Math.max(1, size(bodyShingles));
      totals.p += p;
      totals.r += r;
      totals.f += p + r === 0 ? 0 : (2 * p * r) / (p + r);
      if (verbose && p + r > 0 && (2 * p * r) / (p + r) < 0.9) problems.push(`extraction P ${p.toFixed(2)} R ${r.toFixed(2)}`);
    }
  }
  if (verbose && problems.length > 0) console.log(`${id} (${truth[id].url}):\n  ${problems.join('\n  ')}`);
}
const { pages } = totals;
console.log(`${pages} pages in ${dir}`);
console.log(`summary from the body: ${totals.clean3}/${pages} at -n 3, ${totals.clean5}/${pages} at -n 5`);
console.log(`empty: ${totals.empty}, refused: ${totals.refused}`);
console.log(`extracted text before cleaning: F1 ${(totals.rawF / pages).toFixed(3)}`);
for (const n of [3, 5]) {
  const l = lines[n];
  const bad = kinds.reduce((a, k) => a + l[k], 0);
  const pct = (x) => `${((100 * x) / Math.max(1, l.total)).toFixed(1)}%`;
  console.log(`-n ${n}: ${bad}/${l.total} summary lines (${pct(bad)}) are not sentences: ${kinds.map((k) => `${k} ${l[k]}`).join(', ')}`);
}
console.log(`extraction: P ${(totals.p / pages).toFixed(3)}  R ${(totals.r / pages).toFixed(3)}  F1 ${(totals.f / pages).toFixed(3)} (mean over pages)`);
