// Does the summary say the article's point? Three checks on ../shared/eval (see the README's Quality):
//   headline  bbc-dev with the title withheld: --type headline against the BBC's own headline (ROUGE-1),
//             next to Lead-1 and the lead's first 10 words;
//   web       web-dev: the 3-sentence summary of each page against the editor's <meta> description,
//             next to Lead-3 of the hand-made body;
//   sci       sci-dev at the abstract's length, with and without the title line, next to Lead-k.
//
//   npm run build && node scripts/point-eval.mjs [headline|web|sci ...] [--half=1|2] [--verbose]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { summarize, prepareDoc } from '../dist/core/summarize.js';
import { rouge } from '../dist/eval/rouge.js';
import { load } from '../dist/read/load.js';
import { summarizeArticle } from '../dist/batch/task.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const half = Number(args.find((a) => a.startsWith('--half='))?.slice(7) ?? 0);
const wanted = args.filter((a) => !a.startsWith('--'));
const runs = wanted.length === 0 ? ['headline', 'web', 'sci'] : wanted;
const shared = new URL('../../shared/eval/', import.meta.url).pathname;
if (!existsSync(shared)) {
  console.error(`point-eval: no ${shared}`);
  process.exit(2);
}
const jsonl = (name) =>
  readFileSync(join(shared, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))
    .filter((_, i) => half === 0 || i % 2 === half - 1);
const r1 = (cand, ref) => 100 * rouge(cand, ref, 'porter').rouge1.f1;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const row = (name, xs) => console.log(`  ${name.padEnd(34)} ${mean(xs).toFixed(2)}`);

if (runs.includes('headline')) {
  const docs = jsonl('bbc-dev.jsonl');
  const got = { headline: [], lead1: [], first10: [], words: [] };
  for (const d of docs) {
    const s = summarize(d.article, { type: 'headline', ranked: false });
    const line = s.sentences.map((x) => x.text).join(' ');
    const doc = prepareDoc(d.article);
    const lead = doc.sentences[0]?.text ?? '';
    got.headline.push(r1([line], [d.title]));
    got.lead1.push(r1([lead], [d.title]));
    got.first10.push(r1([lead.split(/\s+/).slice(0, 10).join(' ')], [d.title]));
    got.words.push(line.split(/\s+/).filter(Boolean).length);
    if (verbose) console.log(`${d.id}\n  title:    ${d.title}\n  headline: ${line}`);
  }
  console.log(`bbc-dev, title withheld: ROUGE-1 F1 against the BBC headline (${docs.length} articles)`);
  row('--type headline', got.headline);
  row('Lead-1', got.lead1);
  row('first 10 words of the lead', got.first10);
  console.log(`  headline words, mean               ${mean(got.words).toFixed(1)}`);
}

const metaDescription = (html) => {
  for (const key of ['description', 'og:description', 'twitter:description']) {
    for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
      const name = tag.match(/\b(?:name|property)\s*=\s*["']([^"']+)["']/i)?.[1]?.toLowerCase();
      const content = tag.match(/\bcontent\s*=\s*"([^"]*)"/i)?.[1] ?? tag.match(/\bcontent\s*=\s*'([^']*)'/i)?.[1];
      if (name === key && content !== undefined && content.trim().split(/\s+/).length >= 5) return decode(content.trim());
    }
  }
  return undefined;
};
const decode = (s) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

if (runs.includes('web')) {
  const dir = join(shared, 'web-dev');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const got = { summary: [], lead3: [], headline: [], lead1: [] };
  let i = 0;
  for (const f of readdirSync(join(dir, 'html')).sort()) {
    const id = f.replace(/\.html?(\.gz)?$/, '');
    const body = truth[id]?.articleBody;
    if (body === undefined) continue;
    if (half !== 0 && i++ % 2 !== half - 1) continue;
    const raw = readFileSync(join(dir, 'html', f));
    const bytes = f.endsWith('.gz') ? gunzipSync(raw) : raw;
    const description = metaDescription(bytes.toString('utf8'));
    if (description === undefined) continue;
    const lang = prepareDoc(body).lang;
    if (lang !== 'en') continue; // ROUGE-1.5.5's tokens are English only
    let article;
    try {
      article = await load({ kind: 'content', name: id, content: bytes, inputKind: 'html' }, { maxBytes: 16 << 20, encoding: 'auto', input: 'auto', timeoutMs: 1000 });
    } catch {
      continue;
    }
    const summarySettings = { length: { kind: 'count', n: 3 } };
    const settings = { load: {}, summary: summarySettings, keepRanked: false };
    const summary = summarizeArticle(article, settings).sentences.map((s) => s.text);
    const lead = prepareDoc(body).sentences.slice(0, 3).map((s) => s.text);
    const headline = summarizeArticle(article, { ...settings, summary: { ...summarySettings, type: 'headline', length: undefined } }).sentences.map((s) => s.text);
    got.summary.push(r1(summary, [description]));
    got.lead3.push(r1(lead, [description]));
    got.headline.push(r1(headline, [description]));
    got.lead1.push(r1(lead.slice(0, 1), [description]));
    if (verbose) console.log(`${id} ${truth[id].url}\n  description: ${description}\n  summary:     ${summary.join(' ')}\n  headline:    ${headline.join(' ')}`);
  }
  console.log(`web-dev: ROUGE-1 F1 against the page's own description (${got.summary.length} English pages that have one)`);
  row('3-sentence summary of the page', got.summary);
  row('Lead-3 of the hand-made body', got.lead3);
  row('--type headline of the page', got.headline);
  row('Lead-1 of the hand-made body', got.lead1);
}

if (runs.includes('sci')) {
  const docs = jsonl('sci-dev.jsonl');
  const got = { titled: [], untitled: [], lead: [] };
  for (const d of docs) {
    const n = d.reference.split('\n').filter((l) => l.trim() !== '').length;
    const length = { kind: 'count', n: Math.max(1, n) };
    const ref = d.reference.split('\n').filter((l) => l.trim() !== '');
    got.titled.push(r1(summarize(d.article, { title: d.title, length, ranked: false }).sentences.map((s) => s.text), ref));
    got.untitled.push(r1(summarize(d.article, { length, ranked: false }).sentences.map((s) => s.text), ref));
    got.lead.push(r1(summarize(d.article, { length, method: 'lead', ranked: false }).sentences.map((s) => s.text), ref));
  }
  console.log(`sci-dev at the abstract's length: ROUGE-1 F1 (${docs.length} papers)`);
  row('tfidf, title given', got.titled);
  row('tfidf, no title line', got.untitled);
  row('Lead-k', got.lead);
}
