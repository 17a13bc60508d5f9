// Lines that are not prose, through the whole pipeline: they stay in the article (asides or ranked
// sentences, which --highlight shows) but are never summary sentences.
import { describe, expect, it } from 'vitest';
import { prepareDoc, summarize } from '../../../src/core/summarize.js';

const texts = (text: string, n = 5, title?: string) =>
  summarize(text, { length: { kind: 'count', n }, ...(title === undefined ? {} : { title }) }).sentences.map((s) => s.text);

const GAME = [
  'Riverside beat Lakeport 88-80 on Saturday to stay top of the league.',
  'Moreno 22 points.',
  'Okafor 11 rebounds, 4 assists.',
  'The visitors led by nine at half-time before Riverside pulled away in the final quarter.',
  '3 tackles (2 solo).',
  '2 sacks, 1 FF, 4 QB hits.',
  'Coach Dana Ruiz said the win showed how far the young team had come since the autumn.',
].join('\n\n');

describe('non-prose lines never reach the summary', () => {
  it('box scores and stat cells stay asides', () => {
    const summary = summarize(GAME, { length: { kind: 'count', n: 5 } });
    expect(summary.sentences.map((s) => s.text)).toEqual([
      'Riverside beat Lakeport 88-80 on Saturday to stay top of the league.',
      'The visitors led by nine at half-time before Riverside pulled away in the final quarter.',
      'Coach Dana Ruiz said the win showed how far the young team had come since the autumn.',
    ]);
    expect(summary.asides.map((a) => a.text)).toEqual(['Moreno 22 points.', 'Okafor 11 rebounds, 4 assists.', '3 tackles (2 solo).', '2 sacks, 1 FF, 4 QB hits.']);
  });

  it("a table's key and the small print after it in its paragraph are never chosen", () => {
    const text = [
      'Harbour City went three points clear at the top of the Coastal League on Saturday with a 3-1 win at Dunmore.',
      'Key: P = played, W = won, D = drawn, L = lost, Pts = points. Champions promoted to the Premier Division; bottom two relegated.',
      'Dunmore had been unbeaten at home since October before goals from Ana Ruiz and Kit Moss put the leaders two up at half-time.',
      'The league resumes after the international break with Harbour City at home to Westport.',
    ].join('\n\n');
    const picked = texts(text, 4);
    expect(picked).not.toContain('Champions promoted to the Premier Division; bottom two relegated.');
    expect(picked).toHaveLength(3);
    // a paragraph that only mentions a key, or opens "Key:" with no definition, is prose
    expect(texts(text.replace('Key: P = played, W = won, D = drawn, L = lost, Pts = points.', 'Key: low-cost airlines have grown faster than the rest.'), 5)).toContain(
      'Champions promoted to the Premier Division; bottom two relegated.',
    );
    expect(texts(text.replace('Key: P = played, W = won, D = drawn, L = lost, Pts = points.', 'Key results went their way.'), 5)).toContain(
      'Champions promoted to the Premier Division; bottom two relegated.',
    );
  });

  it('headings that ask, calls to action, greetings, spec boxes and captions are never chosen', () => {
    const text = [
      'Good morning!',
      'The studio released the latest version of its city-building game on Thursday.',
      'What is new in version 3.2 (autumn pack)?',
      'The update adds rivers, ferries and a new tax system that players had asked for.',
      'Click here to get more information or download this game.',
      'In this June 4, 2025, file photo, players try the game at a fair in Cologne, Germany.',
      'Reviewed by: Anna Kovacs Price: 29.99 Euro (£25) Website: www.example.org | +44 (0)20 7946 0000',
      'Reviewers praised the ferries but said the tax screens were hard to read.',
      'Start your day with the Morning Digest powered by Acme Coffee.',
      'Thanks for reading.',
    ].join('\n\n');
    expect(texts(text, 5)).toEqual([
      'The studio released the latest version of its city-building game on Thursday.',
      'The update adds rivers, ferries and a new tax system that players had asked for.',
      'Reviewers praised the ferries but said the tax screens were hard to read.',
    ]);
  });

  it('a short sentence inside a paragraph stays in the article but is not chosen', () => {
    const text = [
      'The mayor was asked on Monday whether she would stand again next spring. She declined.',
      'Her deputy, who has run the transport office since 2021, is expected to announce a bid.',
    ].join('\n\n');
    const summary = summarize(text, { length: { kind: 'count', n: 2 } });
    expect(summary.ranked.map((s) => s.text)).toContain('She declined.');
    expect(summary.sentences.map((s) => s.text)).not.toContain('She declined.');
  });

  it('a fragment fills a summary only after every whole sentence', () => {
    // (whole sentences have a verb: "Start of the story here." would be a fragment too)
    const text = 'The story starts here. More text. And a last sentence follows for luck.';
    expect(texts(text, 2)).toEqual(['The story starts here.', 'And a last sentence follows for luck.']);
    expect(texts(text, 3)).toEqual(['The story starts here.', 'More text.', 'And a last sentence follows for luck.']);
  });

  it('real prose stays: numbers, short quotes, one-line paragraphs', () => {
    const text = [
      'The company earned $3.2 billion in 2019.',
      '"We are not done yet," she said.',
      'Profit fell by a fifth in the first half of this year as costs rose.',
    ].join('\n\n');
    expect(texts(text, 3)).toEqual([
      'The company earned $3.2 billion in 2019.',
      '"We are not done yet," she said.',
      'Profit fell by a fifth in the first half of this year as costs rose.',
    ]);
  });

  it('notes without any sentence end still give a summary', () => {
    expect(texts('buy milk and eggs\ncall the plumber about the sink\nbook the train to Leeds', 2)).toHaveLength(2);
  });
});

