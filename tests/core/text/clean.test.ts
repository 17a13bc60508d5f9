import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_LINES, GUARDED_LINES, TEASER_MARKERS, UNPUNCTUATED_LINES } from '../../../src/core/text/boilerplate.js';
import { clean, isBoilerplate, splitParagraphs } from '../../../src/core/text/clean.js';
import { normalize } from '../../../src/core/text/normalize.js';
import type { LinePattern } from '../../../src/core/text/patterns.js';
import { regexOf } from '../../../src/core/text/unicode.js';

const patternOf = (p: LinePattern): RegExp => regexOf('pattern' in p ? p.pattern : p);

const BODY = 'The council approved the new budget on Tuesday after a long debate.';
const MORE = 'Spending on schools will rise by a tenth next year, officials said.';

describe('isBoilerplate', () => {
  it.each([
    'No time to read?',
    'Get a summary',
    'Previous Article',
    'Next article',
    'Read more',
    'Read more: Council votes again',
    'Share this article',
    'Share on Facebook',
    'Facebook | Twitter | Email',
    'Subscribe to our newsletter',
    'Sign up for the Morning Briefing newsletter',
    'We use cookies to improve your experience. By continuing you accept our cookie policy.',
    'Advertisement',
    'By Jane Smith',
    'By Jane Smith, Political Correspondent',
    'Published: 24 November 2026',
    'Updated 10:32 GMT',
    'November 24, 2026',
    '24 Nov 2026, 10:32 GMT',
    '© 2026 Example News. All rights reserved.',
    '5 min read',
    // what a paper adds after the story: who helped, who paid, who wrote it, what it asks of you
    'Associated Press writer Dana Ruiz in Topeka, Kan., contributed to this report.',
    'Reporters Ola Berg and Tim Hale contributed reporting to this story.',
    "Ravi Anand's reporting is funded by the Rural News Fund.",
    'This story was produced with support from the Harbor Foundation.',
    'The Ledger is reader-supported.',
    'If you value local news like this, please become a member today.',
    'Comments (14)',
    'Kommentare (7) – Zum Kommentieren bitte anmelden.',
    'Have a question we have not answered?',
    // a press release's closing matter
    'Tessaline is a registered trademark of Orrin Labs, Inc.',
    'For more information, visit orrin.example.',
    'This press release contains forward-looking statements that involve risks and uncertainties.',
    'Orrin Labs undertakes no obligation to update any forward-looking statement.',
    // calls to action and appeals, in English and other languages
    "To place a paid death notice, call the Herald's desk at (555) 210-4400 or email notices@example.com.",
    'Tried this recipe? Tag @ourkitchen on Instagram or leave a rating below!',
    'Local journalism needs your support.',
    'El periodismo local de calidad necesita tu apoyo.',
    'Hazte suscriptor por 1 € el primer mes.',
    'Tip de redactie: Heb je nieuws of een foto? Mail naar redactie@example.nl.',
  ])('drops %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    BODY,
    'Readers who subscribe to the paper were told of the change by letter.',
    'The site uses cookies, the regulator said, and must now ask before it does.',
    'By the end of the year, prices had doubled.',
    'Share prices fell sharply on Monday.',
    'Next year the plan will be reviewed again.',
    'Comments by the mayor drew sharp criticism from the opposition.',
    'The clinic, which is funded by the county, will close in March.',
    'Investors questioned the forward-looking statements the firm had made in 2021.',
    'For more information on the virus, the ministry said, people should call their doctor.',
    'To reach the island, visitors take a ferry from the harbour twice a day.',
    'The hospital needs your support more than ever, the mayor said on Monday.',
    // the same words in news (found by a reviewer)
    'This project was funded by a £2m grant from the National Lottery, the council said, and the hall will open in May.',
    'If you rely on the 14 bus, the council says you should subscribe to its text alerts before the works start.',
    'NPR is listener supported, and its funding from Congress was cut this year.',
    'Velcro is a trademark of Velcro IP Holdings, and the company has asked people to stop saying it.',
    'The company undertakes no obligation to update the figures, the filing says, which angered investors.',
  ])('keeps the sentence %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it('keeps every pattern anchored at both ends, as the joined expression requires', () => {
    for (const re of [...BOILERPLATE_LINES, ...TEASER_MARKERS, ...GUARDED_LINES, ...UNPUNCTUATED_LINES].map(patternOf)) {
      expect(re.source.startsWith('^'), re.source).toBe(true);
      expect(re.source.endsWith('$'), re.source).toBe(true);
    }
  });

  // lines that each kind of pattern matches, or nearly does
  const probes = [
    'Subscribe', 'Read more.', 'Share.', 'Related stories:', 'By Ann Lee.', 'Photo: Reuters', '2026-11-25 10:00',
    'Sign up for our daily newsletter.', 'The newsletter said the vote was close, and the council agreed with it on Tuesday night.',
    'We use cookies to improve your experience. By continuing you accept our policy.', 'Cookies were sold at the fair.',
    "Continue browsing if you're happy with this, or find out how to manage cookies.", 'Keep browsing to see more deals.',
    'Wir verwenden Cookies. Bitte akzeptieren Sie.', 'Firefighters at the scene on Monday. (AP Photo/Jane Doe)',
    'Police in London on Monday. REUTERS/Jane Doe.', 'The road to 2/3 of the vote was long.', 'Hong Kong, China, Protests, Police',
    'Hong Kong, China, Protests, Police.', 'He bought apples, pears, plums and figs.',
    'Читайте также: Новости дня', 'Похожие статьи', 'Читайте также',
    'Ce site utilise des cookies : voir notre politique de confidentialité',
    'Czytaj także: Rada miasta przyjęła budżet', '相关阅读：市议会通过预算', 'Reklama',
    'Associated Press writer Dana Ruiz in Topeka, Kan., contributed to this report.', "Ravi Anand's reporting is funded by the Rural News Fund.",
    'The Ledger is reader-supported.', 'Tessaline is a registered trademark of Orrin Labs, Inc.', 'Orrin Labs undertakes no obligation to update any forward-looking statement.',
    'The clinic, which is funded by the county, will close in March.', 'She contributed to this report on the flood.',
    'This story was produced with support from the Harbor Foundation.',
  ];
  const patternsOf = (guards: readonly LinePattern[]): RegExp[] => guards.map(patternOf);

  it('judges each line as the patterns one by one would', () => {
    const lines = [
      ...normalize(readFileSync(new URL('../../../fixtures/no-time-to-read.txt', import.meta.url), 'utf8')).split('\n'),
      ...probes,
    ].map((l) => l.trim());
    const anywhere = patternsOf([...BOILERPLATE_LINES, ...GUARDED_LINES]);
    const oneByOne = (line: string): boolean => {
      if (line.length > 320) return false;
      const bare = line.endsWith('.') ? line.slice(0, -1) : line;
      return anywhere.some((re) => re.test(line) || re.test(bare)) || patternsOf(UNPUNCTUATED_LINES).some((re) => re.test(line));
    };
    expect(lines.filter(oneByOne).length).toBeGreaterThan(12);
    for (const line of lines) expect(isBoilerplate(line), line).toBe(oneByOne(line));
  });

  it('drops markers of other stories in Russian, and notices ending in an accented word: a word boundary there is not an ASCII one', () => {
    // \\b after "также" never matched: to \\b every Cyrillic letter is a non-word character
    for (const line of ['Читайте также: Новости дня', 'Читайте также', 'Похожие статьи', 'Читайте ещё: мэр о бюджете']) {
      expect(isBoilerplate(line), line).toBe(true);
    }
    // the marker must end where its word ends, as in any language
    expect(isBoilerplate('Похожие статьиники')).toBe(false);
    // the same for a cookie notice that ends in an accented word
    expect(isBoilerplate('Ce site utilise des cookies : voir notre politique de confidentialité')).toBe(true);
  });

  it.each([
    ['Polish', 'Czytaj także: Rada miasta przyjęła budżet', 'Reklama'],
    ['Turkish', 'İlgili Haberler', 'Paylaş'],
    ['Swedish', 'Läs också: Budgeten är klar', 'Annons'],
    ['Finnish', 'Lue myös: Kaupunki hyväksyi budjetin', 'Mainos'],
    ['Ukrainian', 'Читайте також: Рада ухвалила бюджет', 'Поділитися'],
    ['Romanian', 'Citește și: Bugetul a fost aprobat', 'Publicitate'],
    ['Hungarian', 'Kapcsolódó cikkek', 'Hirdetés'],
    ['Greek', 'Διαβάστε επίσης: Ο προϋπολογισμός εγκρίθηκε', 'Διαφήμιση'],
    ['Arabic', 'اقرأ أيضاً: المجلس يقر الميزانية', 'إعلان'],
    ['Hebrew', 'קראו גם: המועצה אישרה את התקציב', 'פרסומת'],
    ['Hindi', 'यह भी पढ़ें: नगर परिषद ने बजट पास किया', 'विज्ञापन'],
    ['Japanese', '関連記事', '広告'],
    ['Chinese', '相关阅读：市议会通过预算', '广告'],
    ['Korean', '관련기사', '광고'],
  ])('drops furniture in %s: a marker of another story, and an ad label', (_language, marker, label) => {
    expect(isBoilerplate(marker), marker).toBe(true);
    expect(isBoilerplate(label), label).toBe(true);
  });

  it('keeps prose in those languages that opens with one of the words', () => {
    expect(isBoilerplate('Reklama telewizyjna kosztowała miasto w zeszłym roku ponad milion złotych, ustaliła rada.')).toBe(false);
    expect(isBoilerplate('广告商说，这次投票对所有地区都是公平的，市长也同意这一点。')).toBe(false);
  });

  it('guards each pattern that scans a line with a needle that every line it matches holds', () => {
    const cases = [...GUARDED_LINES.map((g) => ({ ...g, finalStop: true })), ...UNPUNCTUATED_LINES.map((g) => ({ ...g, finalStop: false }))];
    for (const { needle, pattern, finalStop } of cases) {
      const matched = probes.filter((l) => pattern.test(l) || (finalStop && pattern.test(l.replace(/\.$/, ''))));
      expect(matched.length, pattern.source).toBeGreaterThan(0);
      for (const line of matched) expect(needle.test(line), `${needle} in ${line}`).toBe(true);
    }
  });
});

