// Batch throughput and memory: `summarize DIR` with one job and with every core, next to the ceiling
// of wink-nlp's own readDoc on the same texts in one process. Prints medians of several runs.
//
//   npm run bench                 the 550 dev-set articles of ../shared/eval, replicated 4 times
//   npm run bench -- --copies 8   more copies
//   npm run bench -- --large      also 100,000 small files and a 200 MB folder (memory)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/summarize.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COPIES = option('--copies', 4);
const RUNS = option('--runs', 3);
const LARGE = args.includes('--large');
const CORES = availableParallelism();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The dev-set articles, or (without ../shared) synthetic ones. */
const loadTexts = () => {
  const dir = join(ROOT, '../shared/eval');
  if (existsSync(dir)) {
    return ['cnndm-dev.jsonl', 'bbc-dev.jsonl'].flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((r) => (r.title ? `${r.title}\n\n${r.article}` : r.article)),
    );
  }
  console.log('(../shared/eval not found: using synthetic articles)');
  const words = 'council budget river school museum bank rates final goal flood rescue report minister vote market'.split(' ');
  return Array.from({ length: 550 }, (_, i) =>
    Array.from({ length: 30 }, (_, j) => `The ${words[(i + j) % words.length]} said on day ${j} that the ${words[(i * j) % words.length]} mattered to everyone in town.`).join(' '),
  );
};

const writeCorpus = (texts, copies) => {
  const dir = mkdtempSync(join(tmpdir(), 'summarize-bench-'));
  let bytes = 0;
  for (let c = 0; c < copies; c++) {
    const sub = join(dir, `copy${c}`);
    mkdirSync(sub);
    texts.forEach((t, i) => {
      writeFileSync(join(sub, `a${String(i).padStart(4, '0')}.txt`), t);
      bytes += Buffer.byteLength(t);
    });
  }
  return { dir, files: texts.length * copies, bytes };
};

/** Wall time and peak resident memory (VmHWM, threads included) of one run of the CLI. */
const runCli = (cliArgs) =>
  new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {}
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) return fail(new Error(`summarize ${cliArgs.join(' ')} exited ${code}: ${stderr}`));
      done({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peak });
    });
  });

/** readDoc alone over every text, in this process: the ceiling for any tool built on wink-nlp. */
const ceiling = async (texts, copies) => {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const out = {};
  for (const [name, pipe] of [['readDoc, default pipeline', undefined], ['readDoc, sentence boundaries only', ['sbd']]]) {
    const nlp = winkNLP(model, pipe);
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      const start = process.hrtime.bigint();
      for (let c = 0; c < copies; c++) for (const t of texts) nlp.readDoc(t);
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    out[name] = median(times);
  }
  return out;
};

/** readDoc split over `threads` worker threads, timed once the model is loaded in each: how far the ceiling itself scales on this machine. */
const ceilingThreads = async (texts, copies, threads) => {
  const { Worker } = await import('node:worker_threads');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    parentPort.postMessage('ready');
    parentPort.once('message', () => {
      for (let c = 0; c < workerData.copies; c++) for (const t of workerData.texts) nlp.readDoc(t);
      parentPort.postMessage('done');
    });`;
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const workers = Array.from({ length: threads }, (_, k) =>
      new Worker(code, { eval: true, workerData: { texts: texts.filter((_, i) => i % threads === k), copies } }));
    await Promise.all(workers.map((w) => new Promise((ok) => w.once('message', ok))));
    const start = process.hrtime.bigint();
    await Promise.all(workers.map((w) => new Promise((ok) => { w.once('message', ok); w.postMessage('go'); })));
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return median(times);
};

const mb = (bytes) => (bytes / 1e6).toFixed(1);
const row = (label, files, bytes, seconds, peak) =>
  `  ${label.padEnd(36)} ${(files / seconds).toFixed(0).padStart(6)} files/s ${(bytes / 1e6 / seconds).toFixed(2).padStart(6)} MB/s` +
  (peak === undefined ? '' : `   peak ${mb(peak)} MB`);

const texts = loadTexts();
const corpus = writeCorpus(texts, COPIES);
console.log(`corpus: ${corpus.files} files, ${mb(corpus.bytes)} MB (${texts.length} articles x ${COPIES}); ${CORES} cores; medians of ${RUNS} runs`);

const ceil = await ceiling(texts, COPIES);
for (const [name, s] of Object.entries(ceil)) console.log(row(name, corpus.files, corpus.bytes, s));

const ceilThreads = CORES > 1 ? await ceilingThreads(texts, COPIES, CORES) : undefined;
if (ceilThreads !== undefined) console.log(row(`readDoc, default, ${CORES} threads`, corpus.files, corpus.bytes, ceilThreads));

const results = {};
for (const jobs of [...new Set([1, CORES])]) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await runCli(['--json', '-q', '--jobs', String(jobs), corpus.dir]));
  results[jobs] = { seconds: median(runs.map((x) => x.seconds)), peak: Math.max(...runs.map((x) => x.peak)) };
  console.log(row(`summarize --jobs ${jobs}`, corpus.files, corpus.bytes, results[jobs].seconds, results[jobs].peak));
}
const one = results[1].seconds;
for (const [name, s] of Object.entries(ceil)) console.log(`  per core vs ${name}: ${((100 * s) / one).toFixed(0)}%`);
if (CORES > 1) {
  console.log(`  --jobs ${CORES} vs --jobs 1: ${(one / results[CORES].seconds).toFixed(2)}x`);
  console.log(`  readDoc ${CORES} threads vs 1: ${(ceil['readDoc, default pipeline'] / ceilThreads).toFixed(2)}x (the machine's own scaling for this work)`);
}
rmSync(corpus.dir, { recursive: true, force: true });

if (LARGE) {
  console.log('large folders (one run each):');
  const many = mkdtempSync(join(tmpdir(), 'summarize-bench-many-'));
  for (let d = 0; d < 100; d++) {
    mkdirSync(join(many, `d${d}`));
    for (let i = 0; i < 1000; i++) writeFileSync(join(many, `d${d}`, `f${i}.txt`), 'The council met on Monday. It approved the budget. Schools get more money.');
  }
  const small = await runCli(['--json', '-q', many]);
  console.log(row('100,000 small files', 100_000, 100_000 * 75, small.seconds, small.peak));
  rmSync(many, { recursive: true, force: true });

  const big = writeCorpus(texts, Math.ceil(200e6 / texts.reduce((a, t) => a + Buffer.byteLength(t), 0)));
  const heavy = await runCli(['--json', '-q', big.dir]);
  console.log(row(`${mb(big.bytes)} MB folder`, big.files, big.bytes, heavy.seconds, heavy.peak));
  rmSync(big.dir, { recursive: true, force: true });
}
