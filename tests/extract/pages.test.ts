// Real web pages: the summary comes from the article, every time. Each page here is written for the
// test and reproduces one way real pages went wrong (issue "Real web pages").
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { NEWS_BODY as BODY } from '../fixtures.js';

const paragraphs = BODY.map((s) => `<p>${s}</p>`).join('\n');
const page = (body: string, head = ''): string =>
  `<!doctype html><html><head><title>Council Passes Budget</title>${head}</head><body>${body}</body></html>`;

/** Summarize a page at -n 3 and -n 5; every sentence must be one of the body's. */
const fromBodyOnly = async (html: string): Promise<string[]> => {
  const picked: string[] = [];
  for (const n of ['3', '5']) {
    const { code, stdout, stderr } = await runCli(['--input', 'html', '-n', n, '-'], { stdin: html });
    expect(code, stderr).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines.length).toBe(Number(n));
    for (const line of lines) expect(BODY).toContain(line);
    picked.push(...lines);
  }
  return picked;
};

describe('the article is found, whatever its wrapper is called', () => {
  it.each([
    ['a sidebar-named wrapper', `<div class="content-with-sidebar-wrp"><article>${paragraphs}</article></div><aside class="sidebar">Most read: Ten things to do this weekend in town.</aside>`],
    ['a wrapper with ad words in its class', `<div class="l-sidebar-fixed l-article-body-segment non-ad-column-l Page-ad-margins">${paragraphs}</div>`],
    ['a page wrapped whole in a form', `<form id="aspnetForm" action="/x"><div class="box article modal-enabled paywall">${paragraphs}</div></form>`],
    ['a main with a social class', `<main class="js-social-anchor-start">${paragraphs}</main><footer>© 2019 The Daily Paper. All rights reserved.</footer>`],
  ])('in %s', async (_name, body) => {
    await fromBodyOnly(page(body));
  });
});

