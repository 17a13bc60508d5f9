// Completions, the man page and the README are generated from, or checked against, the one option table.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completionScript } from '../../src/args/completion.js';
import { manPage } from '../../src/args/man.js';
import { longName } from '../../src/args/option.js';
import { EVAL, MAIN, SERVE } from '../../src/args/spec.js';
import { runCli } from '../helpers.js';

const visibleLong = (spec: typeof MAIN): string[] => spec.options.filter((o) => o.hidden !== true).map(longName);
const hasBash = spawnSync('bash', ['--version']).status === 0;

/** What bash completes for the words typed so far (the last one being completed). */
const complete = (words: string[]): string[] => {
  const script = `${completionScript('bash')}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_summarize; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '-c', script], { encoding: 'utf8', cwd: '/' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
};

describe('summarize completion', () => {
  it('prints a script for each shell that names every option', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { code, stdout } = await runCli(['completion', shell]);
      expect(code).toBe(0);
      for (const flag of [...visibleLong(MAIN), ...visibleLong(EVAL), ...visibleLong(SERVE)]) expect(stdout, `${shell} ${flag}`).toContain(flag.slice(2));
    }
    const bad = await runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
  });

  it.skipIf(!hasBash)('completes flags, their values and commands in bash', () => {
    expect(complete(['summarize', '--sen'])).toEqual(['--sentences']);
    expect(complete(['summarize', '--method', 't'])).toEqual(['tfidf', 'textrank']);
    expect(complete(['summarize', '--color', 'a'])).toEqual([]);
    expect(complete(['summarize', 'eval', '--i'])).toEqual(['--idf']);
    expect(complete(['summarize', 'ev'])).toContain('eval');
    expect(complete(['summarize', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it.skipIf(!hasBash)('is valid bash', () => {
    expect(spawnSync('bash', ['-n'], { input: completionScript('bash') }).status).toBe(0);
  });
});

describe('the man page', () => {
  it('documents every option of summarize, eval and serve, and the version', () => {
    const page = manPage('9.8.7').replace(/\\-/g, '-');
    expect(page).toContain('summarize 9.8.7');
    for (const flag of [...visibleLong(MAIN), ...visibleLong(EVAL), ...visibleLong(SERVE)]) expect(page).toContain(flag);
    expect(page).toMatch(/^\.SH EXIT STATUS$/m);
  });

  it.skipIf(spawnSync('man', ['--version']).status !== 0)('renders with man, without warnings', () => {
    const r = spawnSync('man', ['--warnings', '-l', '-'], { input: manPage('1.0.0'), encoding: 'utf8', env: { ...process.env, MANWIDTH: '80' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('--max-bytes');
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  it('lists every option that --help lists, and no other', () => {
    const table = readme.slice(readme.indexOf('| option |'), readme.indexOf('\n\n', readme.indexOf('| option |')));
    const firstCells = table.split('\n').map((row) => row.split('|')[1] ?? '');
    const documented = new Set(firstCells.flatMap((cell) => [...cell.matchAll(/(--[a-z][a-z-]*)/g)].map((m) => m[1])));
    const declared = new Set([...visibleLong(MAIN), '--version', '--help']);
    expect([...declared].filter((f) => !documented.has(f))).toEqual([]);
    expect([...documented].filter((f) => !declared.has(f!))).toEqual([]);
  });
});
