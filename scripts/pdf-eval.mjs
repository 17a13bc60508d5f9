// PDFs against their papers as text: for each `<id>.pdf` in sci-dev-pdf whose id is in sci-dev.jsonl,
// summarize with k = the abstract's sentence count and report the mean ROUGE-1 / 2 / L (F1) of
//   - the PDF, read by summarize;
//   - the same paper as text with its title line (what the PDF should match, within 0.5 ROUGE-1);
//   - `pdftotext paper.pdf -` piped in (poppler-utils; skipped when it is not installed);
// and how many summaries hold a running header or footer ("Page x of y", the header line).
//
//   npm run build && node scripts/pdf-eval.mjs [DIR] [--limit N] [--verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeArticle } from '../dist/batch/task.js';
import { load } from '../dist/read/load.js';
import { rouge } from '../dist/eval/rouge.js';
import { formatHighlight } from '../dist/format/highlight.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const eval_ = new URL('../../shared/eval/', import.meta.url).pathname;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? join(eval_, 'sci-dev-pdf');
const data = join(dir, '..', 'sci-dev.jsonl');
if (!existsSync(dir) || !existsSync(data)) {
  console.error(`pdf-eval: no ${dir} or ${data}`);
  process.exit(2);
}
const papers = new Map(
  readFileSync(data, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))
    .map((d) => [d.id, d]),
);
let pdftotext = true;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  pdftotext = false;
}

const options = { maxBytes: 16 << 20, encoding: 'auto', input: 'auto', timeoutMs: 1000 };
const settings = (n) => ({ load: {}, summary: { length: { kind: 'count', n } }, keepRanked: true });
// the footer, page 1's header (which names the paper's id) and the running title, where the paper
// itself does not say them
const furnitureIn = (text, id, paper) =>
  /Page \d+ of \d+/.test(text) || text.includes(id) || (!paper.article.includes(paper.title) && text.includes(paper.title));
const runs = { pdf: [], text: [], pdftotext: [] };
let furniture = 0;
let pages = 0;
let seconds = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().slice(0, limit);
for (const f of files) {
  const id = f.replace(/\.pdf$/, '');
  const paper = papers.get(id);
  if (paper === undefined) continue;
  const reference = paper.reference.split('\n').filter((s) => s.trim() !== '');
  const k = Math.max(1, reference.length);
  const score = (summary) => rouge(summary.sentences.map((s) => s.text), reference);
  const bytes = readFileSync(join(dir, f));
  const t0 = performance.now();
  const article = await load({ kind: 'content', name: f, content: bytes }, options);
  seconds += (performance.now() - t0) / 1000;
  pages += (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  const summary = summarizeArticle(article, settings(k));
  runs.pdf.push(score(summary));
  const shown = summary.sentences.map((s) => s.text).join('\n') + formatHighlight(summary, (t) => t, () => '');
  if (furnitureIn(shown, id, paper)) {
    furniture++;
    if (verbose) console.log(`${id}: header or footer in the summary or highlight`);
  }
  const asText = await load({ kind: 'content', name: `${id}.txt`, content: `${paper.title}\n\n${paper.article}` }, options);
  runs.text.push(score(summarizeArticle(asText, settings(k))));
  if (pdftotext) {
    const text = execFileSync('pdftotext', [join(dir, f), '-'], { maxBuffer: 64 << 20 });
    const popped = await load({ kind: 'content', name: 'standard input', content: text }, options);
    runs.pdftotext.push(score(summarizeArticle(popped, settings(k))));
  }
  if (verbose) console.log(`${id}: pdf ${(runs.pdf.at(-1).rouge1.f1 * 100).toFixed(1)} text ${(runs.text.at(-1).rouge1.f1 * 100).toFixed(1)}`);
}
const mean = (xs, pick) => (xs.length === 0 ? NaN : (100 * xs.reduce((a, x) => a + pick(x), 0)) / xs.length);
const row = (label, xs) =>
  console.log(`${label.padEnd(34)} ${[mean(xs, (s) => s.rouge1.f1), mean(xs, (s) => s.rouge2.f1), mean(xs, (s) => s.rougeL.f1)].map((v) => v.toFixed(2)).join(' / ')}`);
console.log(`${runs.pdf.length} papers in ${dir}, k = the abstract's sentences; ROUGE-1 / 2 / L`);
row('summarize paper.pdf', runs.pdf);
row('the paper as text, with its title', runs.text);
if (pdftotext) row('pdftotext paper.pdf - | summarize', runs.pdftotext);
else console.log('pdftotext: not installed (apt-get install poppler-utils)');
console.log(`header or footer text in a summary or highlight: ${furniture} of ${runs.pdf.length}`);
console.log(`reading: ${pages} pages in ${seconds.toFixed(1)} s, ${(pages / seconds).toFixed(1)} pages a second (after the first)`);
