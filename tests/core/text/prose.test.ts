import { describe, expect, it } from 'vitest';
import { CAPTION_CREDITS, isCaption, isFragment, isNotProse, isNotProseSentence, isTabular, proseSentences } from '../../../src/core/text/prose.js';

describe('isNotProse: lines that are never summary sentences', () => {
  it.each([
    // stat cells and box scores
    '3 tackles (2 solo).',
    '2 sacks, 1 FF, 4 QB hits.',
    'Moreno 22 points.',
    'Okafor 11 rebounds, 4 assists.',
    // spec and fact boxes, line-ups
    'Subs not used: Harlow, Bright, Van Dijk.',
    'Man of the match: Tom Harlow.',
    'Reviewed by: Anna Kovacs Price: 129.99 Euro (£110) Website: www.example.org | +44 (0)20 7946 0000',
    'Price: $49 Weight: 210 g Battery: 20 hours.',
    // headings that end in a question mark
    'What changed in version 4.1 (spring update)?',
    'Who is eligible?',
    // calls to action
    'Click here to find out more or to download the free trial.',
    'Tap here to watch the full interview.',
    'Subscribe now and get three months free.',
    'Sign up to our daily briefing for the top stories.',
    'Download our app for the latest scores.',
    'Upgrade now with npm install parcelkit@3.1.0, or read the guide first.',
    'Download today and save a third.',
    'Follow us on Instagram for more photos.',
    'For more information, please visit www.example.com.',
    // tag and category lists without a colon
    'Tags local elections 2026, city council, housing, transport',
    'Categories: Politics, World',
    // greetings, sign-offs and labels standing alone
    'Good morning!',
    'Hello everyone!',
    'Thanks for reading.',
    'Thank you for reading!',
    'News.',
    'Update.',
    'Buongiorno!',
    // footnote markers and references
    '[3]',
    '*',
    '[2] Smith J. Sleep and memory. J Neurosci. 2019; 12: 44-51.',
    // a time heading in a live story
    '11:45 a.m.',
    '9 p.m.',
    // captions by their shape
    'In this March 3, 2021, file photo, a firefighter walks past a burned car in Sacramento.',
    'This photo provided by the city shows the flooded square on Sunday.',
    'These images released by the police show the van before the crash.',
    'The mayor speaks to reporters outside city hall. (AP Photo/Jane Doe)',
    'Visitors queue at the museum entrance on Friday. Photo: Tom Brown',
    'Workers repair the bridge in Ghent, Belgium. REUTERS/Yves Herman',
    // sponsor and newsletter lines
    'Start your day with the Morning Digest powered by Acme Coffee.',
    'This episode is sponsored by Northwind Bank.',
    'This newsletter is brought to you by Contoso.',
    // teasers for other stories, in several languages
    'Read also: Council to vote on the new bus lanes next week',
    'Leggi anche: Il sindaco presenta il nuovo piano per le piste ciclabili',
    'Potrebbe interessarti: le previsioni del tempo per il fine settimana',
    'Vedi anche: tutte le notizie dalla regione',
    'Lesen Sie auch: Der Stadtrat stimmt über neue Radwege ab',
    'À lire aussi : Le maire présente son plan pour les pistes cyclables',
    'Lee también: El alcalde presenta su plan de carriles bici',
    'Leia também: Prefeito apresenta plano de ciclovias',
    '** A year ago (week of March 10) the average price for regular was $3.58.',
    '† Includes state and federal taxes on every gallon sold.',
    '*Prices are collected on Mondays from about 4,000 stations.',
    '* Prices include all state and federal taxes.',
    // a match's line-ups and notes, a box score's notes
    "Marlow Town: Okafor; Lee, Brandt, Haas, Ruiz; Pryce (Reyes 46'), Mendes, Obi; Lund, Castillo (Ngata 80'), Doyle.",
    'Booked: Kell, Hickey (Ridgeway); Mendes (Marlow Town).',
  ])('%j is not prose', (line) => {
    expect(isNotProse(line)).toBe(true);
  });

  it.each([
    'The company earned $3.2 billion in 2019.',
    'Her message was clear: Europe must act now.',
    'He scored 17 points in the second half and the team won 88-80.',
    '"We are not done yet," she said.',
    'The council voted on Tuesday to close the library.',
    'Why would anyone leave a job like that, she asked, when the pay was so good?',
    'The report, which runs to 400 pages, was published on Monday.',
    'Click, the new app from a Danish start-up, lets users share their location.',
    'Tags on the cattle show where each animal was born.',
    'The engine is powered by hydrogen and emits only water.',
    'In this year\'s budget, the city spends more on roads than on schools.',
    'This photograph changed how the public saw the war, historians say.',
    'This picture shows the moment a police officer smashed a car window to save a baby.',
    'Thanks to the new rules, more families will get the benefit.',
    'Good morning television in Britain has lost a third of its viewers since 2010.',
    'Price rises slowed to 2.1% in March, the statistics office said.',
    'Smith 2 tries and a conversion sealed the match for the visitors.',
    'In 2019, 1,200 people moved to the town.',
    'Sign language interpreters will be at every press briefing.',
    'Subscribers to the service pay $10 a month.',
    'Il sindaco ha presentato ieri il nuovo piano per le piste ciclabili.',
    'The coach named his side: Okafor, Lee, Brandt and Haas all start on the bench.',
    'Three things stood out: the rain, the crowd and the late winner.',
    // two colons after words in capitals, in a paper's prose
    'We have described the CoNLL-2002 shared task: language-independent parsing. Twelve systems were applied to two Western European languages: Spanish and Dutch.',
  ])('%j is prose', (line) => {
    expect(isNotProse(line)).toBe(false);
  });
});

