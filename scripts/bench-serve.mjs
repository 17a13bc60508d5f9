// `summarize serve` under load: autocannon on loopback (100 connections, 15 s by default) posting the
// bundled article; requests per second, p50/p99 latency, errors, and the server's memory before and
// after; next to the rate of one-shot `summarize FILE` processes measured in the same run.
//
//   npm run bench:serve [-- SECONDS CONNECTIONS]
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const seconds = Number(process.argv[2] ?? 15);
const connections = Number(process.argv[3] ?? 100);
const FILE = 'fixtures/no-time-to-read.txt';
const body = JSON.stringify({ text: readFileSync(FILE, 'utf8') });

const rssOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

// the server, with no rate limit and no request log: the load is the point
const child = spawn(process.execPath, ['bin/summarize.js', 'serve', '--port', '0', '--rate-limit', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = /serving on (http:\/\/\S+) /.exec(out);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
});
// one request first, so that the workers have loaded the model before memory is read
await fetch(`${base}/api/summarize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const before = rssOf(child.pid);

const result = await autocannon({
  url: `${base}/api/summarize`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  connections,
  duration: seconds,
});
const after = rssOf(child.pid);
child.kill('SIGTERM');
await new Promise((done) => child.on('exit', done));

// one-shot processes, one after another, for as long as a fifth of the load ran (at least 5 runs)
const oneShot = [];
const until = Date.now() + Math.max(3, seconds / 5) * 1000;
while (Date.now() < until || oneShot.length < 5) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['bin/summarize.js', FILE], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`summarize ${FILE} exited ${r.status}`);
  oneShot.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const sorted = [...oneShot].sort((a, b) => a - b);
const oneShotMedian = sorted[sorted.length >> 1];
const oneShotRate = 1000 / oneShotMedian;

const errors = result.errors + result.timeouts + result.non2xx;
console.log(`summarize serve, ${connections} connections for ${seconds} s, POST ${FILE} (${body.length} bytes)`);
console.log(`  requests/s    ${result.requests.average.toFixed(1)} (median of seconds ${result.requests.p50})`);
console.log(`  latency       p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
console.log(`  requests      ${result.requests.total}, errors ${errors} (non-2xx ${result.non2xx}, timeouts ${result.timeouts})`);
console.log(`  server memory ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`);
console.log(`one-shot summarize FILE: median ${oneShotMedian.toFixed(0)} ms over ${oneShot.length} runs = ${oneShotRate.toFixed(1)}/s`);
console.log(`ratio: serve handles ${(result.requests.average / oneShotRate).toFixed(1)}x the one-shot rate`);
if (errors > 0) process.exitCode = 1;
