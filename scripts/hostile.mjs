// Hostile input shapes, each at two sizes, through the built CLI: seconds per MB and peak memory, and
// the ratio of the two sizes' times (about 2 when the cost is linear). `npm run bench:hostile`
// (`-- --mb 4` for larger inputs). The tests check behaviour on these shapes; this reports the cost.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const mbArg = process.argv.indexOf('--mb');
const MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 1;
const M = 1024 * 1024;

/** name, file extension, and a maker of about `bytes` bytes of the shape. */
const SHAPES = [
  ['one long token', 'txt', (b) => `Start ${'x'.repeat(b)}s. More text here.`],
  ['combining marks', 'txt', (b) => `Start a${'\u0301'.repeat(b / 2)} here. More text here.`],
  ['entities', 'txt', (b) => `Start ${'&amp;'.repeat(b / 5)} here. More text here.`],
  ['unclosed comments', 'txt', (b) => `<p>Start here. ${'<!--'.repeat(b / 4)} More text.</p>`],
  ['unclosed comments, HTML', 'html', (b) => `<p>Start here. ${'<!--'.repeat(b / 4)} More text.</p>`],
  ['unclosed tags', 'txt', (b) => `<p>Start here.</p> ${'<p '.repeat(b / 3)}`],
  ['nested divs', 'html', (b) => `<html><body>${'<div>'.repeat(b / 11)}<p>The council met.</p>${'</div>'.repeat(b / 11)}</body></html>`],
  ['many paragraphs', 'html', (b) => `<html><body>${'<p>The council met on Tuesday to discuss the budget.</p>'.repeat(b / 56)}</body></html>`],
  ['brackets, Markdown', 'md', (b) => `# T\n\nStart ${'['.repeat(b)} end. More text here.`],
  ['emphasis, Markdown', 'md', (b) => `# T\n\nStart ${'**a '.repeat(b / 4)} end. More text here.`],
  ['one sentence', 'txt', (b) => `${'word '.repeat(b / 5)}.`],
  ['short lines', 'txt', (b) => 'a\n'.repeat(b / 2)],
  ['sentences', 'txt', (b) => 'The council met on Tuesday to discuss the budget. '.repeat(b / 50)],
];

const dir = mkdtempSync(join(tmpdir(), 'summarize-hostile-'));
const run = (file) => {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/summarize.js', '-q', '--max-bytes', '256M', file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 600_000,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = Number(/(\d+)\s*$/.exec(r.stderr)?.[1] ?? 'NaN');
  return { seconds, mb: kb / 1024, status: r.status };
};

console.log(`| shape | s/MB at ${MB} MB | s/MB at ${2 * MB} MB | time ratio (2 = linear) | peak MB at ${2 * MB} MB | exit |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, ext, make] of SHAPES) {
  const times = [];
  let last;
  for (const size of [MB, 2 * MB]) {
    const file = join(dir, `input.${ext}`);
    writeFileSync(file, make(size * M));
    last = run(file);
    times.push(last.seconds);
  }
  console.log(`| ${name} | ${(times[0] / MB).toFixed(2)} | ${(times[1] / (2 * MB)).toFixed(2)} | ${(times[1] / times[0]).toFixed(2)} | ${last.mb.toFixed(0)} | ${last.status} |`);
}
rmSync(dir, { recursive: true, force: true });
