// summarize serve over real HTTP on 127.0.0.1: every status the API promises, the same summary as
// the CLI, the OpenAPI examples, CORS, rate limits, the address guard, logs and a graceful stop.
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi } from '../../src/serve/openapi.js';
import { runCli } from '../helpers.js';
import { type Served, post, serve } from './server.js';

const ARTICLE = readFileSync(new URL('../../fixtures/no-time-to-read.txt', import.meta.url), 'utf8');
const PAGE = readFileSync(new URL('../../fixtures/pages/city-news.html', import.meta.url), 'utf8');

// a page server on loopback: what a URL in a request may lead to
let pages: Server;
let pagesBase = '';
let releaseSlow: () => void = () => {};
let slowArrived: () => void = () => {};
const slowSeen = new Promise<void>((resolve) => {
  slowArrived = resolve;
});

beforeAll(async () => {
  pages = createServer((req, res) => {
    if (req.url === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (req.url === '/to-private') return res.writeHead(302, { location: 'http://127.0.0.1:8/secret' }).end();
    if (req.url === '/never') return; // no answer at all: the request must time out
    if (req.url === '/held') {
      slowArrived();
      releaseSlow = () => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    return res.writeHead(404).end();
  });
  await new Promise<void>((ready) => pages.listen(0, '127.0.0.1', ready));
  pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
});

afterAll(async () => {
  pages.closeAllConnections();
  await new Promise((done) => pages.close(done));
});

describe('summarize serve', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve(['--max-bytes', '64k', '--cors-origin', 'https://news.example']);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers /healthz, and summarizes text exactly as summarize --json does', async () => {
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    const { status, json } = await post(`${server.base}/api/summarize`, { text: ARTICLE, sentences: 2, keywords: 3 });
    expect(status).toBe(200);
    const cli = await runCli(['--json', '-n', '2', '--keywords', '3', '-'], { stdin: ARTICLE });
    expect(json).toEqual(JSON.parse(cli.stdout));
    expect(json.sentences).toHaveLength(2);
    expect(json.stats.words).toBeGreaterThan(json.stats.summaryWords);
  });

  it('says so when there is nothing to summarize', async () => {
    const empty = await post(`${server.base}/api/summarize`, { text: '   ' });
    expect(empty.status).toBe(200);
    expect(empty.json.sentences).toEqual([]);
    expect(empty.json.warnings).toEqual(['no sentences to summarize']);
  });

  it('takes HTML, and plain text with options in the query string', async () => {
    const html = await post(`${server.base}/api/summarize`, { html: PAGE, sentences: 1 });
    expect(html.status).toBe(200);
    expect(html.json.title).toBe('Harbour bridge to close for two years of repairs');
    const plain = await post(`${server.base}/api/summarize?sentences=1`, ARTICLE, 'text/plain; charset=utf-8');
    expect(plain.status).toBe(200);
    expect(plain.json.sentences).toHaveLength(1);
  });

  it('posts every example of /openapi.json and gets a summary with the fields the schema requires', async () => {
    const served = (await (await fetch(`${server.base}/openapi.json`)).json()) as any;
    expect(served).toEqual(JSON.parse(JSON.stringify(openApi)));
    const examples = Object.entries(served.paths['/api/summarize'].post.requestBody.content['application/json'].examples) as Array<
      [string, { value: Record<string, unknown> }]
    >;
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const required: string[] = served.components.schemas.Summary.required;
    for (const [name, { value }] of examples) {
      const { status, json } = await post(`${server.base}/api/summarize`, value);
      expect(status, name).toBe(200);
      for (const key of required) expect(json, `${name}: ${key}`).toHaveProperty(key);
      expect(json.sentences.length, name).toBeGreaterThan(0);
      if (value.sentences !== undefined) expect(json.sentences.length, name).toBe(value.sentences);
    }
  });

  it('gives 400 for malformed JSON and bad values, with a JSON error body and no stack', async () => {
    const cases: Array<[unknown, string, RegExp]> = [
      ['{"text": ', 'application/json', /not valid JSON/],
      [{}, 'application/json', /"text", "html" or "url"/],
      [{ text: 'a', url: 'http://x.example/' }, 'application/json', /not "text" and "url"/],
      // the command line's parser, naming the field as the request does
      [{ text: ARTICLE, sentences: 0 }, 'application/json', /invalid value '0' for "sentences": expected a whole number/],
      [{ text: ARTICLE, sentences: 101 }, 'application/json', /"sentences" must be at most 100/],
      [{ text: ARTICLE, ratio: 2 }, 'application/json', /invalid value '2' for "ratio": expected a fraction above 0/],
      [{ text: ARTICLE, method: 'textrnk' }, 'application/json', /for "method": expected tfidf, .*\(did you mean 'textrank'\?\)/],
      [{ text: ARTICLE, keywords: 51 }, 'application/json', /"keywords" must be at most 50/],
      [{ text: ARTICLE, avoid: ['quotes', 'jokes'] }, 'application/json', /invalid value 'jokes' for "avoid"/],
      [{ text: ARTICLE, type: 'headline', sentences: 2 }, 'application/json', /a headline is one sentence: its length is "length" or "words"/],
      [{ text: ARTICLE, sentences: 2, words: 40 }, 'application/json', /"sentences" and "words" cannot be used together/],
      [{ text: ARTICLE, sentences: { n: 2 } }, 'application/json', /"sentences" must be a string or a number/],
      [{ text: 42 }, 'application/json', /"text" must be a string/],
      [{ text: ARTICLE, colour: 'red' }, 'application/json', /unknown field "colour"/],
      [{ url: 'file:///etc/passwd' }, 'application/json', /absolute http or https URL/],
      [[1, 2], 'application/json', /JSON object/],
      ['"just a string"', 'application/json', /JSON object/],
    ];
    for (const [body, type, message] of cases) {
      const r = await post(`${server.base}/api/summarize`, body, type);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.error.message).toMatch(message);
      expect(typeof r.json.error.code).toBe('string');
      expect(JSON.stringify(r.json)).not.toMatch(/at .*\.js:\d+/);
    }
  });

  it('gives 413 for a body over --max-bytes, 415 for a wrong content type, 404 for no such path', async () => {
    const big = await post(`${server.base}/api/summarize`, { text: 'word '.repeat(20_000) });
    expect(big.status).toBe(413);
    expect(big.json.error.code).toBe('EFBIG');
    const xml = await post(`${server.base}/api/summarize`, '<text>hi</text>', 'application/xml');
    expect(xml.status).toBe(415);
    expect(xml.json.error.code).toBe('EMEDIATYPE');
    const missing = await fetch(`${server.base}/api/nothing`);
    expect(missing.status).toBe(404);
  });

  it('refuses URLs that lead to loopback, private, link-local or metadata addresses, by number and by name', async () => {
    for (const url of [`${pagesBase}/article`, 'http://localhost:8/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:8/', 'http://10.0.0.1/']) {
      const r = await post(`${server.base}/api/summarize`, { url });
      expect(r.status, url).toBe(403);
      expect(r.json.error.code).toBe('EPRIVATE');
    }
    const get = await fetch(`${server.base}/api/summarize?url=${encodeURIComponent('http://192.168.1.1/')}`);
    expect(get.status).toBe(403);
  });

  it('allows the origins of --cors-origin, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.base}/api/summarize`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://news.example')).headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const widget = await fetch(`${server.base}/widget.js`);
    expect(widget.headers.get('content-type')).toMatch(/javascript/);
    expect((await widget.text()).length).toBeLessThan(20 * 1024);
  });

  it('logs one JSON line per request on stderr, and stays up after every error', async () => {
    const probe = `/probe-${Date.now()}`;
    await fetch(`${server.base}${probe}?q=1`);
    // the line is written once the answer has gone: wait for it
    const lines = (await server.stderrMatches(new RegExp(`"path":"${probe}"`)))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({ method: 'GET', path: probe, status: 404 });
    expect(typeof lines.at(-1)!.ms).toBe('number');
    expect(lines.some((l) => l.status === 400)).toBe(true);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});

