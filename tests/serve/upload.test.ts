// summarize serve takes documents as uploads: POST /api/summarize with the file's content type.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, PARAGRAPHS, TITLE } from '../documents/article.js';
import { makePdf, paperPdf } from '../documents/make-pdf.js';
import { makeDocx } from '../documents/make-zip.js';
import { runCli } from '../helpers.js';
import { type Served, serve } from './server.js';

let served: Served;
beforeAll(async () => {
  served = await serve(['--max-bytes', '256k', '--rate-limit', '0']);
});
afterAll(async () => {
  await served.stop();
});

const upload = async (bytes: Buffer, type: string, query = ''): Promise<{ status: number; json: any }> => {
  const response = await fetch(`${served.base}/api/summarize${query}`, { method: 'POST', headers: { 'content-type': type }, body: bytes });
  return { status: response.status, json: JSON.parse(await response.text()) };
};

const textSummary = async (n: string): Promise<string[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'summarize-upload-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE_TEXT);
  return (JSON.parse((await runCli(['--json', '-n', n, join(dir, 'a.txt')])).stdout) as { sentences: { text: string }[] }).sentences.map((s) => s.text);
};

describe('serve: document uploads', () => {
  it.each([
    ['application/pdf', () => paperPdf(PARAGRAPHS, { title: TITLE, header: TITLE, footer: true, rows: 20 })],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', () => makeDocx(TITLE, PARAGRAPHS)],
  ])('summarizes a %s body as the CLI summarizes the article', async (type, make) => {
    const { status, json } = await upload(make(), type, '?sentences=3');
    expect(status).toBe(200);
    expect(json.title).toBe(TITLE);
    expect(json.sentences.map((s: { text: string }) => s.text)).toEqual(await textSummary('3'));
  });

  it('answers a bad document with 422 and one message', async () => {
    const { status, json } = await upload(makePdf([[{ text: 'Locked minutes.', x: 50, y: 700 }]], { encrypted: true }), 'application/pdf');
    expect(status).toBe(422);
    expect(json.error.message).toBe('request: the PDF is encrypted: decrypt it first');
  });

  it('refuses an upload over its size limit with 413', async () => {
    const big = paperPdf(Array.from({ length: 80 }, () => PARAGRAPHS.join(' ')), { title: TITLE });
    expect(big.length).toBeGreaterThan(256 * 1024);
    const { status } = await upload(big, 'application/pdf');
    expect(status).toBe(413);
  });

  it('does not take a document as a JSON field', async () => {
    const response = await fetch(`${served.base}/api/summarize`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ document: 'JVBERi0=', inputKind: 'pdf' }),
    });
    expect(response.status).toBe(400);
  });
});