describe('page parts keep their roles', () => {
  it('never picks a caption or an agency credit', async () => {
    const html = page(`<article>
      <p>${BODY[0]}</p>
      <figure><img src="a.jpg"><figcaption>Council members vote on the budget in the city hall chamber on Tuesday night. (AP Photo/Jane Doe)</figcaption></figure>
      <div class="image-caption">A teacher talks to pupils in a classroom that will be repaired with the new money this year.</div>
      <p>${BODY[1]}</p><p>${BODY[2]}</p>
      <p>Protesters gather outside the town hall before the budget vote on Tuesday. REUTERS/John Smith</p>
      <p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    await fromBodyOnly(html);
  });

  it('never picks the blurb of a teaser card whose image and headline link to another page', async () => {
    const card = (slug: string, headline: string, blurb: string): string =>
      `<div class="tumb"><div class="r"><a href="/${slug}.html"><img src="/${slug}.jpg" alt=""></a></div><div class="title"><a href="/${slug}.html">${headline}</a></div><div class="body">${blurb}</div></div>`;
    const html = page(`<div id="content"><h1>Council Passes Budget</h1>${paragraphs}
      <h2>Most popular</h2>
      ${card('schools', 'Schools budget', 'The council budget for schools rises by a tenth as the city spends more on teachers and buildings.')}
      ${card('taxes', 'Tax forecast', 'Officials said the budget forecasts of tax income next year were optimistic, the council heard.')}
      ${card('mayor', 'Mayor speaks', 'The mayor said the council budget marked a turning point for the city and its schools.')}
    </div>`);
    await fromBodyOnly(html);
  });

  it('shows the dek as the subtitle, never as a summary sentence', async () => {
    const dek = 'Schools are the big winners of a budget that took the whole night to agree on.';
    const html = page(`<article><header><h1>Council Passes Budget</h1><h2>${dek}</h2>
      <p class="byline">By Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</p></header>${paragraphs}</article>`);
    await fromBodyOnly(html);
    const json = JSON.parse((await runCli(['--input', 'html', '--json', '-'], { stdin: html })).stdout) as { subtitle: string; title: string };
    expect(json.subtitle).toBe(dek);
    const block = (await runCli(['--input', 'html', '-'], { stdin: html, tty: true })).stdout;
    expect(block).toContain(dek);
    const md = (await runCli(['--input', 'html', '--format', 'markdown', '-'], { stdin: html })).stdout;
    expect(md).toContain(`*${dek}*`);
  });

  it('finds the dek of a page in Russian: a headline in other letters is not every heading', async () => {
    // the title was compared with headings in ASCII word characters only: every Cyrillic heading read
    // as the title, so the dek was dropped with it and never shown
    const title = 'Городской совет утвердил бюджет';
    const dek = 'Школы получат больше всего денег из бюджета, который обсуждали всю ночь.';
    const body = [
      'Городской совет во вторник утвердил новый бюджет, который увеличивает расходы на школы на десятую часть.',
      'Голосованию предшествовали долгие ночные дебаты, в ходе которых несколько депутатов просили сократить другие статьи.',
      'Чиновники сообщили, что деньги пойдут на новых учителей и ремонт трёх старых зданий.',
      'Противники плана предупредили, что он опирается на слишком оптимистичные прогнозы налоговых доходов.',
    ];
    const html = `<!doctype html><html lang="ru"><head><title>${title}</title></head><body><article><header><h1>${title}</h1><h2>${dek}</h2></header>
      ${body.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
    const { code, stdout, stderr } = await runCli(['--input', 'html', '--json', '-n', '2', '-'], { stdin: html });
    expect(code, stderr).toBe(0);
    const json = JSON.parse(stdout) as { subtitle?: string; title: string; sentences: Array<{ text: string }> };
    expect(json.title).toBe(title);
    expect(json.subtitle).toBe(dek);
    for (const s of json.sentences) expect(body).toContain(s.text);
  });

  it('finds the dek by its class too, and drops bylines, tag lines and related links', async () => {
    const html = page(`<article><p class="article__standfirst">The budget raises school spending by a tenth after a long night of talks.</p>
      <div class="byline">Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</div>
      ${paragraphs}
      <p><a href="/other">Who will win the school football cup this year?</a></p>
      <div class="tags">Tags: budget, council, schools, city hall</div>
      <p>Budget, Council, Schools, City Hall</p></article>`);
    await fromBodyOnly(html);
  });

  it.each([
    ['an Italian sommario and occhiello', '<p class="occhiello">Bilancio comunale</p><p class="sommario">The budget raises school spending by a tenth after a long night of talks.</p>'],
    ['a French chapô', '<p class="article-chapo">The budget raises school spending by a tenth after a long night of talks.</p>'],
  ])('takes %s for the dek, not the body', async (_name, dek) => {
    const lines = await fromBodyOnly(page(`<article>${dek}${paragraphs}</article>`));
    for (const l of lines) expect(l).not.toMatch(/long night of talks|Bilancio/);
  });

  it('leaves out a sidebar laid out before the headline in a table layout, though the article keeps its row', async () => {
    const html = `<!doctype html><html><head><title>Weekly Fuel Price Survey - Week of March 10</title></head><body>
      <table><tr><td colspan="2">Home · Travel · Insurance · Fuel Prices · Contact</td></tr><tr>
      <td width="170"><font size="1"><b>FUEL PRICES</b><br><a href="/a">This week</a><br><a href="/b">Archive</a><br><br><b>MEMBER DISCOUNTS</b><br>
      Save 5 cents a gallon at participating stations with your club card.<br><a href="/d">Details</a><br><font size="1">Advertisement</font></font></td>
      <td><font><h1>Weekly Fuel Price Survey</h1>
      <p>Average pump prices fell in nine of the twelve regions this week, led by a drop of four cents on the coast.</p>
      <p>The average for regular was 3.27 dollars a gallon, down two cents from last week.</p>
      <table><tr><th>Region</th><th>Regular</th><th>Diesel</th></tr><tr><td>North</td><td>$3.31</td><td>$3.90</td></tr>
      <tr><td>Coast</td><td>$3.19</td><td>$3.85</td></tr><tr><td>Valley</td><td>$3.25</td><td>$3.88</td></tr><tr><td>Hills</td><td>$3.35</td><td>$3.95</td></tr></table>
      <p>Diesel rose slightly in the north, where a fuel terminal remains closed for maintenance until March 21.</p></font></td></tr></table></body></html>`;
    const headline = await runCli(['--input', 'html', '--type', 'headline', '-'], { stdin: html });
    expect(headline.stdout).toMatch(/^Average pump prices fell/);
    const summary = await runCli(['--input', 'html', '-n', '3', '-'], { stdin: html });
    expect(summary.stdout).not.toMatch(/club card/);
  });

  it('leaves out a notice before the headline that Readability keeps without its box', async () => {
    const html = page(`<div id="consent" class="consent"><p>The Daily Paper and its partners show you this notice about your visit to our pages. <button>OK</button></p></div>
      <article><h1>Council Passes Budget</h1>${paragraphs}</article>`);
    const lines = await fromBodyOnly(html);
    for (const l of lines) expect(l).not.toMatch(/notice about your visit/);
  });

  it('takes the headline a page names in full over a <title> that holds a part of it and the site', async () => {
    const html = `<!doctype html><html><head><title>The Riverside Weekly - Council passes budget</title></head><body>
      <div class="masthead">The Riverside Weekly</div>
      <div class="headline">Council passes budget: schools get a tenth more after a long night of talks</div>
      <div class="story">${paragraphs}</div></body></html>`;
    const { stdout } = await runCli(['--input', 'html', '--json', '-'], { stdin: html });
    expect(JSON.parse(stdout).title).toBe('Council passes budget: schools get a tenth more after a long night of talks');
  });

  it.each([
    ['Keep the Lights On - by Ann Lee - Stacks and Margins', '<h1 class="post-title">Keep the Lights On</h1>', 'Keep the Lights On'],
    ['Riverside Chronicle - Column - When the town built its own gasworks', '<div class="headline">When the town built its own gasworks</div>', 'When the town built its own gasworks'],
    ['Dorfbäckereien im Landkreis: Wer backt morgen noch unsere Brötchen? | Rundschau', '<h1>Wer backt morgen noch unsere Brötchen?</h1>', 'Dorfbäckereien im Landkreis: Wer backt morgen noch unsere Brötchen?'],
    ['Make the Mercer Street closure permanent – The Dunmore Beacon', '<h1 class="logo">The Dunmore Beacon</h1><h2>Make the Mercer Street closure permanent</h2>', 'Make the Mercer Street closure permanent – The Dunmore Beacon'],
  ])('takes the headline out of a <title> that holds the site, a section or a byline: %s', async (pageTitle, heading, expected) => {
    const html = `<!doctype html><html><head><title>${pageTitle}</title></head><body>${heading}<div class="story">${paragraphs}</div></body></html>`;
    const { stdout } = await runCli(['--input', 'html', '--json', '-'], { stdin: html });
    expect(JSON.parse(stdout).title).toBe(expected);
  });

  it('keeps markup held in an attribute an attribute', async () => {
    const html = page(`<article><div innerhtml="&lt;i&gt;Hidden copy of a caption.&lt;/i&gt; &lt;p&gt;More copy.&lt;/p&gt;">${paragraphs}</div></article>`);
    const lines = await fromBodyOnly(html);
    for (const l of lines) expect(l).not.toMatch(/<|Hidden copy/);
  });

  it('counts position from the body: the first body paragraph leads, whatever came before it', async () => {
    const html = page(`<article><header><h2>A night of talks ends with more money for schools and a fight over taxes.</h2></header>${paragraphs}</article>`);
    const { stdout } = await runCli(['--input', 'html', '--json', '-n', '1', '-'], { stdin: html });
    const json = JSON.parse(stdout) as { sentences: Array<{ index: number; text: string }> };
    expect(json.sentences[0]!.index).toBe(0);
    expect(json.sentences[0]!.text).toBe(BODY[0]);
  });
});

describe('plain text copied from a page', () => {
  it('drops captions, credits, bylines and tag lines by general signals', async () => {
    const text = [
      BODY[0],
      '(AP Photo/David Zalubowski)',
      BODY[1],
      'REUTERS/Brendan McDermid',
      'Credit: 20th Century Fox',
      BODY[2],
      'Minh Do on Monday, November 18th, 2019 at 11:08 a.m.',
      BODY[3],
      'Hong Kong, China, Protests, Police, Budget',
      BODY[4],
    ].join('\n\n');
    const { stdout } = await runCli(['--ratio', '1', '-'], { stdin: text });
    expect(stdout.split('\n').filter(Boolean)).toEqual(BODY);
  });
});

describe('no silent nothing', () => {
  it('fails with one line naming a page that has no article text', async () => {
    const { code, stdout, stderr } = await runCli(['--input', 'html', '-'], {
      stdin: page('<nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2019 The Daily Paper</footer>'),
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('summarize: standard input: no article text found on the page\n');
  });

  it('summarizes notes and lists without sentence punctuation, line by line', async () => {
    const notes = 'buy milk and bread today\ncall the plumber about the kitchen sink\nfix the bike before the weekend trip\nbook the dentist for next month\n';
    const { code, stdout } = await runCli(['-n', '2', '-'], { stdin: notes });
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(notes.split('\n')).toContain(l);
  });
});
