import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { ARTICLE_TEXT, PARAGRAPHS, TITLE } from './article.js';
import { makeDocx, makeEpub } from './make-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'summarize-office-'));
const file = (name: string, bytes: Buffer | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

type Json = { title: string | null; sentences: { text: string }[] };
const summaryOf = async (argv: string[], stdin?: Buffer): Promise<Json> => {
  const { code, stdout, stderr } = await runCli(['--json', ...argv], stdin === undefined ? {} : { stdin });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Json;
};

const asText = file('article.txt', ARTICLE_TEXT);

describe('Word and EPUB documents', () => {
  it.each(['1', '3', '5'])('a .docx gives the summary the article gives as text (-n %s)', async (n) => {
    const docx = file('article.docx', makeDocx(TITLE, PARAGRAPHS));
    const a = await summaryOf(['-n', n, docx]);
    const b = await summaryOf(['-n', n, asText]);
    expect(a.title).toBe(TITLE);
    expect(a.sentences.map((s) => s.text)).toEqual(b.sentences.map((s) => s.text));
  });

  it('takes a Word file title from its properties', async () => {
    const docx = file('props.docx', makeDocx(TITLE, PARAGRAPHS, { coreTitle: 'Bees Above the Harbour' }));
    expect((await summaryOf([docx])).title).toBe('Bees Above the Harbour');
  });

  it.each(['1', '3', '5'])('an .epub gives the summary the article gives as text, chapters in spine order (-n %s)', async (n) => {
    const epub = file('article.epub', makeEpub(TITLE, [PARAGRAPHS.slice(0, 4), PARAGRAPHS.slice(4)]));
    const a = await summaryOf(['-n', n, epub]);
    const b = await summaryOf(['-n', n, asText]);
    expect(a.title).toBe(TITLE);
    expect(a.sentences.map((s) => s.text)).toEqual(b.sentences.map((s) => s.text));
  });

  it('reads the whole book in spine order for --highlight', async () => {
    const epub = file('order.epub', makeEpub(TITLE, [PARAGRAPHS.slice(0, 4), PARAGRAPHS.slice(4)]));
    const { stdout } = await runCli(['--highlight', epub]);
    const first = stdout.indexOf('Beekeepers in the old harbour');
    const last = stdout.indexOf('For the keepers the roofs');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
  });

  it.each([
    ['docx', () => makeDocx(TITLE, PARAGRAPHS)],
    ['epub', () => makeEpub(TITLE, [PARAGRAPHS])],
  ])('a %s is recognised by its content on standard input and under another name', async (_, make) => {
    const bytes = make();
    const fromStdin = await summaryOf(['-n', '2'], bytes);
    const renamed = await summaryOf(['-n', '2', file(`renamed-${_}.bin`, bytes)]);
    const b = await summaryOf(['-n', '2', asText]);
    expect(fromStdin.sentences).toEqual(b.sentences);
    expect(renamed.sentences).toEqual(b.sentences);
  });
});

describe('bad Word and EPUB documents', () => {
  // 40 MB of one letter: a few kilobytes zipped
  const bomb = (): Buffer =>
    Buffer.from(
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/document.xml': new Uint8Array(40 << 20).fill(0x61),
      }),
    );

  it.each([
    ['notzip.docx', () => Buffer.from('These are meeting notes saved with the wrong name.\n'), 'notzip.docx: not a Word document (not a zip file)'],
    ['notzip.epub', () => Buffer.from('Chapter one of a book that is no book.\n'), 'notzip.epub: not an EPUB book (not a zip file)'],
    ['empty.docx', () => Buffer.from(zipSync({ 'readme.txt': strToU8('nothing here') })), 'empty.docx: not a Word document (no word/document.xml inside)'],
    ['cut.docx', () => makeDocx(TITLE, PARAGRAPHS).subarray(0, 200), 'cut.docx: not a readable Word document'],
    ['bomb.docx', bomb, 'bomb.docx: unpacks to more than --max-bytes (16777216 bytes)'],
  ])('%s: one line naming the file, exit 1', async (name, make, message) => {
    const path = file(name, make());
    const { code, stdout, stderr } = await runCli([path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`summarize: ${join(dir, message)}`);
  });

  it('bounds a zip bomb by --max-bytes', async () => {
    const small = file('small-bomb.docx', Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(3 << 20).fill(0x61) })));
    const { code, stderr } = await runCli(['--max-bytes', '1M', small]);
    expect(code).toBe(1);
    expect(stderr).toBe(`summarize: ${small}: unpacks to more than --max-bytes (1048576 bytes)\n`);
  });

  it('a folder mixing kinds: each bad one fails alone, with its name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'summarize-mixed-'));
    writeFileSync(join(folder, 'a.txt'), ARTICLE_TEXT);
    writeFileSync(join(folder, 'b.docx'), makeDocx(TITLE, PARAGRAPHS));
    writeFileSync(join(folder, 'c.epub'), 'not a book');
    writeFileSync(join(folder, 'd.epub'), makeEpub(TITLE, [PARAGRAPHS]));
    const { code, stdout, stderr } = await runCli(['--json', '-n', '2', folder]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; error?: unknown; sentences?: unknown[] });
    expect(lines.map((l) => [l.path.slice(folder.length + 1), l.error === undefined])).toEqual([
      ['a.txt', true],
      ['b.docx', true],
      ['c.epub', false],
      ['d.epub', true],
    ]);
    expect(stderr).toContain(`${join(folder, 'c.epub')}: not an EPUB book (not a zip file)`);
  });
});
