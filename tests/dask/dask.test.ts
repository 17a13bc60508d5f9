// --jsonl on a real distributed engine: the JSON Lines filter run under a Dask LocalCluster of several
// worker processes (Debian's python3-dask and python3-distributed, which .ci/run installs) gives the
// same lines as one `summarize --jsonl` process. Skipped where Dask is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { article } from '../fixtures.js';

const PYTHON = '/usr/bin/python3';
const hasDask = spawnSync(PYTHON, ['-c', 'import dask.bag, dask.distributed'], { stdio: 'ignore' }).status === 0;
const BIN = fileURLToPath(new URL('../../bin/summarize.js', import.meta.url));
const SCRIPT = fileURLToPath(new URL('summarize_on_dask.py', import.meta.url));

describe.skipIf(!hasDask)('--jsonl under Dask', () => {
  it('gives on a LocalCluster of 3 worker processes the lines one process gives', () => {
    const records = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: article(i) }));
    records.splice(17, 0, '{"id": "broken", "text": 42}');
    const file = join(mkdtempSync(join(tmpdir(), 'summarize-dask-')), 'records.jsonl');
    writeFileSync(file, `${records.join('\n')}\n`);
    const one = spawnSync(process.execPath, [BIN, '--jsonl', file], { encoding: 'utf8' });
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(61);
    const dask = spawnSync(PYTHON, [SCRIPT, file, process.execPath, BIN, '3'], { encoding: 'utf8', timeout: 240_000 });
    expect(dask.status, dask.stderr).toBe(0);
    // the same results in the same order; an error names where its record was read (the file and
    // line for one process, a partition on standard input under Dask), so errors match by id and code
    const parsed = (out: string) =>
      out
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; error?: { code: string } })
        .map((r) => (r.error === undefined ? r : { id: r.id, code: r.error.code }));
    expect(parsed(dask.stdout)).toEqual(parsed(one.stdout));
    expect(parsed(one.stdout)[17]).toEqual({ id: 'broken', code: 'EBADRECORD' });
    expect(Number(/workers: (\d+)/.exec(dask.stderr)?.[1])).toBeGreaterThanOrEqual(2);
  }, 240_000);
});