describe('sponsor labels', () => {
  it("drops the line after a sponsor's label standing alone, and keeps the body after an Advertisement label", () => {
    const text = [
      'The council approved a new budget on Tuesday that raises spending on schools by a tenth.',
      'THIS ISSUE IS SUPPORTED BY',
      'Pedal Co-op. Winter tune-ups are $45 through November, and every fifth one is free for members.',
      'The vote followed a long night of debate in which several members asked for cuts elsewhere.',
      'Advertisement',
      'Officials said the money would pay for more teachers and the repair of three old buildings.',
    ].join('\n\n');
    const { paragraphs } = clean(normalize(text));
    expect(paragraphs.join(' ')).not.toContain('tune-ups');
    expect(paragraphs).toContain('Officials said the money would pay for more teachers and the repair of three old buildings.');
    expect(paragraphs).toContain('The vote followed a long night of debate in which several members asked for cuts elsewhere.');
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and on single breaks after a finished sentence', () => {
    expect(splitParagraphs(`${BODY}\n${MORE}\n\nA third one.`)).toEqual([BODY, MORE, 'A third one.']);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const wrapped = 'The council approved the new budget on Tuesday\nafter a long debate that ran late into the night\nand ended in a vote.';
    expect(splitParagraphs(wrapped)).toEqual([wrapped.replace(/\n/g, ' ')]);
  });

  it('keeps a headline on its own line apart from the body', () => {
    expect(splitParagraphs(`Council Approves Budget After Long Debate\n${BODY}`)).toEqual([
      'Council Approves Budget After Long Debate',
      BODY,
    ]);
  });

  it('keeps list items apart', () => {
    expect(splitParagraphs('Three things changed\n- the budget\n- the rules')).toEqual([
      'Three things changed',
      '- the budget',
      '- the rules',
    ]);
  });
});

