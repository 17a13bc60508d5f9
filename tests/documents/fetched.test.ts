// Documents and captions from a URL are read by their content type (or, served as octet-stream, by their bytes).
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { PARAGRAPHS, TITLE } from './article.js';
import { paperPdf } from './make-pdf.js';
import { makeDocx } from './make-zip.js';

const VTT = 'WEBVTT\n\n00:05.000 --> 00:07.000\n<v Ana>The harbour council met\n\n00:07.000 --> 00:09.000\ntonight about the bees.\n\n01:10.000 --> 01:12.000\n<v Ben>It agreed to count them first.\n';

let server: Server;
let base = '';
beforeAll(async () => {
  const pdf = paperPdf(PARAGRAPHS, { title: TITLE, header: TITLE, footer: true, rows: 20 });
  const docx = makeDocx(TITLE, PARAGRAPHS);
  server = createServer((req, res) => {
    if (req.url === '/paper') return res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    if (req.url === '/download') return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(docx);
    if (req.url === '/talk') return res.writeHead(200, { 'content-type': 'text/vtt; charset=utf-8' }).end(VTT);
    return res.writeHead(404).end();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('documents from a URL', () => {
  it('reads application/pdf as a PDF', async () => {
    const { code, stdout } = await runCli(['--json', '-n', '2', `${base}/paper`]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { title: string; sentences: { text: string }[] };
    expect(json.title).toBe(TITLE);
    expect(json.sentences.map((s) => s.text).join(' ')).not.toMatch(/Page \d/);
  });

  it('reads a Word file served as application/octet-stream by its bytes', async () => {
    const { code, stdout } = await runCli(['--json', '-n', '2', `${base}/download`]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { title: string }).title).toBe(TITLE);
  });

  it('reads text/vtt as captions, with start times', async () => {
    const { code, stdout } = await runCli(['--json', '-n', '2', `${base}/talk`]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { sentences: { text: string; start: number }[] };
    expect(json.sentences).toEqual([
      expect.objectContaining({ text: 'The harbour council met tonight about the bees.', start: 5, speaker: 'Ana' }),
      expect.objectContaining({ text: 'It agreed to count them first.', start: 70, speaker: 'Ben' }),
    ]);
  });
});
