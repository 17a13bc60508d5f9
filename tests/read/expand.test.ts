import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/read/expand.js';

let root: string;
const files = ['b.txt', 'a.md', 'sub/c.text', 'sub/deep/d.markdown', 'z.TXT', 'p.html', '.hidden.txt', 'node_modules/m.txt', 'e.json', 'a.summary.txt', '.git/f.txt'];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'summarize-walk-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'Text. More text.');
  }
});

const paths = async (args: string[]) =>
  (await expandInputs(args, root)).map((i) =>
    i.kind === 'file' ? i.path : i.kind === 'stdin' ? '-' : i.kind === 'url' ? i.url : `missing:${i.kind === 'missing' ? i.name : ''}`,
  );

describe('expandInputs', () => {
  it('walks a folder in sorted order, taking text files and skipping hidden entries, node_modules and our summaries', async () => {
    expect(await paths([root])).toEqual(['a.md', 'b.txt', 'p.html', 'sub/c.text', 'sub/deep/d.markdown', 'z.TXT'].map((f) => join(root, f)));
  });

  it('keeps the path below the folder for --out-dir', async () => {
    const inputs = await expandInputs([root], root);
    expect(inputs.map((i) => (i.kind === 'file' ? i.rel : ''))).toEqual(['a.md', 'b.txt', 'p.html', 'sub/c.text', 'sub/deep/d.markdown', 'z.TXT']);
  });

  it('expands a glob itself, sorted', async () => {
    // matched below the working directory given, and reachable from this process's
    expect(await paths(['**/*.txt'])).toEqual([join(root, 'b.txt')]);
    expect(await paths(['sub/**/*'])).toEqual(['sub/c.text', 'sub/deep/d.markdown'].map((f) => join(root, f)));
  });

  it('takes a URL as a page to fetch', async () => {
    expect(await paths(['https://example.com/a'])).toEqual(['https://example.com/a']);
  });

  it('keeps the order of the arguments, takes - as standard input, and lists a file named twice once', async () => {
    expect(await paths([join(root, 'z.TXT'), '-', join(root, 'b.txt'), join(root, 'z.TXT')])).toEqual([join(root, 'z.TXT'), '-', join(root, 'b.txt')]);
  });

  it('reports a missing file and a glob that matches nothing in their places', async () => {
    const inputs = await expandInputs(['nope.txt', '*.nothing'], root);
    expect(inputs.map((i) => (i.kind === 'missing' ? i.message : ''))).toEqual([
      'nope.txt: no such file (ENOENT)',
      '*.nothing: no files match',
    ]);
  });
});