describe('clean', () => {
  it('takes a leading line without sentence punctuation as the title', () => {
    expect(clean(`Council Approves Budget\n\n${BODY} ${MORE}`)).toEqual({
      title: 'Council Approves Budget',
      paragraphs: [`${BODY} ${MORE}`],
      asides: [],
    });
  });

  it('finds no title when the article starts with prose', () => {
    expect(clean(`${BODY}\n\n${MORE}`).title).toBeNull();
  });

  it('drops a line equal to a title the caller already knows', () => {
    expect(clean(`Budget passes\n${BODY}`, 'Budget Passes')).toEqual({ title: 'Budget Passes', paragraphs: [BODY], asides: [] });
  });

  it('drops the headlines of other stories after Previous/Next Article', () => {
    const text = `${BODY}\n\nPrevious Article\n\nMayor Opens New Bridge Over River\n\nNext Article\n\nStorm Closes Schools Across Region`;
    expect(clean(text).paragraphs).toEqual([BODY]);
  });

  it('drops label-like lines and runs of menu items anywhere from the ranked body', () => {
    const text = `Home\nWorld\nBusiness\nSport\n\n${BODY}\n\nPhoto gallery\n\n${MORE}\n\nTags\nBudget\nCouncil\nSchools`;
    expect(clean(text).paragraphs).toEqual([BODY, MORE]);
  });

  it('keeps headings and list items between body paragraphs as asides, and none from before or after the body', () => {
    const text = [
      'Home\nWorld\nBusiness',
      BODY,
      'What the budget means for schools',
      '- Smaller classes in every primary school\n- Two new libraries in the north',
      MORE,
      'Related stories\nMayor opens bridge\nShare this article',
    ].join('\n\n');
    expect(clean(text)).toEqual({
      title: null,
      paragraphs: [BODY, MORE],
      asides: [
        { before: 1, text: 'What the budget means for schools' },
        { before: 1, text: '- Smaller classes in every primary school' },
        { before: 1, text: '- Two new libraries in the north' },
      ],
    });
  });

  it('ends the body at its list of references: what follows is the publisher\'s, not the article\'s', () => {
    const text = [
      BODY,
      MORE,
      '[1] Jones A. School budgets in practice. Educ Rev. 2024; 12: 30-41.',
      'Example Council serves 300,000 residents and employs around 4,000 people across the county.',
    ].join('\n\n');
    expect(clean(text).paragraphs).toEqual([BODY, MORE]);
  });

  it('keeps table rows, stat lines and captions between paragraphs as asides', () => {
    const text = [BODY, 'Moreno 22 points.', 'In this May 2, 2026, file photo, councillors vote in the town hall.', MORE].join('\n\n');
    expect(clean(text)).toEqual({
      title: null,
      paragraphs: [BODY, MORE],
      asides: [
        { before: 1, text: 'Moreno 22 points.' },
        { before: 1, text: 'In this May 2, 2026, file photo, councillors vote in the town hall.' },
      ],
    });
  });

  it.each(['Potrebbe interessarti', 'Vedi anche', 'Guarda anche:', 'Articoli correlati', 'Veja também', 'Noticias relacionadas', 'Auch interessant'])(
    'drops the headlines of other stories after %j',
    (marker) => {
      const text = [BODY, marker, 'Il sindaco presenta il piano per le scuole della città', 'Nuove piste ciclabili in centro', MORE].join('\n\n');
      expect(clean(text).paragraphs).toEqual([BODY, MORE]);
      expect(clean(text).asides).toEqual([]);
    },
  );

  it('summarizes a text of nothing but lines that are not prose from those lines', () => {
    expect(clean('12 34 56. 78.9 10 11.5%.\n\nGood morning!').paragraphs).toEqual(['12 34 56. 78.9 10 11.5%.', 'Good morning!']);
  });

  it('keeps a long unpunctuated run of words as prose', () => {
    const run = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    expect(clean(run).paragraphs).toEqual([run]);
  });
});

