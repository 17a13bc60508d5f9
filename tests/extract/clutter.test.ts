// Clutter that got through on unseen pages (issue 21): captions named in camelCase, caption shapes in
// the body, sponsor lines, teasers in other languages, a highlights box, and a page whose article
// Readability takes for a caption while the body sits in an element named articleBody. Each page is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html.js';
import { summarize } from '../../src/core/summarize.js';
import { runCli } from '../helpers.js';
import { NEWS_BODY as BODY } from '../fixtures.js';

const page = (body: string): string => `<!doctype html><html><head><title>Council Passes Budget</title></head><body>${body}</body></html>`;

/** The summary of a page at -n 3 and -n 5, as the CLI would make it. */
const summaryOf = (html: string, n: number): string[] => {
  const { title, text } = extractHtml(html);
  return summarize(text, { length: { kind: 'count', n }, ...(title === null ? {} : { title }) }).sentences.map((s) => s.text);
};
const fromBodyOnly = (html: string): void => {
  for (const n of [3, 5]) {
    const picked = summaryOf(html, n);
    expect(picked.length).toBe(n);
    for (const s of picked) expect(BODY).toContain(s);
  }
};

describe('clutter never reaches the summary', () => {
  it('a caption whose class is written in camelCase, and one whose caption class is two levels up', () => {
    fromBodyOnly(
      page(`<article><p>${BODY[0]}</p>
        <div class="imageCaption">Council members vote on the budget in the city hall chamber late on Tuesday night.</div>
        <p>${BODY[1]}</p>
        <div class="media-caption-wrapper"><div><span>A teacher talks to pupils in a classroom that the new money will repair.</span></div></div>
        <p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`),
    );
  });

  it('a caption set beside its picture in a box of its own, with no figure: an old page\'s table, a div', () => {
    const extracted = extractHtml(
      page(`<div class="story"><font size="5"><b>Council passes budget after a long night</b></font><br>
        <table align="right" class="photobox"><tr><td><img src="a.jpg"></td></tr>
        <tr><td><font size="1">Council members vote on the budget in the city hall chamber late on Tuesday night.<br><i>Record photo by Ann Lee</i></font></td></tr></table>
        ${BODY[0]}<br><br>${BODY[1]}<br><br>
        <div><img src="b.jpg"><br>A teacher talks to pupils in a classroom that the new money will repair.</div>
        ${BODY[2]}<br><br>${BODY[3]}<br><br>${BODY[4]}</div>`),
    ).text;
    expect(extracted).not.toMatch(/vote on the budget in the city hall|Ann Lee|A teacher talks to pupils/);
    for (const sentence of BODY) expect(extracted).toContain(sentence);
    // a picture beside a paragraph or a heading is no caption's box
    const lede = extractHtml(page(`<article><div><img src="c.jpg"><h1>Council passes budget</h1></div><div><img src="d.jpg"><p>${BODY[0]}</p></div><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p></article>`));
    expect(lede.text).toContain(BODY[0]);
    expect(lede.title?.toLowerCase()).toBe('council passes budget');
    // an icon in a heading, an emoji inside a line, a spacer beside a quote: no caption's box (found by a reviewer)
    const icons = extractHtml(
      page(`<article><p>${BODY[0]}</p><h2><img src="key.svg"> Why it matters</h2><p>${BODY[1]}</p>
        <div>Work will start in March. <img src="party.png"> The contractor expects to finish by May.</div>
        <table><tr><td><img src="spacer.gif" width="1" height="1"></td><td>Councillor Mary Penrose said it was the happiest day of her time on the council.</td></tr></table>
        <p>${BODY[2]}</p><p>${BODY[3]}</p></article>`),
    ).text;
    expect(icons).toContain('Why it matters');
    expect(icons).toContain('The contractor expects to finish by May.');
    expect(icons).toContain('happiest day of her time on the council');
  });

  it("a writer's bio, a donation box and a comments hint, each in a box of its own", () => {
    const extracted = extractHtml(
      page(`<article><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p>
        <div class="author-bio"><p>Mara Quill covers the council and its budgets. She grew up in the valley.</p></div>
        <div class="mb-donate"><p>Readers like you keep this newsroom open every day of the year.</p></div>
        <div class="kommentare-hinweis">Kommentare (19) – bitte melden Sie sich an, um zu kommentieren, wenn Sie mögen.</div></article>`),
    ).text;
    expect(extracted).not.toMatch(/Mara Quill|Readers like you|Kommentare/);
    expect(extracted).toContain(BODY[4]);
  });

  it('a dek whose class is written in camelCase ("ArticlePage-subHeadline")', () => {
    fromBodyOnly(
      page(`<main class="Page-main"><h1 class="ArticlePage-headline">Council passes budget after a long night</h1>
        <div class="ArticlePage-subHeadline"><p>The council's new budget gives schools more money for repairs and teachers. Parents say it is not enough.</p></div>
        <div class="ArticlePage-articleBody"><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></div></main>`),
    );
  });

  it('captions by their shape, sponsor lines and teasers in other languages, as paragraphs of the body', () => {
    fromBodyOnly(
      page(`<article><p>${BODY[0]}</p>
        <p>In this Oct. 3, 2025, file photo, the mayor speaks to reporters outside city hall about the budget.</p>
        <p>${BODY[1]}</p>
        <p>Start your day with the Morning Council Brief powered by Acme Coffee.</p>
        <p>${BODY[2]}</p>
        <p>Leggi anche: Il consiglio comunale approva il bilancio dopo una lunga notte di dibattito</p>
        <p>Potrebbe interessarti: il sindaco presenta il piano per le scuole della città</p>
        <p>${BODY[3]}</p>
        <p>Click here to get more information about the council and its budget for next year.</p>
        <p>${BODY[4]}</p>
        <p>The mayor leaves the chamber after the vote on Tuesday. (Photo: Kim Lee/Example Times)</p></article>`),
    );
  });

  it('headings between paragraphs, with no full stop or as a short question', () => {
    fromBodyOnly(
      page(`<article><p>${BODY[0]}</p><p>${BODY[1]}</p>
        <h3>How the council spent a whole night arguing about the money for schools and what it means for parents</h3>
        <p>${BODY[2]}</p>
        <h3>What happens next (and when)?</h3>
        <p>${BODY[3]}</p><p>${BODY[4]}</p></article>`),
    );
  });

  it('a highlights box that repeats body sentences: the body’s copies, in article order', () => {
    const html = page(`<article>
      <ul class="story-highlights"><li>${BODY[3]}</li><li>${BODY[4]}</li></ul>
      ${BODY.map((s) => `<p>${s}</p>`).join('')}</article>`);
    const { text } = extractHtml(html);
    const summary = summarize(text, { length: { kind: 'count', n: 5 } });
    expect(summary.sentences.map((s) => s.text)).toEqual(BODY);
  });
});

