// What a long article's sentences hold (issue "Start-up and throughput near the floor": memory grew
// 27-37 MB per MB of input). Measured in a child process with the garbage collector exposed: the heap
// that segment()'s output keeps alive, per MB of input. A sentence text built by += was a tree of one
// node per token, and push-grown term arrays kept their slack: 17 MB per MB before, 7 after.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

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
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const { sentences, mbPerMb } = JSON.parse(r.stdout) as { sentences: number; mbPerMb: number };
  expect(sentences).toBeGreaterThan(10_000);
  expect(mbPerMb).toBeLessThan(10);
}, 120_000);