describe('summarize serve, with private URLs allowed and tight limits', () => {
  it('fetches a URL, but not past a redirect the CLI would refuse; times out with 504; rate-limits with 429', async () => {
    // 5 s: a loaded machine may take more than 1 s to fetch a page and summarize it the first time
    const server = await serve(['--allow-private-urls', '--timeout', '5', '--rate-limit', '4']);
    try {
      const page = await post(`${server.base}/api/summarize`, { url: `${pagesBase}/article`, sentences: 2 });
      expect(page.status).toBe(200);
      expect(page.json.sentences[0].text).toMatch(/^The harbour bridge/);
      const slow = await post(`${server.base}/api/summarize`, { url: `${pagesBase}/never` });
      expect(slow.status).toBe(504);
      expect(slow.json.error.code).toBe('ETIMEDOUT');
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(`${server.base}/api/summarize`, { text: ARTICLE })).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('refuses a redirect to a private address when private URLs are not allowed', async () => {
    // the page server is private too, so the first hop is refused: the guard runs on every hop alike
    const server = await serve([]);
    try {
      const r = await post(`${server.base}/api/summarize`, { url: `${pagesBase}/to-private` });
      expect(r.status).toBe(403);
    } finally {
      await server.stop();
    }
  });

  it('stops on SIGTERM once the request in flight is answered, and exits 0', async () => {
    const server = await serve(['--allow-private-urls']);
    const inFlight = post(`${server.base}/api/summarize`, { url: `${pagesBase}/held`, sentences: 1 });
    await slowSeen;
    const stopped = server.stop('SIGTERM');
    releaseSlow();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.json.sentences).toHaveLength(1);
    expect(await stopped).toBe(0);
  });
});

describe('summarize serve: bad command lines', () => {
  it('reports bad flags as usage errors, and a port in use in one line with exit 1', async () => {
    const bad = await runCli(['serve', '--port', '70000', '--cors-origin', 'news.example/path']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--port: expected a port number/);
    expect(bad.stderr).toMatch(/--cors-origin: expected origins/);
    const first = await serve([]);
    try {
      const port = new URL(first.base).port;
      const second = await runCli(['serve', '--port', port]);
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(`summarize: cannot listen on 127.0.0.1:${port}: the port is in use (pick another with --port, or --port 0 for any free one)\n`);
    } finally {
      await first.stop();
    }
  });
});
