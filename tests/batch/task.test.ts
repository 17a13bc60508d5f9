import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusBuilder } from '../../src/core/score/corpus.js';
import { KeptTexts, type SummarizeSettings, type TaskState, newTaskState, runTask } from '../../src/batch/task.js';
import { type Preread, jobsFor } from '../../src/batch/batch.js';
import type { Input } from '../../src/read/expand.js';
import { article } from '../fixtures.js';

const settings: SummarizeSettings = {
  length: undefined,
  method: 'tfidf',
  maxBytes: 1 << 20,
  encoding: 'auto',
  input: 'auto',
  keepRanked: false,
  keywords: 0,
};

const fileWith = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'summarize-task-')), 'a.txt');
  writeFileSync(path, text);
  return path;
};

describe('KeptTexts', () => {
  it('keeps texts up to its budget and hands each out once', () => {
    // each entry costs its length plus 256
    const kept = new KeptTexts(256 + 10);
    kept.keep('a', { text: 'abcdef', warning: undefined });
    kept.keep('b', { text: 'ghijkl', warning: undefined }); // would pass the budget
    expect(kept.take('b')).toBeUndefined();
    expect(kept.take('a')?.text).toBe('abcdef');
    expect(kept.take('a')).toBeUndefined();
    // what was handed out frees its share of the budget
    kept.keep('b', { text: 'ghijkl', warning: undefined });
    expect(kept.take('b')?.text).toBe('ghijkl');
  });
});

describe('runTask', () => {
  it('summarizes a file from the text its corpus pass read, without reading it again', async () => {
    const path = fileWith(article(7));
    const state = newTaskState();
    expect(await runTask({ kind: 'terms', input: { path }, maxBytes: settings.maxBytes, encoding: 'auto' }, state)).toEqual({
      ok: true,
      indexed: true,
    });
    rmSync(path);
    const outcome = await runTask({ kind: 'summarize', input: { path }, title: undefined, settings }, state);
    expect(outcome.ok && 'summary' in outcome && outcome.summary.sentences.length).toBe(3);
  });

  it('reads the file again when its text was not kept', async () => {
    const path = fileWith(article(8));
    const state: TaskState = { index: new CorpusBuilder(), kept: new KeptTexts(0), corpus: undefined };
    await runTask({ kind: 'terms', input: { path }, maxBytes: settings.maxBytes, encoding: 'auto' }, state);
    rmSync(path);
    const outcome = await runTask({ kind: 'summarize', input: { path }, title: undefined, settings }, state);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
  });
});

describe('jobsFor', () => {
  const none: Preread = { stdin: undefined, pages: new Map() };
  const files = (paths: string[]): Input[] => paths.map((path) => ({ kind: 'file', path, rel: path }));

  it('keeps a small batch in one thread, where workers would not repay their start', () => {
    const small = [fileWith(article(1)), fileWith(article(2)), fileWith(article(3))];
    expect(jobsFor(files(small), none, 4)).toBe(1);
  });

  it('gives a batch of many files, or of much text, one job per core', () => {
    expect(jobsFor(files(Array.from({ length: 600 }, (_, i) => `/nowhere/${i}.txt`)), none, 4)).toBe(4);
    const big = [fileWith('The council met. '.repeat(130_000)), fileWith(article(4))];
    expect(jobsFor(files(big), none, 4)).toBe(4);
    expect(jobsFor(files([big[1]!]), { stdin: 'x'.repeat(2_000_000), pages: new Map() }, 4)).toBe(4);
    expect(jobsFor(files(big), none, 1)).toBe(1);
  });
});
