import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusBuilder } from '../../src/core/score/corpus.js';
import { KeptArticles, type TaskSettings, type TaskState, newTaskState, runTask } from '../../src/batch/task.js';
import { jobsFor } from '../../src/batch/batch.js';
import type { Article } from '../../src/read/load.js';
import type { Source } from '../../src/read/source.js';
import { article } from '../fixtures.js';

const settings: TaskSettings = {
  load: { maxBytes: 1 << 20, encoding: 'auto', input: 'auto', timeoutMs: 1000 },
  summary: {},
  keepRanked: false,
};

const fileWith = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'summarize-task-')), 'a.txt');
  writeFileSync(path, text);
  return path;
};
const fileSource = (path: string): Source => ({ kind: 'file', path, rel: 'a.txt' });
const articleOf = (text: string): Article => ({ name: 'x', title: null, text, inputKind: 'text', warnings: [] });

describe('KeptArticles', () => {
  it('keeps articles up to its budget and hands each out once', () => {
    // each entry costs its length plus 256
    const kept = new KeptArticles(256 + 10);
    kept.keep('a', articleOf('abcdef'));
    kept.keep('b', articleOf('ghijkl')); // would pass the budget
    expect(kept.take('b')).toBeUndefined();
    expect(kept.take('a')?.text).toBe('abcdef');
    expect(kept.take('a')).toBeUndefined();
    // what was handed out frees its share of the budget
    kept.keep('b', articleOf('ghijkl'));
    expect(kept.take('b')?.text).toBe('ghijkl');
  });
});

describe('runTask', () => {
  it('summarizes a file from the article its corpus pass loaded, without reading it again', async () => {
    const path = fileWith(article(7));
    const state = newTaskState();
    expect(await runTask({ kind: 'terms', source: fileSource(path), load: settings.load, lang: 'auto' }, state)).toEqual({ ok: true, indexed: true });
    rmSync(path);
    const outcome = await runTask({ kind: 'summarize', source: fileSource(path), settings }, state);
    expect(outcome.ok && 'summary' in outcome && outcome.summary.sentences.length).toBe(3);
  });

  it('reads the file again when its article was not kept', async () => {
    const path = fileWith(article(8));
    const state: TaskState = { index: new CorpusBuilder(), kept: new KeptArticles(0), corpus: undefined };
    await runTask({ kind: 'terms', source: fileSource(path), load: settings.load, lang: 'auto' }, state);
    rmSync(path);
    const outcome = await runTask({ kind: 'summarize', source: fileSource(path), settings }, state);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
  });
});

describe('jobsFor', () => {
  it('obeys --jobs whatever the work', () => {
    expect(jobsFor(3, 2, false)).toBe(3);
    expect(jobsFor(1, 8, true)).toBe(1);
  });

  it('keeps small work in one thread, and gives large work one job per core', () => {
    expect(jobsFor(undefined, 4, false)).toBe(1);
    expect(jobsFor(undefined, 4, true)).toBe(4);
    expect(jobsFor(undefined, 1, true)).toBe(1);
  });
});
