// Peak memory of one large article: `summarize FILE` on articles of 1 and 10 MB made by joining the
// dev-set articles of ../shared/eval (or, without it, written sentences), medians of 3 runs each; the
// slope between them is the memory per MB of article, above what the process needs anyway.
//
//   npm run bench:memory
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/summarize.js');
const RUNS = 3;

const articles = () => {
  const file = join(ROOT, '../shared/eval/cnndm-dev.jsonl');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).article);
  console.log('(../shared/eval not found: using written sentences)');
  const words = 'council budget river school museum bank rates final goal flood rescue report minister vote market'.split(' ');
  return Array.from({ length: 200 }, (_, i) =>
    Array.from({ length: 30 }, (_, j) => `The ${words[(i + j) % 15]} said on day ${j} that the “${words[(i * j) % 15]}” mattered to everyone.`).join(' '));
};

const made = (texts, bytes) => {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += t.length + 2;
  }
  return parts.join('\n\n');
};

/** Peak resident memory (VmHWM) of one run. */
const peakOf = (file) =>
  new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {}
    }, 10);
    child.on('exit', (code) => {
      clearInterval(poll);
      return code === 0 ? done(peak) : fail(new Error(`summarize exited ${code}`));
    });
  });

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const dir = mkdtempSync(join(tmpdir(), 'summarize-memory-'));
const texts = articles();
const sizes = [1, 10];
const peaks = {};
for (const mb of sizes) writeFileSync(join(dir, `${mb}.txt`), made(texts, mb * 1e6));
const samples = Object.fromEntries(sizes.map((mb) => [mb, []]));
// interleaved, so that drift in the machine's load hits both alike
for (let r = 0; r < RUNS; r++) for (const mb of sizes) samples[mb].push(await peakOf(join(dir, `${mb}.txt`)));
for (const mb of sizes) {
  peaks[mb] = median(samples[mb]);
  console.log(`  ${String(mb).padStart(2)} MB article: peak ${peaks[mb].toFixed(0)} MB (median of ${RUNS})`);
}
console.log(`  per MB of article: ${((peaks[10] - peaks[1]) / 9).toFixed(1)} MB   (target: <= 10)`);
rmSync(dir, { recursive: true, force: true });