describe('isNotProseSentence', () => {
  it('takes a short question inside a paragraph for what it is', () => {
    expect(isNotProse('Are we alone in the cosmos?')).toBe(true);
    expect(isNotProseSentence('Are we alone in the cosmos?')).toBe(false);
    expect(isNotProseSentence('Click here to download the report.')).toBe(true);
  });

  it('takes a sentence that ends on a reference marker for a whole one', () => {
    expect(isFragment('The toll is a daily fee of £9.50 charged on weekdays.[1]')).toBe(false);
    expect(isFragment('It was introduced in 2024 after a referendum.[2][3]')).toBe(false);
    expect(isFragment('It was introduced in 2024 after a referendum [2]')).toBe(true);
  });

  it("takes a line of a review's practical box and a poster's sign-off for what they are", () => {
    expect(isNotProseSentence('Hours: Tue.–Sat., 5–10 p.m.')).toBe(true);
    expect(isNotProseSentence('Reservations: Recommended; counter seats released 14 days ahead at 10 a.m.')).toBe(true);
    expect(isNotProseSentence('Running time: 1 hr 52 min.')).toBe(true);
    expect(isNotProseSentence('Happy to answer questions.')).toBe(true);
    expect(isNotProseSentence('Hope this helps!')).toBe(true);
    expect(isNotProseSentence('This interview has been edited for length and clarity.')).toBe(true);
    expect(isNotProseSentence('Answers have been lightly edited and condensed.')).toBe(true);
    expect(isNotProseSentence('This interview has been the talk of the town for a week.')).toBe(false);
    // prose that names the same things
    expect(isNotProseSentence('Hours after the vote, reservations about the plan were already being aired.')).toBe(false);
    expect(isNotProseSentence('The price: a 40% rise in the bus fare by next spring.')).toBe(false);
    expect(isNotProseSentence('She was happy to answer questions about the budget for an hour.')).toBe(false);
  });

  it('takes a note on how the story changed for what it is, but not an update that tells the news', () => {
    expect(isNotProseSentence('Update, 4:15 PM ET: Added comment from the mayor and details of the detour.')).toBe(true);
    expect(isNotProseSentence('Updated (Nov. 3): This story has been updated with the final vote count.')).toBe(true);
    expect(isNotProseSentence('Correction: An earlier version of this story misstated the length of the bridge.')).toBe(true);
    expect(isNotProseSentence("Editor's note: This article includes a comment from the developer received after publication.")).toBe(true);
    expect(isNotProseSentence('Update: The council voted 5-2 on Tuesday night to close the bridge for 14 months.')).toBe(false);
    expect(isNotProseSentence('Corrections officers at the county jail voted to strike on Monday.')).toBe(false);
    expect(isNotProseSentence('Corrections officers told the board: we will strike on Monday unless the rota changes.')).toBe(false);
    expect(isNotProseSentence('Correction (Nov. 4): An earlier version of this story gave the wrong date for the vote.')).toBe(true);
  });

  it("takes a reviewer's disclosure for what it is", () => {
    expect(isNotProseSentence('Marlow lent Kitchenly a review unit; it will be returned after testing.')).toBe(true);
    expect(isNotProseSentence('We may earn a commission when you buy through links on our site.')).toBe(true);
    expect(isNotProseSentence('The bank lent the council a further £2m to finish the review of its housing stock.')).toBe(false);
    expect(isNotProseSentence('Agents earn a commission of 3% on every sale, the report found.')).toBe(false);
  });
});

