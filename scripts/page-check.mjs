// Saved pages scored as a reader would, by the rules in a JSON sidecar beside each page (NN-slug.html
// and NN-slug.json): `point`, sentences one of which a 3-sentence summary must hold; `warmup`, the
// lede's warm-up, which must not be the whole summary; `forbidden`, lines that must never be a summary
// line (captions, credits, teasers, stat rows, boxes); `headline_ok`, words a printable headline holds.
// Each page gets three marks: the point (Y/n), clean (no forbidden line, fragment or open quote), and
// a headline a reader would print. The pages themselves live outside the repository: write them for
// the kinds of failure you are looking for, and keep the ones you tune on apart from the ones you judge by.
//
//   npm run build && node scripts/page-check.mjs DIR [--verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const verbose = args.includes('--verbose') || args.includes('-v');
if (dir === undefined || !existsSync(dir)) {
  console.error('usage: node scripts/page-check.mjs DIR [--verbose]  (DIR: pages with JSON sidecars)');
  process.exit(2);
}
const bin = fileURLToPath(new URL('../bin/summarize.js', import.meta.url));
const norm = (s) => s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();
const run = (argv) => {
  try { return execFileSync(process.execPath, [bin, ...argv], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }); }
  catch (e) { return `ERROR ${e.status}: ${e.stderr}`; }
};
const fragment = (t) => {
  const words = t.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const letters = (t.match(/\p{L}/gu) ?? []).length, digits = (t.match(/\p{N}/gu) ?? []).length;
  // a closing guillemet may stand after a space, as French sets it ("… en silence. »")
  // a reference marker may follow the mark ("…on weekdays.[1]")
  return words.length < 4 || digits > letters || !/[.!?…。！？](?:[\s\u00a0\u202f]?[»›])?["'”’»)\]]*(?:\[(?:\d{1,3}|[a-z])\])*$/u.test(t.trim());
};
const openQuote = (t) => {
  const opens = (t.match(/[“«]/g) ?? []).length, closes = (t.match(/[”»]/g) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
};
let tot = { point: 0, clean: 0, head: 0, pages: 0 };
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const side = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const page = `${dir}/${f.replace(/\.json$/, '.html')}`;
  const out = run(['-n', '3', '--json', page]);
  let lines = [];
  try { lines = JSON.parse(out).sentences.map((s) => s.text); } catch { lines = [out]; }
  const head = run(['--type', 'headline', page]).trim();
  const nl = lines.map(norm);
  const hasPoint = side.point.some((p) => nl.some((l) => norm(p).includes(l) || l.includes(norm(p).replace(/^[a-z ,]+ — /, ''))));
  const onlyWarm = nl.length > 0 && nl.every((l) => side.warmup.some((w) => norm(w).includes(l) || l.includes(norm(w))));
  const forb = side.forbidden.filter((x) => !/\(pull quote/i.test(x)).map(norm);
  const bad = [];
  lines.forEach((l, i) => {
    const n = nl[i];
    if (fragment(l)) bad.push(`fragment: ${l}`);
    if (openQuote(l)) bad.push(`open quote: ${l}`);
    if (forb.some((x) => x.length > 8 && (x.includes(n) || (x.split(' ').length >= 6 && n.includes(x))))) bad.push(`forbidden: ${l}`);
  });
  const headOk = side.headline_ok.some((h) => norm(head).includes(norm(h)));
  const headBad = head.split(/\s+/).length < 4 || /\?$/.test(head) || /^ERROR/.test(head);
  tot.pages++; if (hasPoint && !onlyWarm) tot.point++; if (bad.length === 0) tot.clean++; if (headOk && !headBad) tot.head++;
  console.log(`${f.padEnd(36)} point:${hasPoint && !onlyWarm ? 'Y' : 'n'} clean:${bad.length === 0 ? 'Y' : 'n'} headline:${headOk && !headBad ? 'Y' : 'n'}`);
  if (verbose) {
    for (const l of lines) console.log(`    · ${l}`);
    console.log(`    H ${head}`);
    for (const b of bad) console.log(`    ! ${b}`);
  }
}
console.log(`TOTAL pages ${tot.pages}: point ${tot.point}, clean ${tot.clean}, headline ${tot.head}`);
