// Install as a user installs: pack this folder, `npm install -g` the tarball into a temporary prefix,
// then run the installed `summarize` and read its man page. Fails on any engine warning (EBADENGINE):
// the installed tree, resolved afresh without our lock file or overrides, must run on the Node that
// `engines` names. Needs the npm registry; `.ci/run` runs it after the tests (`npm run check:install`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'summarize-install-'));
const fail = (message) => {
  console.error(`install check: ${message}`);
  process.exitCode = 1;
};

try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack made no tarball');
  const prefix = join(work, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--no-audit', '--no-fund', '--prefix', prefix, join(work, tarball)], {
    cwd: work,
    encoding: 'utf8',
  });
  const said = `${install.stdout}\n${install.stderr}`;
  if (install.status !== 0) throw new Error(`npm install -g failed:\n${said}`);
  if (/EBADENGINE/.test(said)) fail(`engine warning on Node ${process.version}:\n${said}`);

  const bin = join(prefix, 'bin', 'summarize');
  const run = spawnSync(bin, ['-n', '1', join(root, 'fixtures', 'no-time-to-read.txt')], { encoding: 'utf8' });
  if (run.status !== 0 || run.stdout.trim().split('\n').length !== 1) {
    fail(`installed summarize: exit ${run.status}, stdout ${JSON.stringify(run.stdout)}, stderr ${JSON.stringify(run.stderr)}`);
  }
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (!/^summarize \d+\.\d+\.\d+/.test(version.stdout)) fail(`installed --version: ${JSON.stringify(version.stdout)}`);

  const page = join(prefix, 'share', 'man', 'man1', 'summarize.1');
  const man = spawnSync('man', ['-l', page], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80' } });
  if (man.status !== 0 || !/--sentences/.test(man.stdout)) {
    fail(`man -l ${page}: exit ${man.status}, stderr ${JSON.stringify(man.stderr)}`);
  }
  if (!process.exitCode) console.log(`install check: packed, installed on Node ${process.version} with no engine warning; summarize and its man page work`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(work, { recursive: true, force: true });
}