describe('a page that is mostly a table', () => {
  it('warns on stderr, and summarizes the prose it has', async () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = page(`<article><h1>League standings</h1>
      <p>The table after the fourteenth round, with Riverside two points clear at the top.</p>
      <table>${row(['Team', 'P', 'W', 'Pts'])}${row(['Riverside', '14', '10', '32'])}${row(['Lakeport', '14', '9', '30'])}${row(['Hillford', '14', '7', '25'])}${row(['Eastbrook', '14', '4', '15'])}</table>
      <p>Hillford had two points deducted for fielding an ineligible player in October.</p></article>`);
    const { code, stdout, stderr } = await runCli(['--input', 'html', '-n', '3', '-'], { stdin: html });
    expect(code).toBe(0);
    expect(stderr).toMatch(/mostly a table \(\d+ lines of figures, 2 paragraphs of prose\): only the prose is summarized/);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      'The table after the fourteenth round, with Riverside two points clear at the top.',
      'Hillford had two points deducted for fielding an ineligible player in October.',
    ]);
  });
});

describe('a table page whose only prose is boxed as its intro, under a cookie notice', () => {
  it('summarizes the intro, not the cookie notice', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const intro = [
      'Riverside went two points clear at the top of the Valley League with a 3-1 win at Lakeport on Sunday, their fifth away win in a row.',
      'Hillford stayed third after a goalless draw with Eastbrook in which both sides had a goal ruled out for offside.',
      'At the bottom, Eastbrook are now eleven points from safety with six rounds left to play.',
    ];
    const html = page(`<div class="cookie-box">We use cookies to give you the best experience on our website. Continue browsing if you're happy with this, or find out how to manage cookies.</div>
      <div class="standings"><h1>Valley League table</h1><div class="table-intro"><p>${intro.join(' ')}</p></div>
      <table>${row(['Team', 'P', 'W', 'Pts'])}${row(['Riverside', '14', '10', '32'])}${row(['Lakeport', '14', '9', '30'])}${row(['Hillford', '14', '7', '25'])}${row(['Eastbrook', '14', '4', '15'])}${row(['Marsh', '14', '3', '11'])}</table></div>`);
    expect(summaryOf(html, 3)).toEqual(intro);
  });

  it('still takes a long dek of two sentences with abbreviations in it for a dek', () => {
    const dek = 'The U.S. Army chief, Gen. Mara Holt, told Mr. Vance on Tuesday that the base at Carrow would close by the end of next year, after the budget for it was cut by a third. Local leaders said the closure would cost the town about 1,200 jobs and its only hospital.';
    const html = page(`<article><h1>Council Passes Budget</h1><p class="article-summary">${dek}</p>${BODY.map((s) => `<p>${s}</p>`).join('')}</article>`);
    expect(extractHtml(html).text).not.toMatch(/Local leaders said the closure/);
  });

  it('still takes a dek of three short sentences for a dek', () => {
    const html = page(`<article><h1>Council Passes Budget</h1><p class="intro">The vote took all night. Schools won. Roads lost.</p>${BODY.map((s) => `<p>${s}</p>`).join('')}</article>`);
    expect(extractHtml(html).text).not.toMatch(/Schools won/);
  });
});