describe('clean: a short question alone on a line', () => {
  it('is a heading between paragraphs, but the lede when it opens the body', () => {
    const text = [
      'Who decides what a whole state says about itself?',
      'Every few years someone has to try, and this year it was the tourism board.',
      'What happens next?',
      'The new signs go up on the highways in the spring, the board said on Monday.',
    ].join('\n');
    const { paragraphs, asides } = clean(text);
    expect(paragraphs[0]).toBe('Who decides what a whole state says about itself?');
    expect(asides.map((a) => a.text)).toEqual(['What happens next?']);
  });
});

describe('normalize', () => {
  it('drops a BOM and unifies CRLF and lone CR line ends', () => {
    expect(normalize('\ufeffOne.\r\nTwo.\rThree.')).toBe('One.\nTwo.\nThree.');
  });

  it('turns non-breaking spaces and tabs into spaces and drops control characters', () => {
    expect(normalize('A\u00a0b\tc\u0007d  \n')).toBe('A b cd\n');
  });
});

describe('a cookie notice that says what the cookies are for', () => {
  it('is furniture, and a sentence about cookies is not', () => {
    expect(isBoilerplate('Carrow Weekender and our partners use cookies to improve your experience and measure ads.')).toBe(true);
    expect(isBoilerplate('The bakery sold 4,000 cookies at the fair on Saturday.')).toBe(false);
  });

  it('is furniture when it asks the reader to go on browsing or to manage cookies', () => {
    expect(isBoilerplate("Continue browsing if you're happy with this, or find out how to manage cookies.")).toBe(true);
    expect(isBoilerplate('By continuing browsing the site you agree to our use of cookies.')).toBe(true);
    expect(isBoilerplate('The bakery lets volunteers manage cookies, cakes and the till on Saturdays at the fair.')).toBe(false);
    expect(isBoilerplate('Shoppers who kept browsing the market stalls after dark found bargains, traders said.')).toBe(false);
    expect(isBoilerplate('Google said Chrome users will be able to block cookies by the end of next year.')).toBe(false);
    expect(isBoilerplate('Keep browsing the aisles long enough and you will find a bargain, shoppers say.')).toBe(false);
  });
});

