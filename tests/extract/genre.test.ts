// What a page says it is, by its metadata: pages written for these tests.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html.js';
import { summarizeArticle } from '../../src/batch/task.js';
import { load } from '../../src/read/load.js';

const body = [
  'My grandfather kept bees on the slope above Carrow Mill for forty years.',
  'Every August he would carry a frame of honey down to the kitchen and let us cut it ourselves.',
  'The wax stuck to our fingers for days, and he said the bees knew the valley better than anyone in it.',
  'I thought about him last spring, when the county put the slope up for sale to a logistics firm from Brenning that wants to build a warehouse there.',
  'The firm says the warehouse would bring 120 jobs to the valley, and jobs matter here: the mill closed in 2011, and the bus to Brenning runs twice a day.',
  'Nobody I know is against work, and my own son drives an hour each way to his.',
  'But the slope is the last meadow left on that side of the river, and the county’s own survey counted eleven kinds of orchid on it in 2022.',
  'The beekeepers’ association says its members keep sixty hives within a mile of it, and most of the valley’s honey comes from that one meadow in high summer.',
  'A warehouse would take the meadow and most of the honey with it, and the bees would not come back in our lifetimes.',
  'The valley has lost its mill, its station and its school in thirty years, one vote at a time.',
  'Each loss was small, and each came with a promise that something better would follow.',
  'Little has, and the people who stayed have learned to read the planning notices with care.',
  'The meadow is the kind of place a valley only notices once it has gone.',
  'My grandfather would have said as much, at length, to anyone who stood still long enough to listen.',
  'The planning committee should refuse the warehouse on the slope and offer the firm the empty mill site by the river instead.',
  'The mill site has the road, the power and the drainage already, and nobody keeps bees on it.',
  'The committee meets on the ninth of May, and it can still say no.',
];
const page = (head: string, title = 'Keep the warehouse off the Carrow meadow'): string =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('a page that says it is opinion', () => {
  it.each([
    ['its JSON-LD types it so', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"OpinionNewsArticle","headline":"x"}]}</script>'],
    ['its section is an opinion section', '<meta property="article:section" content="Meinung">'],
    ['it says article:opinion', '<meta property="article:opinion" content="true">'],
    ['its canonical address is under /opinion/', '<link rel="canonical" href="https://example.test/opinion/columns/2024/05/meadow">'],
  ])('is opinion when %s', (_, head) => {
    expect(extractHtml(page(head)).genre).toBe('opinion');
  });

  it('is opinion when its <title> carries the label', () => {
    expect(extractHtml(page('', 'Opinion | Keep the warehouse off the Carrow meadow')).genre).toBe('opinion');
  });

  it.each([
    ['its JSON-LD types it a Review', '<script type="application/ld+json">{"@type":"Review","itemReviewed":{"@type":"Restaurant"}}</script>'],
    ['its section is a reviews section', '<meta property="article:section" content="Restaurant reviews">'],
    ['its address is under /reviews/', '<link rel="canonical" href="https://example.test/food/reviews/brasa-and-vine">'],
  ])('is a review when %s', (_, head) => {
    expect(extractHtml(page(head)).genre).toBe('review');
  });

  it.each([
    ['a product page that only carries ratings', '<script type="application/ld+json">{"@type":"Product","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.4"}}</script>'],
    ['a news page', '<meta property="article:section" content="Politics"><link rel="canonical" href="https://example.test/news/2024/05/meadow">'],
    ['a NewsArticle', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>'],
    ['broken JSON-LD', '<script type="application/ld+json">{"@type": "OpinionNews</script>'],
    ['a word of opinion in its address, not a segment', '<link rel="canonical" href="https://example.test/news/opinion-poll-shows-lead">'],
  ])('is not opinion for %s', (_, head) => {
    expect(extractHtml(page(head)).genre).toBeUndefined();
  });

  it("gives the writer's argument, not the anecdote it opens with", async () => {
    const summarized = async (head: string) => {
      const article = await load(
        { kind: 'content', name: 'page.html', content: page(head), inputKind: 'html' },
        { maxBytes: 1 << 20, encoding: 'auto', input: 'auto', timeoutMs: 1000 },
      );
      return summarizeArticle(article, {
        load: {},
        summary: { type: 'key-points', length: { kind: 'count', n: 1 }, method: 'tfidf', avoid: [], keywords: 0, lang: 'auto' },
        keepRanked: false,
      } as never).sentences.map((s) => s.text);
    };
    expect(await summarized('<script type="application/ld+json">{"@type":"OpinionNewsArticle"}</script>')).toEqual([body[14]]);
    expect(await summarized('')).not.toEqual([body[14]]);
  });
});

describe('a page that says it is a recipe', () => {
  // a recipe blog's story first, then the sentence that says what the dish is, then the method
  const story = [
    'My aunt Marit ran the bakery on the corner of Vossgate for thirty-one years, and she never once wrote anything down.',
    'Every Saturday she made eleven loaves of something before the sun came up.',
    'I was allowed to weigh the flour if I promised not to talk.',
    'I did not keep that promise very often.',
    'When she sold the bakery, she gave me her scales and a tin of poppy seeds and said that was all I needed.',
    'It took me six years to understand what she meant.',
    'I tried buttermilk, I tried yogurt, and one very bad winter I tried olive oil.',
    'Then one morning I rubbed the lemon zest into the sugar with my fingers, the way she used to, and the kitchen smelled like her shop again.',
    'Rubbing the zest in is most of the trick.',
    'This lemon poppy seed loaf is a one-bowl, hour-long bake with a sharp lemon glaze and a soft, close crumb, and it keeps for four days in a tin.',
    'You will not need a mixer.',
    'Whisk the eggs, sugar and zest together in a large bowl, then stir in the melted butter, the flour and the seeds.',
    'Bake the loaf for fifty minutes, until a skewer comes out clean, and glaze it while it is still warm.',
  ];
  const recipePage = (head: string): string =>
    `<!doctype html><html><head><title>Lemon Poppy Seed Loaf (One Bowl) | Marit's Kitchen</title>${head}</head><body><article><h1>Lemon Poppy Seed Loaf (One Bowl)</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const RECIPE = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Lemon Poppy Seed Loaf","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8"}}</script>';

  it('is a recipe when its JSON-LD types it a Recipe', () => {
    expect(extractHtml(recipePage(RECIPE)).genre).toBe('recipe');
  });

  it('gives the sentence that says what the dish is, first, without the story line before it; and makes it the headline', async () => {
    const summarized = async (type: 'key-points' | 'headline', n: number) => {
      const article = await load(
        { kind: 'content', name: 'page.html', content: recipePage(RECIPE), inputKind: 'html' },
        { maxBytes: 1 << 20, encoding: 'auto', input: 'auto', timeoutMs: 1000 },
      );
      return summarizeArticle(article, {
        load: {},
        summary: { type, length: { kind: 'count', n }, method: 'tfidf', avoid: [], keywords: 0, lang: 'auto' },
        keepRanked: false,
      } as never).sentences.map((s) => s.text);
    };
    expect(await summarized('key-points', 1)).toEqual([story[9]]);
    // "This lemon poppy seed loaf…" names the dish: it leans on no sentence of the story before it
    expect((await summarized('key-points', 3))[0]).toBe(story[9]);
    expect((await summarized('headline', 1))[0]).toMatch(/^This lemon poppy seed loaf is a one-bowl/);
  });
});
