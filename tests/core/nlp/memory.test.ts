// What a long article's sentences hold (issue "Start-up and throughput near the floor": memory grew
// 27-37 MB per MB of input). Measured in a child process with the garbage collector exposed: the heap
// that segment()'s output keeps alive, per MB of input. A sentence text built by += was a tree of one
// node per token, and push-grown term arrays kept their slack: 17 MB per MB before, 7 after.
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runWithGc } from '../../helpers.js';

const SEGMENT = fileURLToPath(new URL('../../../dist/core/nlp/segment.js', import.meta.url));

const script = `
import { segment } from ${JSON.stringify(SEGMENT)};
const names = ['council', 'river', 'museum', 'final', 'bank', 'school', 'market', 'bridge', 'harbour', 'library'];
const verbs = ['approved', 'delayed', 'reviewed', 'opened', 'questioned', 'funded', 'closed', 'rebuilt'];
// 2 MB of varied prose in paragraphs of about 4 KB, with curly quotes (as in real news text)
const paragraphs = [];
let size = 0;
for (let p = 0; size < 2_000_000; p++) {
  const sentences = [];
  for (let s = 0; s < 30; s++) {
    const k = p * 31 + s;
    sentences.push(\`The \${names[k % 10]} board \${verbs[k % 8]} plan \${k} on Tuesday, and the mayor said “it was about time” for district \${k % 97}.\`);
  }
  const text = sentences.join(' ');
  paragraphs.push(text);
  size += text.length;
}
segment(['A warm-up sentence. And another one.']);
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const sentences = segment(paragraphs);
globalThis.gc();
const kept = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ sentences: sentences.length, mbPerMb: kept / size }));
`;

it('keeps its sentences of a long article in under 10 MB of heap per MB of text', () => {
  const { sentences, mbPerMb } = runWithGc<{ sentences: number; mbPerMb: number }>(script);
  expect(sentences).toBeGreaterThan(10_000);
  expect(mbPerMb).toBeLessThan(10);
}, 120_000);

const SUMMARIZE = fileURLToPath(new URL('../../../dist/index.js', import.meta.url));

it('keeps no article alive through a summary kept after it: its sentences, title, asides and keywords', () => {
  // a 6 MB article (in V8's two-byte strings) whose summary, without its ranking of every sentence, is
  // kept after the article is gone: sentences, title and headings are slices of the article until the
  // summary copies them out
  const keep = `
    import { summarize } from ${JSON.stringify(SUMMARIZE)};
    const heap = () => { globalThis.gc(); return process.memoryUsage().heapUsed; };
    const para = 'The council board “approved” the plan on Tuesday, said the mayor of the district. The river rose again on Friday and the school closed its doors for the day.';
    const article = (n) => ['Council Approves The Plan For The Riverside District', ...Array.from({ length: n }, (_, i) => (i === 5 ? para.replace('river', 'market') : i === 7 ? 'What the neighbourhoods think' : para))].join('\\n\\n');
    const run = (n) => {
      const { ranked, ...summary } = summarize(article(n), { keywords: 5 });
      return summary;
    };
    run(10);
    const before = heap();
    const kept = run(20000);
    // V8 keeps the subject of the last successful match: give it another one
    /y/.test('y');
    console.log(JSON.stringify({ kept: kept.sentences.length, title: kept.title, asides: kept.asides.length, keywords: kept.keywords.length, retained: heap() - before }));
  `;
  const { kept, title, asides, keywords, retained } = runWithGc<{ kept: number; title: string; asides: number; keywords: number; retained: number }>(keep);
  expect(kept).toBeGreaterThan(0);
  expect(title).toBe('Council Approves The Plan For The Riverside District');
  expect(asides).toBe(1);
  expect(keywords).toBeGreaterThan(0);
  expect(retained).toBeLessThan(4_000_000);
}, 120_000);