describe('the dek', () => {
  it('is no subtitle when it is cut off mid-phrase', () => {
    const html = page(`<article><header><h1>Council Passes Budget</h1><h2>Schools are the big winners of a budget that took the whole night to…</h2></header>${BODY.map((s) => `<p>${s}</p>`).join('')}</article>`);
    expect(extractHtml(html).subtitle).toBeUndefined();
  });
});

describe('a page whose article Readability takes for one caption', () => {
  const caption =
    '<p>Council members, from left, Ann Lee, Bo Chan, Cy Dunn, Di Evans and Ed Fox, raise their hands to vote on the new budget in the city hall chamber on Tuesday evening, as residents, teachers and parents watch from the public gallery.</p>';
  // the body hidden until a script shows it: Readability passes over what is not visible
  it.each([
    ['itemprop=articleBody', `<div class="photo">${caption}</div><div itemprop="articleBody" style="display:none">${BODY.join(' ')}</div>`],
    ['class articleBody', `<div class="photo">${caption}</div><div class="articleBody js-expand" style="visibility: hidden"><p>${BODY.join('</p><p>')}</p></div>`],
  ])('takes the longer body (%s)', (_, body) => {
    const { text } = extractHtml(page(body));
    for (const s of BODY) expect(text).toContain(s);
    expect(text).not.toContain('raise their hands');
  });

  it('keeps what Readability found when it is the article', () => {
    const { text } = extractHtml(page(`${BODY.map((s) => `<p>${s}</p>`).join('')}<div class="entry-content">${BODY[0]} More words here.</div>`));
    expect(text).toContain(BODY[4]);
  });
});