describe('isCaption', () => {
  it('knows a caption by its opening or its credit, not by the word photo alone', () => {
    expect(isCaption('In this image made from video, rescuers carry a child from the rubble.')).toBe(true);
    expect(isCaption('A man rides past the closed factory on Monday. (Photo: Kim Lee/Example Times)')).toBe(true);
    expect(isCaption('She took the photo in 1968, and it won a prize a year later.')).toBe(false);
    // a photographer's name and the outlet, in brackets after a slash; not a ratio or a route
    expect(isCaption('Buyers bid on cod at the fish exchange on Nov. 19. (Ines Varga / Coastline Current)')).toBe(true);
    expect(isCaption('The line runs every ten minutes (Harbour Street / Mill Road).')).toBe(false);
    expect(isCaption('Trains were cancelled. (London Bridge / Cannon Street)')).toBe(false);
    expect(isCaption('Buyers bid on cod at the fish exchange. (Ines Varga / Coastline Current).')).toBe(true);
  });

  it('knows a caption by someone placed in the photo between commas after their name', () => {
    expect(isCaption('Harbour school teacher Tamsin Ward, left, was sentenced to two years in prison on Tuesday.')).toBe(true);
    expect(isCaption('Gary Hale, right, and his brother Tom, left, ran the shop for forty years.')).toBe(true);
    // ", pictured," is said in news ledes too; "left", "right", "top" and "bottom" in prose
    expect(isCaption('A mother of three, Kelly Dawson, pictured, was jailed for six years yesterday.')).toBe(false);
    expect(isCaption('Leicester, bottom with seven points, sacked their manager on Sunday.')).toBe(false);
    expect(isCaption('Arsenal, top on goal difference, host Chelsea on Saturday.')).toBe(false);
    expect(isCaption('The Prime Minister, left on his own after the vote, called for calm.')).toBe(false);
    expect(isCaption('With two minutes left, Okoro scored the winner from the edge of the box.')).toBe(false);
    expect(isCaption('The bus turned left, then right, and stopped outside the Town Hall.')).toBe(false);
    expect(isCaption('Only the Greens left, and the vote went ahead without them.')).toBe(false);
  });

  it('tries a credit pattern only on a tail that holds its needle, which every credit it matches holds', () => {
    const credits = [
      'The mayor speaks to reporters outside city hall. (AP Photo/Jane Doe)',
      'A man rides past the closed factory on Monday. (Photo: Kim Lee/Example Times)',
      'Visitors queue at the museum entrance on Friday. Photo: Tom Brown',
      'Visitors queue at the museum entrance. Photograph by Tom Brown',
      'Workers repair the bridge in Ghent, Belgium. REUTERS/Yves Herman',
      'Crowds gather in the square. (Getty Images)',
      'Crowds gather in the square | Shutterstock via Example',
      'A view of the harbour (photos/Jane Doe).',
      'Buyers bid on cod at the fish exchange on Nov. 19. (Ines Varga / Coastline Current)',
    ];
    for (const { needle, pattern } of CAPTION_CREDITS) {
      const matched = credits.filter((c) => pattern.test(c));
      expect(matched.length, pattern.source).toBeGreaterThan(0);
      for (const c of matched) expect(needle.test(c), `${needle} in ${c}`).toBe(true);
    }
    for (const c of credits) expect(isCaption(c), c).toBe(true);
  });
});

describe('isFragment', () => {
  it.each([
    ['fewer than 4 words', 'He left early.'],
    ['no final mark', 'The Latest on the storm hitting the coast (all times local):'],
    ['no final mark', 'Some readers took to social media to question her account,'],
    ['mostly digits', '12 - 4 - 2 - 30.'],
    ['cut off', 'Another cloud of smoke and dust is set to descend upon the city this week, with forecasters…'],
    ['cut off', 'The mayor said that the council would look again at the plan and...'],
  ])('%s: %j', (_, s) => {
    expect(isFragment(s)).toBe(true);
  });

  it.each(['He paused. "I never thought we would…" he said, and stopped.', 'The vote passed by 12 to 4.', '"It was the best day of my life," she said.', 'It closes at 5 p.m. on weekdays.', 'It continued: "We have tried everything. "', '« Nous n\'avions pas le choix. »'])('%j is whole', (s) => {
    expect(isFragment(s)).toBe(false);
  });

  it('counts each Chinese or Japanese character as a word', () => {
    expect(isFragment('市议会周二批准了新的预算。')).toBe(false);
  });
});

