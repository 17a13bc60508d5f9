// Batch throughput and memory: `summarize DIR` with one job and with every core, next to the ceiling
// of wink-nlp's own readDoc on the same texts in one process. Prints medians of several runs.
//
//   npm run bench                 the 550 dev-set articles of ../shared/eval, replicated 4 times
//   npm run bench -- --copies 8   more copies
//   npm run bench -- --large      also 100,000 small files and a 200 MB folder (memory)
//   npm run bench -- --against DIR  only `--jobs 1` of this checkout and of DIR (another built checkout,
//                                   say a worktree of an older commit), run in turn in the same rounds;
//                                   prints the ratio of their medians
import { execFileSync, spawn } from 'node:child_process';
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
const at = args.indexOf('--against');
const AGAINST = at < 0 ? undefined : args[at + 1];
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

/** Clock ticks per second, the unit of CPU times in /proc. */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/**
 * Wall time, peak resident memory (VmHWM) and CPU time (user + system, every thread, read last just
 * before exit) of one run of the CLI.
 */
const runCli = (cliArgs, nodeArgs = [], bin = BIN) =>
  new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...nodeArgs, bin, ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
        // fields after the command name: state is 3rd, utime 14th and stime 15th of the whole line
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        const ticks = Number(stat[11]) + Number(stat[12]);
        if (ticks > 0) cpu = ticks / TICKS;
      } catch {}
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) return fail(new Error(`summarize ${cliArgs.join(' ')} exited ${code}: ${stderr}`));
      done({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peak, cpu });
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
const row = (label, files, bytes, seconds, peak, cores) =>
  `  ${label.padEnd(36)} ${(files / seconds).toFixed(0).padStart(6)} files/s ${(bytes / 1e6 / seconds).toFixed(2).padStart(6)} MB/s` +
  (peak === undefined ? '' : `   peak ${mb(peak)} MB`) +
  (cores === undefined ? '' : `   ${cores.toFixed(2)} cores busy`);

const texts = loadTexts();
const corpus = writeCorpus(texts, COPIES);
console.log(`corpus: ${corpus.files} files, ${mb(corpus.bytes)} MB (${texts.length} articles x ${COPIES}); ${CORES} cores; medians of ${RUNS} runs`);

if (AGAINST !== undefined) {
  // Side by side: each round runs both, in turn, so that a busy machine weighs on both alike.
  const theirs = join(AGAINST, 'bin/summarize.js');
  const ours = [], others = [];
  for (let r = 0; r < RUNS; r++) {
    ours.push((await runCli(['--json', '-q', '--jobs', '1', corpus.dir])).seconds);
    others.push((await runCli(['--json', '-q', '--jobs', '1', corpus.dir], [], theirs)).seconds);
  }
  console.log(row('summarize --jobs 1', corpus.files, corpus.bytes, median(ours)));
  console.log(row(`${AGAINST} --jobs 1`, corpus.files, corpus.bytes, median(others)));
  console.log(`  ratio of times, summarize / ${AGAINST}: ${(median(ours) / median(others)).toFixed(3)}x`);
  // Each round's own ratio: a load that comes and goes between rounds weighs on both halves of a round
  // alike, so their median and quartiles say how far apart the two are more steadily than one ratio.
  const ratios = ours.map((t, r) => t / others[r]).sort((a, b) => a - b);
  const q = (p) => ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))].toFixed(3);
  console.log(`  ratio within each round: median ${median(ratios).toFixed(3)}x, quartiles ${q(0.25)}x to ${q(0.75)}x`);
  rmSync(corpus.dir, { recursive: true, force: true });
  process.exit(0);
}

const ceil = await ceiling(texts, COPIES);
for (const [name, s] of Object.entries(ceil)) console.log(row(name, corpus.files, corpus.bytes, s));

const ceilThreads = CORES > 1 ? await ceilingThreads(texts, COPIES, CORES) : undefined;
if (ceilThreads !== undefined) console.log(row(`readDoc, default, ${CORES} threads`, corpus.files, corpus.bytes, ceilThreads));

const results = {};
for (const jobs of [...new Set([1, CORES])]) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await runCli(['--json', '-q', '--jobs', String(jobs), corpus.dir]));
  const seconds = median(runs.map((x) => x.seconds));
  // CPU time over wall time: how many cores the run kept busy (V8 compiles and collects garbage on
  // threads of its own, so even one job uses more than one)
  const cores = median(runs.map((x) => x.cpu / x.seconds));
  results[jobs] = { seconds, peak: Math.max(...runs.map((x) => x.peak)) };
  console.log(row(`summarize --jobs ${jobs}`, corpus.files, corpus.bytes, seconds, results[jobs].peak, cores));
}
// The same files shared among CORES separate one-job processes started together: how far independent
// runs scale on this machine, with no pool, no messages and nothing shared but the hardware.
let apart;
if (CORES > 1 && COPIES >= CORES) {
  const shares = Array.from({ length: CORES }, (_, k) =>
    Array.from({ length: COPIES }, (_, c) => c).filter((c) => c % CORES === k).map((c) => join(corpus.dir, `copy${c}`)),
  );
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const start = process.hrtime.bigint();
    await Promise.all(shares.map((dirs) => runCli(['--json', '-q', '--jobs', '1', ...dirs])));
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  apart = median(times);
  console.log(row(`${CORES} x --jobs 1 on shares, at once`, corpus.files, corpus.bytes, apart));
}
// One job is not one core: V8 compiles and collects garbage on threads of its own, which use the
// second core while one job runs. With those threads off (node --single-threaded) one job is slower,
// and what a second job adds is what a second core gives.
const single = {};
if (CORES > 1) {
  for (const jobs of [1, CORES]) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await runCli(['--json', '-q', '--jobs', String(jobs), corpus.dir], ['--single-threaded']));
    single[jobs] = median(runs.map((x) => x.seconds));
    console.log(row(`node --single-threaded, --jobs ${jobs}`, corpus.files, corpus.bytes, single[jobs], undefined, median(runs.map((x) => x.cpu / x.seconds))));
  }
}
const one = results[1].seconds;
for (const [name, s] of Object.entries(ceil)) console.log(`  per core vs ${name}: ${((100 * s) / one).toFixed(0)}%`);
if (CORES > 1) {
  console.log(`  --jobs ${CORES} vs --jobs 1: ${(one / results[CORES].seconds).toFixed(2)}x`);
  if (apart !== undefined) console.log(`  ${CORES} separate processes vs --jobs 1: ${(one / apart).toFixed(2)}x`);
  console.log(`  readDoc ${CORES} threads vs 1: ${(ceil['readDoc, default pipeline'] / ceilThreads).toFixed(2)}x (the machine's own scaling for this work)`);
  console.log(`  with V8's helper threads off: --jobs ${CORES} vs --jobs 1: ${(single[1] / single[CORES]).toFixed(2)}x; --jobs ${CORES} against the default --jobs ${CORES}: ${(results[CORES].seconds / single[CORES]).toFixed(2)}x`);
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