describe('the body keeps its own words and its lede', () => {
  it('a name with a hover card keeps the name and loses the card', () => {
    const html = page(`<article><p>${BODY[0]}</p>
      <p>The budget was proposed by Councilwoman <span class="rollover-people"><a class="rollover-people-link" href="/people/ada-park">Ada Park</a><span class="rollover-people-block"><img src="p.jpg"><a class="name" href="/people/ada-park">Ada Park</a><a href="/x">Park urges calm over the school budget in a long letter</a> <a class="more" href="/people/ada-park">MORE</a></span></span> (D) in the spring, after a year of study.</p>
      <p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    const { text } = extractHtml(html);
    expect(text).toContain('The budget was proposed by Councilwoman Ada Park (D) in the spring, after a year of study.');
    expect(text).not.toContain('urges calm');
    expect(text).not.toContain('MORE');
  });

  it('a lede paragraph marked up as speakable is the body, not a dek', () => {
    const html = page(`<article><header><h1>Council Passes Budget</h1></header>
      <div class="article-content"><p id="speakable-summary">${BODY[0]}</p>
      <p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></div></article>`);
    const { text } = extractHtml(html);
    expect(text.trim().split(/\n\s*\n/)[0]).toBe(BODY[0]);
    expect(summaryOf(html, 3)[0]).toBe(BODY[0]);
  });

  it('a speakable lede is kept while a dek named summary above it still goes', () => {
    const html = page(`<article><header><h1>Council Passes Budget</h1>
      <p class="article-summary">Schools win the most from a plan that opponents call too hopeful about next year.</p></header>
      <div class="body"><p class="speakable-summary">${BODY[0]}</p>
      <p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></div></article>`);
    const { text, subtitle } = extractHtml(html);
    expect(text.trim().split(/\n\s*\n/)[0]).toBe(BODY[0]);
    expect(text).not.toContain('too hopeful');
    expect(subtitle).toContain('too hopeful');
  });

  it('a dek above a byline and a date stays a dek, and a French chapô is one', () => {
    const dek = 'Schools win the most from a plan that opponents call too hopeful about next year.';
    const english = page(`<article><header><h1>Council Passes Budget</h1><p class="dek">${dek}</p>
      <p class="meta">By Dana Whitcomb, City Hall reporter | December 1, 2026 | 4-minute read</p>
      <p class="reviewed">Fact-checked by the city desk of the Harbor City Ledger newsroom</p></header>
      <p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    expect(extractHtml(english).text).not.toContain('too hopeful');
    const chapo = 'Les écoles gagnent le plus avec un budget que ses opposants jugent trop optimiste.';
    const french = page(`<article><h1>Council Passes Budget</h1><p class="article__chapo">${chapo}</p>
      <p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    const { text, subtitle } = extractHtml(french);
    expect(text).not.toContain('trop optimiste');
    expect(subtitle).toBe(chapo);
    const subtitled = page(`<article><h1>Council Passes Budget</h1><p class="article__subtitle">Schools win the most from a plan its opponents call far too hopeful.</p>
      <p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    expect(extractHtml(subtitled).text).not.toContain('far too hopeful');
    const dutch = page(`<article><h1>Council Passes Budget</h1><p class="artikel__intro">De scholen winnen het meest bij een begroting die tegenstanders te optimistisch vinden.</p>
      <p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    expect(extractHtml(dutch).text).not.toContain('te optimistisch');
  });

  it("a review's strap is a dek, and a boxed notice (an admonition, a docs page's notice) is no body", () => {
    const html = page(`<article><h1>Council Passes Budget</h1><p class="review__strap">Proper buttons, a lovely screen and no ads. The shop is the weak link.</p>
      <div class="pageinfo pageinfo-primary"><p>Version 4 of the budget portal reaches end of life on February 28. See the support policy.</p></div>
      <p>${BODY[0]}</p><p>${BODY[1]}</p><div class="admonition note"><p>This page is updated every Monday with the latest figures from the council.</p></div>
      <p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    const { text, subtitle } = extractHtml(html);
    expect(text).not.toMatch(/lovely screen|end of life|updated every Monday/);
    expect(subtitle).toContain('lovely screen');
  });
});


describe('a dek styled only by utility classes', () => {
  const dek = 'Schools win the most from a plan that opponents call too hopeful. The vote was closer than expected.';
  it('is the paragraph right under the one headline, when the body is in an element of its own', () => {
    const html = page(`<main><article><div class="mb-3 text-xs uppercase">City Hall</div>
      <h1 class="text-4xl font-extrabold">Council Passes Budget</h1>
      <p class="mb-6 text-xl leading-8 text-slate-600">${dek}</p>
      <div class="flex gap-3 text-sm"><span>By Dana Whitcomb</span><time>Dec. 1, 2026</time></div>
      <div class="prose prose-lg"><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></div></article></main>`);
    const { text, subtitle } = extractHtml(html);
    expect(subtitle).toBe(dek);
    expect(text).not.toContain('too hopeful');
    expect(summaryOf(html, 3)[0]).toBe(BODY[0]);
  });

  it('is not the lede when the body\'s paragraphs stand beside the headline, nor a byline', () => {
    const beside = page(`<article><h1>Council Passes Budget</h1><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p></article>`);
    expect(extractHtml(beside).text.trim().split(/\n\s*\n/)[0]).toBe(BODY[0]);
    const byline = page(`<article><h1>Council Passes Budget</h1><p class="text-sm">Dana Whitcomb, City Hall Writer</p>
      <div class="prose"><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p></div></article>`);
    expect(extractHtml(byline).subtitle).toBeUndefined();
    // a brief of one paragraph keeps it: no body comes after it
    const brief = page(`<article><h1>Council Passes Budget</h1><p class="text-lg">The council passed next year's budget by nine votes to four on Tuesday night.</p>
      <div class="text-sm">Dana Whitcomb</div></article>`);
    expect(extractHtml(brief).subtitle).toBeUndefined();
    expect(extractHtml(brief).text).toContain('nine votes to four');
  });
});

describe('a French page: a dek named "desc" and a reading time', () => {
  it('keeps both out of the summary', () => {
    const dek = 'Pour garder leur dernier commerce, des villages paient l’installation d’un boulanger. Un pari coûteux.';
    const body = [
      'Le conseil municipal de Vernelle a voté mardi une aide de 40 000 euros pour la reprise de la boulangerie du bourg.',
      'La boutique était fermée depuis le départ à la retraite de son dernier propriétaire, en mars.',
      'Un jeune couple venu de Tours doit ouvrir le magasin au printemps, avec un loyer réduit pendant trois ans.',
      'Dans le département, une commune sur cinq n’a plus de boulangerie, selon la chambre des métiers.',
    ];
    const html = `<!doctype html><html lang="fr"><head><title>Les villages qui paient pour garder leur boulangerie</title></head><body><article>
      <h1>Les villages qui paient pour garder leur boulangerie</h1><p class="article__desc">${dek}</p>
      <p class="meta__reading-time">Temps de lecture : 6 min.</p>
      <section class="article__content">${body.map((p) => `<p class="article__paragraph">${p}</p>`).join('')}</section></article></body></html>`;
    const { text, subtitle } = extractHtml(html);
    expect(subtitle).toBe(dek);
    const lines = summarize(text, { length: { kind: 'count', n: 3 }, title: 'Les villages qui paient pour garder leur boulangerie' }).sentences.map((s) => s.text);
    expect(lines.join(' ')).not.toMatch(/Temps de lecture|pari coûteux/);
  });
});

describe('parts named in two words, and a forum post\'s signature', () => {
  it('a pull quote whose class puts a prefix before its two words ("c-pull-quote") is no summary line', () => {
    const quote = '“The new money will repair every classroom that leaks before the winter comes,” the mayor said.';
    const html = page(`<article><p>${BODY[0]}</p><blockquote class="c-pull-quote"><p>${quote}</p></blockquote><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    expect(extractHtml(html).text).not.toContain('every classroom that leaks');
    fromBodyOnly(html);
  });

  it("a signature under a forum post is not the post's text", () => {
    const html = page(`<div class="post"><div class="content"><p>${BODY.slice(0, 5).join('</p><p>')}</p></div><div id="sig4120" class="signature">Lever machine, two grinders, too many scales. Opinions are mine, beans are someone else's.</div></div>`);
    expect(extractHtml(html).text).not.toContain('Opinions are mine');
  });
});


describe('a lede set in bold after the lead picture', () => {
  const lede = 'Three people have died in clashes at a fuel plant outside Harlow, the regional ombudsman said on Tuesday.';
  const rest = [
    'In addition to the three deaths, the ombudsman’s office said another 30 people had been injured, but added that the exact circumstances remained unclear.',
    'The office said the deaths were caused by gunshot wounds and called on the government to withdraw soldiers from policing.',
    'Protesters have tried to block the plant for five days in an attempt to shut down its operations.',
  ];
  const layout = (order: 'after' | 'before') => {
    const picture = '<div class="article__cover"><picture><img src="plant.jpg" alt=""></picture></div>';
    const summary = `<div class="article__summary summary">${lede}</div>`;
    return `<!doctype html><html><head><title>Three killed at Harlow fuel plant</title></head><body><div class="article"><h1>Three killed at Harlow fuel plant</h1>${
      order === 'after' ? picture + summary : summary + picture
    }<div class="article__text text">${rest.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  };

  it('is the body\'s first paragraph, not a dek', () => {
    const { subtitle, text } = extractHtml(layout('after'));
    expect(subtitle).toBeUndefined();
    expect(text.trim().startsWith(lede)).toBe(true);
  });

  it('a standfirst between the headline and the picture stays the dek', () => {
    const { subtitle, text } = extractHtml(layout('before'));
    expect(subtitle).toBe(lede);
    expect(text).not.toContain(lede);
  });
});

describe('a subtitle named in its own language', () => {
  it.each(['dat-subtitulo', 'article-sottotitolo', 'c-untertitel', 'sous-titre'])('"%s" is the dek, not a summary line', (name) => {
    const dek = 'La llegada de familias que teletrabajan ha permitido reabrir la escuela del pueblo, cerrada desde 2009.';
    const html = `<!doctype html><html><head><title>La escuela reabre</title></head><body><article><h1>La escuela reabre</h1><p class="${name}">${dek}</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { subtitle, text } = extractHtml(html);
    expect(subtitle).toBe(dek);
    expect(text).not.toContain('teletrabajan');
  });
});

describe('what is never a dek', () => {
  const withStrap = (strap: string, real?: string) =>
    `<!doctype html><html><head><title>La escuela reabre</title></head><body><div class="masthead-strap">${strap}</div><article><h1>Council passes budget</h1>${
      real === undefined ? '' : `<p class="standfirst">${real}</p>`
    }${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  it.each([
    ['a photo credit', 'Image Source: Neil Godwin / Future Publishing / Shutterstock'],
    ["the site's furniture", 'BrewBench Forums Home espresso, grinders, roasting and everything in between Skip to content'],
    ['a masthead read with its tags glued', 'English EditionEnglish中文 (Chinese)日本語 (Japanese)November 20, 2019Print EditionVideo'],
  ])('%s', (_, strap) => {
    expect(extractHtml(withStrap(strap)).subtitle).toBeUndefined();
    // and the page's real standfirst is found after it
    const real = 'The council’s new budget gives schools more money for repairs and teachers.';
    expect(extractHtml(withStrap(strap, real)).subtitle).toBe(real);
  });
});

describe('class words and layouts, two more', () => {
  it('a pull quote named in two words with an underscore ("pull_quote") goes', () => {
    const html = page(`<article><p>${BODY[0]}</p><aside class="pull_quote"><p>“Every classroom that leaks will be repaired before the winter comes.”</p></aside><div class="pull_quote">“Every classroom that leaks will be repaired before the winter comes.”</div><p>${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]}</p></article>`);
    expect(extractHtml(html).text).not.toContain('Every classroom that leaks');
  });

  it('a lede set in bold after the picture, with the body as its siblings, is the first paragraph', () => {
    const lede = 'Three people have died in clashes at a fuel plant outside Harlow, the regional ombudsman said on Tuesday.';
    const html = `<!doctype html><html><head><title>Three killed</title></head><body><article><h1>Three killed at Harlow fuel plant</h1><figure><img src="a.jpg" alt=""></figure><p class="article__summary">${lede}</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { subtitle, text } = extractHtml(html);
    expect(subtitle).toBeUndefined();
    expect(text).toContain(lede);
  });
});