describe('a page that is mostly a table', () => {
  it('says so, and summarizes the prose it has', () => {
    const rows = ['Team P W D L Pts', 'Riverside 14 10 2 2 32', 'Lakeport 14 9 3 2 30', 'Hillford 14 7 4 3 25', 'Marsh Town 14 6 2 6 20', 'Eastbrook 14 4 3 7 15', 'Norwell 14 2 2 10 8'];
    const text = ['The league table after the fourteenth round of matches.', ...rows, '* Two points deducted.'].join('\n\n');
    const summary = summarize(text, { length: { kind: 'count', n: 3 } });
    expect(summary.notes.some((n) => /mostly a table/.test(n))).toBe(true);
    // the table's footnote is not prose either: the issue asks for the prose, not the footnotes
    expect(summary.sentences.map((s) => s.text)).toEqual(['The league table after the fourteenth round of matches.']);
    expect(summary.asides.map((a) => a.text)).toContain('Riverside 14 10 2 2 32');
  });

  it('an article with a small table says nothing', () => {
    expect(summarize(GAME).notes).toEqual([]);
  });

  it('a match report with a box score of as many rows as it has paragraphs says nothing', () => {
    const box = Array.from({ length: 8 }, (_, i) => `Player ${String.fromCharCode(65 + i)} ${20 + i} ${4 + i} ${i} ${30 - i}`);
    const prose = [
      'Riverside beat Lakeport 88-80 on Saturday to stay top of the league.',
      'The home side led by twelve points at half-time and never let the lead fall below six.',
      'Lakeport cut the gap to four points early in the last quarter before two late baskets settled it.',
      'Riverside have now won nine of their last ten games at home.',
      'The coach said the defence had won the game in the third quarter.',
      'Lakeport play Hillford on Wednesday, and Riverside travel to Marsh Town next weekend.',
    ];
    const text = [...prose.slice(0, 3), ...box, ...prose.slice(3)].join('\n\n');
    expect(summarize(text).notes).toEqual([]);
  });
});

describe('a repeated sentence is the body’s', () => {
  it('a highlights box at the top: the body’s copy, in article order', () => {
    const text = [
      'Highlights',
      'The bridge will close for repairs from March to June.',
      'Ferries will run every twenty minutes.',
      'City engineers found cracks in two of the bridge’s supports during an inspection last year. The bridge will close for repairs from March to June. Drivers face detours of up to forty minutes.',
      'The ferries will run every twenty minutes from both banks while the work goes on, the council said.',
      'Shops near the bridge fear they will lose trade, and some have asked for help with their rent.',
    ].join('\n\n');
    const summary = summarize(text, { length: { kind: 'count', n: 3 } });
    const picked = summary.sentences;
    const copy = picked.find((s) => s.text === 'The bridge will close for repairs from March to June.');
    expect(copy).toBeDefined();
    // the body's paragraph, not the box's
    expect(summary.ranked.filter((s) => s.text === copy!.text).map((s) => s.paragraph)).toContain(copy!.paragraph);
    expect(summary.ranked.find((s) => s.text === copy!.text)!.index).toBeLessThan(copy!.index);
    expect(picked.map((s) => s.index)).toEqual([...picked.map((s) => s.index)].sort((a, b) => a - b));
  });
});

describe('a short line with no verb', () => {
  it.each(['One very small bridge.', 'Proper buttons, a lovely screen and decent speakers.', 'A fragrance butler for every guest.'])('is a fragment, not a summary line: %s', (line) => {
    expect(prepareDoc(line).sentences[0]!.verbless).toBe(true);
    const text = [
      'Riverside opens its new footbridge',
      '',
      `The council opened a new footbridge over the river on Monday after two years of work. ${line}`,
      '',
      'The footbridge links the old town with the station and cost four million pounds.',
      '',
      'Cyclists and walkers will share the deck, which is four metres wide.',
    ].join('\n');
    const lines = summarize(text, { length: { kind: 'count', n: 3 } }).sentences.map((s) => s.text);
    expect(lines).not.toContain(line);
    expect(lines).toHaveLength(3);
  });

  it.each([
    'The entire package costs $60.',
    'TV controls a lot of things.',
    'They brainwashed her.',
    'The prime minister almost blushed.',
    "I'm the champion.",
    "It's certainly a profitable cycle.",
    'The council approved the budget.',
    'Not one person came.',
  ])('a sentence with a verb the lexicon may not call one is no fragment: %s', (line) => {
    expect(prepareDoc(line).sentences[0]!.verbless).toBeUndefined();
  });
});
