// URLs, against a local HTTP server on 127.0.0.1: never the internet.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const PAGE = readFileSync(new URL('../fixtures/pages/city-news.html', import.meta.url), 'utf8');
let server: Server;
let base = '';
const seen: Array<Record<string, string | string[] | undefined>> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const path = req.url ?? '/';
    if (path === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/moved') return res.writeHead(301, { location: '/article' }).end();
    if (path.startsWith('/loop')) return res.writeHead(302, { location: `/loop${path.length}` }).end();
    if (path === '/plain') return res.writeHead(200, { 'content-type': 'text/plain' }).end('The council met today. It approved the budget.');
    if (path === '/pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    if (path === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (path === '/big') return res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'word '.repeat(5000)}</p>`);
    if (path === '/busy') return res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Try later</h1>');
    if (path === '/to-data') return res.writeHead(302, { location: 'data:text/html,<p>Injected text that must not be summarized. It came from a data URL.</p>' }).end();
    if (path === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (path === '/binary') return res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]));
    if (path === '/slow') return setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 3000);
    return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('summarize URL', () => {
  it('fetches the page and summarizes its article, with a User-Agent of its own', async () => {
    const { code, stdout, stderr } = await runCli(['--json', '-n', '2', `${base}/article`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { title: string; sentences: Array<{ text: string }> };
    expect(parsed.title).toBe('Harbour bridge to close for two years of repairs');
    expect(parsed.sentences[0]!.text).toMatch(/^The harbour bridge/);
    expect(String(seen.at(-1)?.['user-agent'])).toMatch(/^summarize\/\d/);
  });

  it('follows redirects, up to a limit', async () => {
    expect((await runCli(['-n', '1', `${base}/moved`])).stdout).toMatch(/^The harbour bridge/);
    const loop = await runCli([`${base}/loop`]);
    expect(loop.code).toBe(1);
    expect(loop.stderr).toBe(`summarize: ${base}/loop: more than 5 redirects\n`);
  });

  it('reads text/plain as text', async () => {
    expect((await runCli([`${base}/plain`])).stdout).toBe('The council met today.\nIt approved the budget.\n');
  });

  it.each([
    ['/missing', /: HTTP 404 Not Found$/],
    ['/busy', /: HTTP 503 Service Unavailable$/],
    ['/pdf', /\/pdf: not a readable PDF \(.*\)$/],
    ['/image', /: not an HTML page \(image\/png\)$/],
  ])('says plainly what is wrong with %s', async (path, message) => {
    const { code, stdout, stderr } = await runCli([`${base}${path}`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(message);
  });

  it('stops at --max-bytes', async () => {
    const { code, stderr } = await runCli(['--max-bytes', '1k', `${base}/big`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/big: larger than --max-bytes \(1024 bytes\)/);
  });

  it('gives up after --timeout', async () => {
    const { code, stderr } = await runCli(['--timeout', '0.3', `${base}/slow`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`summarize: ${base}/slow: timed out after 0.3 s\n`);
  });

  it('names a network error', async () => {
    // a port that was free a moment ago: nothing listens there now
    const probe = createServer();
    await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
    const { port } = probe.address() as AddressInfo;
    await new Promise((done) => probe.close(done));
    const { code, stderr } = await runCli([`http://127.0.0.1:${port}/nothing`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot connect \(ECONNREFUSED\)/);
  });

  it('follows redirects to http and https only, at every hop', async () => {
    for (const route of ['/to-data', '/to-file']) {
      const { code, stdout, stderr } = await runCli([`${base}${route}`]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/redirected to a (data|file): URL; only http and https are followed/);
    }
  });

  it('refuses binary bytes served as text/html, as it refuses a binary file', async () => {
    const { code, stderr } = await runCli([`${base}/binary`]);
    expect(code).toBe(1);
    expect(stderr).toBe(`summarize: ${base}/binary: binary file (contains NUL bytes)\n`);
  });

  it('mixes URLs with files in one run', async () => {
    const { code, stdout } = await runCli(['-n', '1', `${base}/plain`, 'fixtures/no-time-to-read.txt']);
    expect(code).toBe(0);
    expect(stdout).toContain(`==> ${base}/plain <==`);
    expect(stdout).toContain('==> fixtures/no-time-to-read.txt <==');
  });
});