describe('a wire or press-release dateline opening the story', () => {
  it.each([
    ['CALLOWAY, Iowa, Oct 22 (Meridian) - The river authority closed the lock to barge traffic on Wednesday.', 'The river authority closed'],
    ['PORTVALE, Ore., Nov. 3, 2026 /Lakeside Newswire/ -- Harrow Tools Inc. today opened a plant in Portvale.', 'Harrow Tools Inc. today'],
    ['HARLOW, Ohio--(PRESS WIRE)--Marston Glass Inc. today opened a $78 million plant in Harlow.', 'Marston Glass Inc. today'],
    ['ST. LOUIS — The city council voted on Monday to close two libraries.', 'The city council voted'],
    ['HARBOR CITY, Calif. (AP) — Fire crews contained the blaze on Sunday.', 'Fire crews contained'],
    // a regional paper's place and its writer's or agency's code in lower case
    ['Kellbach (wra) – Die Brücke über die Eller wird ab Montag für Lastwagen gesperrt.', 'Die Brücke über'],
    ['Bad Kellbach (dpa) - Die Brücke über die Eller wird ab Montag gesperrt.', 'Die Brücke über'],
  ])('is no part of the first sentence: %s', (paragraph, opening) => {
    const { paragraphs } = clean(`${paragraph}\n\nThe plant will employ 120 people by the end of next year, the company said.`);
    expect(paragraphs[0]).toMatch(new RegExp(`^${opening.replace(/[.$]/g, '\\$&')}`));
  });

  it('leaves a sentence that opens with a name and a bracket alone', () => {
    const { paragraphs } = clean('Mozart (1756–1791) wrote his last symphony in a few weeks.\n\nIt was never performed in his lifetime.');
    expect(paragraphs[0]).toMatch(/^Mozart \(1756–1791\) wrote/);
  });

  it.each([
    'US stocks fell - the Dow lost 2% as bank shares slid on Monday.',
    'NASA — the agency that put people on the Moon — wants to go back by 2028.',
    'The council, which met on Monday - for once - agreed.',
  ])('leaves a sentence that merely opens with capitals or a dash whole: %s', (paragraph) => {
    expect(clean(`${paragraph}\n\nThe rest of the story follows in this paragraph, the reporter said.`).paragraphs[0]).toBe(paragraph);
  });
});

describe("a press release's closing matter", () => {
  it('drops what follows "About Orrin Labs", and keeps what follows "About the study"', () => {
    const release = [
      'Orrin Labs today released Tessaline 4, which cuts the cost of a cold-storage query by half.',
      'The update is free for existing customers and ships in every region on June 1.',
      'About Orrin Labs',
      'Orrin Labs builds storage software for hospitals and research labs in 14 countries.',
      'Founded in 2015, the company employs 320 people.',
      'Media contact',
      'Nell Park, press@orrin.example',
    ].join('\n\n');
    const { paragraphs } = clean(normalize(release));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.join(' ')).not.toContain('employs 320');
    const story = [
      'Children who walk to school sleep longer, a survey of 4,000 families has found.',
      'About the study',
      'Researchers asked parents to keep a sleep diary for two weeks in the spring term.',
    ].join('\n\n');
    expect(clean(normalize(story)).paragraphs).toContain('Researchers asked parents to keep a sleep diary for two weeks in the spring term.');
    // a subheading that opens "About" or "Over" and a name is no press release's end
    const feature = [
      'The new library opened on Monday, two years late and £3m over its budget.',
      'Over Budget, Behind Schedule',
      'The council blamed the contractor for the delays, which began in the first winter.',
      'About Time',
      'Readers who waited for the library say the wait was worth it.',
    ].join('\n\n');
    expect(clean(normalize(feature)).paragraphs).toHaveLength(3);
  });
});