describe('isTabular', () => {
  it('knows cells and rows of figures', () => {
    expect(isTabular('14')).toBe(true);
    expect(isTabular('3-1')).toBe(true);
    expect(isTabular('Arsenal 12 8 3 1 24 9 27')).toBe(true);
    expect(isTabular('Moreno 22 points.')).toBe(true);
    expect(isTabular('The club won 12 of its first 14 games.')).toBe(false);
  });
});

const s = (index: number, paragraph: number, text: string) => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { index, paragraph, text, terms: words.filter((w) => w.length > 3), surface: [], wordCount: words.length };
};

describe('proseSentences', () => {
  it('leaves out non-prose and fragments, keeps prose', () => {
    const ok = proseSentences([
      s(0, 0, 'The council approved the budget on Tuesday after a long debate.'),
      s(1, 1, 'Good morning!'),
      s(2, 2, 'It passed.'),
      s(3, 2, 'Spending on schools will rise next year, officials said.'),
    ]);
    expect([0, 1, 2, 3].map(ok)).toEqual([true, false, false, true]);
  });

  it('falls back to short or unpunctuated sentences when the text has nothing else (notes, a list)', () => {
    const ok = proseSentences([s(0, 0, 'buy milk and eggs'), s(1, 1, 'call the plumber about the sink'), s(2, 2, 'Click here to download it.')]);
    expect([0, 1, 2].map(ok)).toEqual([true, true, false]);
  });

  it('lets fragments fill a summary that the whole sentences cannot', () => {
    const sentences = [s(0, 0, 'The council approved the budget on Tuesday after a long debate.'), s(1, 0, 'It passed.'), s(2, 0, 'Good morning!')];
    expect([0, 1, 2].map(proseSentences(sentences, 1))).toEqual([true, false, false]);
    expect([0, 1, 2].map(proseSentences(sentences, 3))).toEqual([true, true, false]);
  });

  it('gives what there is when a text has nothing but lines that are not prose', () => {
    const ok = proseSentences([s(0, 0, 'Why now?'), s(1, 0, 'Who pays?')]);
    expect([0, 1].map(ok)).toEqual([true, true]);
  });

  it('keeps the body\'s copy of a repeated sentence: the one among more prose, else the later one', () => {
    const repeated = 'The bridge will close for repairs from March to June.';
    const ok = proseSentences([
      // a highlights box at the top of the page
      s(0, 0, repeated),
      s(1, 1, 'Drivers face long detours while the work goes on.'),
      // the body
      s(2, 2, 'City engineers found cracks in two of the bridge’s supports last year.'),
      s(3, 2, 'The Bridge will close for repairs from March to June!'),
      s(4, 2, 'A ferry will run every twenty minutes in the meantime.'),
      // a pull quote standing alone
      s(5, 3, 'A ferry will run every twenty minutes in the meantime.'),
    ]);
    expect([0, 1, 2, 3, 4, 5].map(ok)).toEqual([false, true, true, true, true, false]);
  });

  it('of copies that stand alone alike, drops the one in a box of repeats, else the later one', () => {
    const a = 'Drivers face long detours while the work goes on.';
    const b = 'A ferry will run every twenty minutes in the meantime.';
    const box = proseSentences([
      s(0, 0, a),
      s(1, 1, b),
      s(2, 2, 'City engineers found cracks in two of the supports.'),
      s(3, 3, a),
      s(4, 4, 'The council has set aside money for the repairs.'),
      s(5, 5, b),
    ]);
    expect([0, 1, 2, 3, 4, 5].map(box)).toEqual([false, false, true, true, true, true]);
    const pullQuote = proseSentences([s(0, 0, a), s(1, 1, 'City engineers found cracks in two of the supports.'), s(2, 2, a)]);
    expect([0, 1, 2].map(pullQuote)).toEqual([true, true, false]);
  });
});
