// The widget in real Chromium (Debian's `chromium`, driven by puppeteer-core): a news page on one origin
// embeds the widget served by `summarize serve` on another; the button, by mouse and by keyboard,
// shows 3 sentences of the article body and none of the page's furniture. Skipped where there is no
// Chromium (CI installs it). The screenshot is saved to tests/artifacts/widget.png.
// (Callbacks passed to evaluate run in the page: they reach its DOM through `globalThis`, untyped,
// so that the project's types stay those of Node.)
import { existsSync, mkdirSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from './server.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p): p is string => p !== undefined && p !== '' && existsSync(p),
);

const BODY = [
  'The harbour authority said on Monday that the old swing bridge will close to traffic for eighteen months from March while engineers replace its corroded steel deck.',
  'Inspectors found last winter that salt water had eaten through a third of the supporting beams, and a temporary weight limit has slowed buses since then.',
  'About twelve thousand vehicles cross the bridge each day, and the city expects most of them to use the ring road while the work goes on.',
  'A free ferry will run every ten minutes between the two quays for people on foot and on bicycles, paid for by the harbour authority.',
  'Shopkeepers on the east quay warned that the closure could halve the number of people who pass their doors in the busiest months.',
  'The authority said the new deck would carry heavier vehicles and should last at least sixty years with ordinary maintenance.',
  'Work on the approach roads will begin in January, before the bridge itself closes, so that the diversions are ready in time.',
];

const page = (widget: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour bridge to close for repairs | Quayside Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main>
<article>
  <h1>Harbour bridge to close for eighteen months of repairs</h1>
  <p class="byline">By Ana Ruiz, Transport Correspondent. Published 11:08 a.m., Monday, November 18, 2026</p>
  <script src="${widget}/widget.js" defer></script>
  <figure><img src="bridge.jpg" alt=""><figcaption>The swing bridge at dusk. (Photo: Quayside Gazette/Tom Hale)</figcaption></figure>
  ${BODY.map((p) => `<p>${p}</p>`).join('\n  ')}
  <p class="tags">Tags: bridge, harbour, transport, roads</p>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry fares to rise next year</a></li><li><a href="/b">Ring road works finished early</a></li></ul></aside>
</main>
<footer><p>© 2026 Quayside Gazette. All rights reserved. Terms of use. Privacy policy.</p></footer>
</body></html>`;

describe.skipIf(CHROMIUM === undefined)('the widget in Chromium', () => {
  let news: Server;
  let newsBase = '';
  let server: Served;
  let browser: import('puppeteer-core').Browser;

  beforeAll(async () => {
    // the news site and the summarizer are two origins: two ports of 127.0.0.1
    news = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((ready) => news.listen(0, '127.0.0.1', ready));
    newsBase = `http://127.0.0.1:${(news.address() as AddressInfo).port}`;
    server = await serve(['--cors-origin', newsBase, '--quiet']);
    html = page(server.base);
    const puppeteer = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: CHROMIUM!,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    });
  });
  let html = '';

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    news?.closeAllConnections();
    await new Promise((done) => news?.close(done));
  });

  /** The sentences the widget shows, once its panel holds a list. */
  const shown = async (p: import('puppeteer-core').Page): Promise<{ items: string[]; meta: string; expanded: string | null }> => {
    await p.waitForFunction(() => (globalThis as any).document.querySelector('summarize-widget')?.shadowRoot?.querySelector('li, .error') != null, {
      timeout: 60_000,
    });
    return p.evaluate(() => {
      const root = (globalThis as any).document.querySelector('summarize-widget').shadowRoot;
      return {
        items: Array.from(root.querySelectorAll('li') as ArrayLike<{ textContent: string | null }>).map((li) => li.textContent ?? ''),
        meta: root.querySelector('.meta, .error')?.textContent ?? '',
        expanded: root.querySelector('button')!.getAttribute('aria-expanded'),
      };
    });
  };

  it('shows 3 sentences of the article body on a click, and none of the furniture', async () => {
    const p = await browser.newPage();
    await p.setViewport({ width: 420, height: 900 });
    await p.goto(`${newsBase}/news/bridge`, { waitUntil: 'load' });
    const button = await p.waitForSelector('summarize-widget >>> button');
    expect(await button!.evaluate((b) => b.textContent)).toBe('No time to read? Get a summary');
    await button!.click();
    const { items, meta, expanded } = await shown(p);
    expect(meta).toMatch(/3 of 7 sentences · .* saved/);
    expect(items).toHaveLength(3);
    for (const item of items) expect(BODY).toContain(item);
    expect(expanded).toBe('true');
    mkdirSync(new URL('../artifacts/', import.meta.url), { recursive: true });
    await p.screenshot({ path: new URL('../artifacts/widget.png', import.meta.url).pathname as `${string}.png`, fullPage: false });
    await p.close();
  });

  it('runs the demo page: pasted text gives its summary, through the same widget', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.base}/`, { waitUntil: 'load' });
    await p.type('#input', BODY.join(' '));
    await p.select('#sentences', '2');
    const button = await p.waitForSelector('summarize-widget >>> button');
    await button!.click();
    const { items, meta } = await shown(p);
    expect(items).toHaveLength(2);
    for (const item of items) expect(BODY).toContain(item);
    expect(meta).toMatch(/2 of 7 sentences/);
    await p.close();
  });

  it('opens with Enter from the keyboard, and Escape closes it and keeps the focus on the button', async () => {
    const p = await browser.newPage();
    await p.goto(`${newsBase}/news/bridge`, { waitUntil: 'load' });
    const button = await p.waitForSelector('summarize-widget >>> button');
    // Tab through the page's links until the widget's button has the focus
    for (let i = 0; i < 20; i++) {
      await p.keyboard.press('Tab');
      const onButton = await p.evaluate(() => {
        const active = (globalThis as any).document.activeElement;
        return active?.tagName === 'SUMMARIZE-WIDGET' && active.shadowRoot?.activeElement?.tagName === 'BUTTON';
      });
      if (onButton) break;
    }
    expect(await button!.evaluate((b) => (b.getRootNode() as any).activeElement === b)).toBe(true);
    await p.keyboard.press('Enter');
    const { items } = await shown(p);
    expect(items).toHaveLength(3);
    for (const item of items) expect(BODY).toContain(item);
    await p.keyboard.press('Escape');
    expect(await button!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('false');
    expect(await button!.evaluate((b) => (b.getRootNode() as any).activeElement === b)).toBe(true);
    await p.close();
  });
});
