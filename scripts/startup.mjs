// Start-up cost: median wall time of `summarize FILE` next to a bare script that only loads
// wink-nlp with its model and reads the same file. Both measured here, in one run.
//
// A third line shows the most a V8 start-up snapshot could give: the same bare script, bundled (Node 20
// snapshots only take one file) and built into a snapshot with the model already loaded, so that a run
// only deserializes it. `summarize` itself cannot start that way (the flag has no place on a `#!`
// line), and it would load more; this is the floor of that road.
//
//   npm run bench:startup -- [FILE] [RUNS] [--against DIR]
//
// --against DIR times DIR's own `summarize FILE` in the same rounds (a built checkout of another
// commit: `git worktree add DIR COMMIT && (cd DIR && npm ci && npm run build)`), and prints its ratio
// to ours: side by side, the one comparison a busy machine leaves fair.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--against');
const against = at < 0 ? undefined : args.splice(at, 2)[1];
const file = args[0] ?? 'fixtures/no-time-to-read.txt';
const runs = Number(args[1] ?? 10);

const bare = join(mkdtempSync(join(tmpdir(), 'summarize-startup-')), 'bare.mjs');
writeFileSync(
  bare,
  `import { readFileSync } from 'node:fs';
import winkNLP from ${JSON.stringify(import.meta.resolve('wink-nlp'))};
import model from ${JSON.stringify(import.meta.resolve('wink-eng-lite-web-model'))};
const nlp = winkNLP(model);
nlp.readDoc(readFileSync(process.argv[2], 'utf8')).sentences().out();
`,
);

// the bare script, with the model loaded into a snapshot at build time
const snapshotEntry = join(bare, '..', 'snapshot-entry.cjs');
writeFileSync(
  snapshotEntry,
  `const { readFileSync } = require('node:fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {
  nlp.readDoc(readFileSync(process.argv[process.argv.length - 1], 'utf8')).sentences().out();
});
`,
);
const bundle = join(bare, '..', 'snapshot-bundle.cjs');
const blob = join(bare, '..', 'snapshot.blob');
await build({ entryPoints: [snapshotEntry], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, nodePaths: [join(process.cwd(), 'node_modules')], logLevel: 'warning' });
const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
if (built.status !== 0) throw new Error(`building the snapshot failed: ${built.stderr}`);

const time = (args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const commands = {
  'summarize FILE': ['bin/summarize.js', file],
  ...(against === undefined ? {} : { [`summarize FILE, ${against}`]: [join(against, 'bin/summarize.js'), file] }),
  'bare wink-nlp + model + readDoc': [bare, file],
  'the same from a V8 snapshot': ['--snapshot-blob', blob, file],
  'node -e 0 (Node itself)': ['-e', '0'],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
// interleave the commands so that drift in machine load hits them alike, in turn forwards and
// backwards: a command run right after another does not always run in its wake
const order = Object.entries(commands);
for (let i = 0; i < runs; i++) for (const [name, args] of i % 2 === 0 ? order : [...order].reverse()) samples[name].push(time(args));

console.log(`start-up, median of ${runs} runs each, ${file}:`);
for (const [name, xs] of Object.entries(samples)) console.log(`  ${name.padEnd(34)} ${median(xs).toFixed(1)} ms`);
const ratio = median(samples['summarize FILE']) / median(samples['bare wink-nlp + model + readDoc']);
console.log(`  ratio summarize / bare wink         ${ratio.toFixed(2)}x`);
const snapshotRatio = median(samples['the same from a V8 snapshot']) / median(samples['bare wink-nlp + model + readDoc']);
console.log(`  ratio snapshot / bare wink          ${snapshotRatio.toFixed(2)}x   (the floor of a snapshot, before any of our own code)`);
if (against !== undefined) {
  const theirs = median(samples[`summarize FILE, ${against}`]);
  console.log(`  ratio summarize / ${against}`.padEnd(37) + `${(median(samples['summarize FILE']) / theirs).toFixed(3)}x`);
  // each round's own ratio: steadier than the ratio of medians when the load comes and goes
  const ratios = samples['summarize FILE'].map((t, i) => t / samples[`summarize FILE, ${against}`][i]).sort((a, b) => a - b);
  const q = (p) => ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))].toFixed(3);
  console.log(`  ratio within each round             median ${median(ratios).toFixed(3)}x, quartiles ${q(0.25)}x to ${q(0.75)}x`);
}
const nodeRatio = median(samples['summarize FILE']) / median(samples['node -e 0 (Node itself)']);
console.log(`  ratio summarize / node -e 0         ${nodeRatio.toFixed(2)}x   (targets: <= 0.75x bare wink, <= 3x node)`);
