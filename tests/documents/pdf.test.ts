import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/extract/pdf.js';
import { joinLines } from '../../src/extract/pdf-layout.js';
import { runCli } from '../helpers.js';
import { ARTICLE_TEXT, PARAGRAPHS, TITLE } from './article.js';
import { makePdf, paperPdf, type PdfLine } from './make-pdf.js';

const limits = { maxChars: 16 << 20, maxPages: 5000 };
const dir = mkdtempSync(join(tmpdir(), 'summarize-pdf-'));
const file = (name: string, bytes: Buffer | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const paper = (): Buffer =>
  paperPdf(PARAGRAPHS, { title: TITLE, header: TITLE, firstHeader: 'Proceedings of the Harbour Workshop, volume 7', footer: true, rows: 20 });

describe('a PDF paper', () => {
  it('reads two columns in order, in paragraphs, without running headers, footers or the title line', async () => {
    const { title, text } = await extractPdf(paper(), 'paper.pdf', limits);
    expect(title).toBe(TITLE);
    expect(text.split('\n\n')).toEqual(PARAGRAPHS);
    expect(text).not.toMatch(/Page \d|Proceedings|Harbour Workshop/);
  });

  it('prefers the title in its metadata', async () => {
    const pdf = makePdf([[{ text: 'A Large Line That Is Not The Title', x: 60, y: 760, size: 18 }, ...PARAGRAPHS.slice(0, 2).map((p, i) => ({ text: p.slice(0, 80), x: 60, y: 700 - i * 14 }))]], {
      title: 'Bees on the Roofs',
    });
    expect((await extractPdf(pdf, 'meta.pdf', limits)).title).toBe('Bees on the Roofs');
  });

  it('gives the summary the same article as text gives', async () => {
    const pdf = file('paper.pdf', paper());
    const txt = file('paper.txt', ARTICLE_TEXT);
    for (const n of ['2', '4']) {
      const fromPdf = await runCli(['--json', '-n', n, pdf]);
      const fromText = await runCli(['--json', '-n', n, txt]);
      expect(fromPdf.code).toBe(0);
      const a = JSON.parse(fromPdf.stdout) as { title: string; sentences: { text: string }[] };
      const b = JSON.parse(fromText.stdout) as { title: string; sentences: { text: string }[] };
      expect(a.title).toBe(TITLE);
      expect(a.sentences.map((s) => s.text)).toEqual(b.sentences.map((s) => s.text));
    }
  });

  it('keeps headers and footers out of --highlight', async () => {
    const pdf = file('highlight.pdf', paper());
    const { code, stdout } = await runCli(['--highlight', pdf]);
    expect(code).toBe(0);
    expect(stdout).toContain('**');
    expect(stdout).not.toMatch(/Page \d+ of|Proceedings/);
  });

  it('takes --keywords and --type as a text does', async () => {
    const pdf = file('shapes.pdf', paper());
    const txt = file('shapes.txt', ARTICLE_TEXT);
    for (const argv of [['--keywords', '4'], ['--type', 'tldr'], ['--type', 'headline']]) {
      const a = await runCli([...argv, pdf]);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe((await runCli([...argv, txt])).stdout);
    }
  });

  it('keeps footnotes, captions, figure text and the references out of the text', async () => {
    const body = PARAGRAPHS.slice(0, 2).flatMap((p) => [p.slice(0, 90), p.slice(90, 180)]);
    const lines: PdfLine[] = [
      ...body.map((t, i) => ({ text: t, x: 50, y: 760 - i * 14 })),
      { text: 'Figure 1: Hives on a warehouse roof at dawn.', x: 50, y: 690 },
      { text: 'hive count 212 roofs 90', x: 80, y: 670, size: 7 },
      { text: PARAGRAPHS[2]!.slice(0, 90), x: 62, y: 640 },
      { text: '1 The survey was made by volunteers in the autumn.', x: 50, y: 120, size: 7 },
      { text: 'References', x: 50, y: 600, size: 12 },
      { text: 'Smith, J. 2019. Bees in towns. Harbour Press.', x: 50, y: 580 },
    ];
    const { text } = await extractPdf(makePdf([lines]), 'notes.pdf', limits);
    expect(text).toContain('Beekeepers in the old harbour district');
    expect(text).toContain('Honey from the roofs');
    expect(text).not.toMatch(/Figure 1|hive count|volunteers|Smith|Harbour Press|References/);
  });
});

describe('words hyphenated at line ends', () => {
  const vocabulary = new Set(['part', 'of', 'speech', 'rank', 'orders', 'word']);

  it.each([
    ['a tagger for part-', 'of-speech tags', 'a tagger for part-of-speech tags'],
    ['the segmen-', 'tation of words', 'the segmentation of words'],
    ['it rank-', 'orders the words', 'it rank-orders the words'],
    ['the end of a sentence -', 'and more', 'the end of a sentence - and more'],
    ['Smith-', 'Jones said', 'Smith- Jones said'],
  ])('joins %j and %j as %j', (a, b, joined) => {
    expect(joinLines(a, b, vocabulary)).toBe(joined);
  });

  it('are joined in a PDF', async () => {
    const lines: PdfLine[] = [
      { text: 'We built a tagger that assigns part-', x: 50, y: 760 },
      { text: 'of-speech labels and handles the segmen-', x: 50, y: 746 },
      { text: 'tation of words in running text well.', x: 50, y: 732 },
    ];
    const { text } = await extractPdf(makePdf([lines]), 'hyphens.pdf', limits);
    expect(text).toBe('We built a tagger that assigns part-of-speech labels and handles the segmentation of words in running text well.');
  });
});

describe('bad PDFs', () => {
  it.each([
    ['encrypted.pdf', () => makePdf([[{ text: 'Secret minutes of the meeting.', x: 50, y: 700 }]], { encrypted: true }), 'encrypted.pdf: the PDF is encrypted: decrypt it first'],
    ['scanned.pdf', () => makePdf([[], []], { scanned: true }), 'scanned.pdf: has no text to summarize: it looks scanned; run OCR first'],
    ['corrupt.pdf', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF\n'), 'corrupt.pdf: '],
    ['truncated.pdf', () => paper().subarray(0, 300), 'truncated.pdf: '],
  ])('%s: one line naming the file, exit 1', async (name, make, message) => {
    const path = file(name, make());
    const { code, stdout, stderr } = await runCli([path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`summarize: ${join(dir, message)}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('fails alone in a batch, with its name', async () => {
    const good = file('good.pdf', paper());
    const bad = file('locked.pdf', makePdf([[{ text: 'Locked.', x: 50, y: 700 }]], { encrypted: true }));
    const { code, stdout, stderr } = await runCli([bad, good]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}: the PDF is encrypted: decrypt it first`);
    expect(stdout).toContain(`==> ${good} <==`);
    expect(stdout).toContain('Beekeepers');
  });

  it('reads a PDF of 5,000 pages within bounds', async () => {
    const pages = Array.from({ length: 5000 }, (_, i) => [{ text: `Line ${i} of the long minutes, where the keepers met again.`, x: 50, y: 700 }]);
    const path = file('long.pdf', makePdf(pages));
    const { code, stdout, stderr } = await runCli(['-n', '1', path]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/keepers met again/);
    expect(stderr).toBe(`summarize: ${path}: only the first 2000 of its 5000 pages were read\n`);
  }, 120_000);
});

describe('PDFs found by their content', () => {
  it('reads a PDF on standard input and under another name, and a text about PDFs as text', async () => {
    const expected = (await runCli(['-n', '2', file('named.pdf', paper())])).stdout;
    expect((await runCli(['-n', '2'], { stdin: paper() })).stdout).toBe(expected);
    expect((await runCli(['-n', '2', file('renamed.bin', paper())])).stdout).toBe(expected);
    const about = file('about.txt', 'A file that starts with %PDF-1.7 is a PDF. This note only mentions the header. It is text all the same.\n');
    const { code, stdout } = await runCli(['-n', '1', about]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/PDF/);
  });

  it('reads a PDF as text only when --input says so, and refuses a text as PDF with one line', async () => {
    const text = file('plain.txt', ARTICLE_TEXT);
    const { code, stderr } = await runCli(['--input', 'pdf', text]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^summarize: .*plain\.txt: not a readable PDF \(.*\)\n$/);
  });
});

describe('pdf.js without its optional native canvas', () => {
  it('reads a PDF, silently, where @napi-rs/canvas cannot be loaded', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const bin = fileURLToPath(new URL('../../bin/summarize.js', import.meta.url));
    // a module hook that makes the native canvas unloadable, as where it is not installed
    const hide = `import Module from 'node:module'; const r = Module._resolveFilename; Module._resolveFilename = function (req, ...rest) { if (req.startsWith('@napi-rs/canvas')) throw new Error('Cannot find module ' + req); return r.call(this, req, ...rest); };`;
    const pdf = file('no-canvas.pdf', paper());
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hide)}`, bin, '-n', '1', pdf], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/bees|hives|keepers/i);
  });
});
