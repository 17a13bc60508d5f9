// Does the article put its point first? Leads that warm up (a question, an address to the reader, a
// greeting, a scene, a seasonal or generic opener) and leads that do not. Articles written for these tests.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/nlp/languages.js';
import { openerKind } from '../../../src/core/score/opening.js';
import { announced, signpostOf } from '../../../src/core/text/signpost.js';
import { summarize } from '../../../src/core/summarize.js';
import { formatExplain } from '../../../src/format/explain.js';

const plain = { title: (s: string) => s, dim: (s: string) => s, bold: (s: string) => s } as never;

/** A feature: `lede` sentences first, then the nut graf and the story. */
const feature = (lede: readonly string[]): string =>
  [
    'Prairie state picks a new tourism slogan',
    '',
    ...lede,
    '',
    'South Dakota has chosen "Green Hills and Open Skies" as its new tourism slogan, the state\'s governor announced on Monday.',
    'The slogan will appear on road signs, posters and licence plates across the state from next spring.',
    '',
    'The tourism office said the slogan was picked from more than four thousand ideas sent in by the public.',
    'The new slogan replaces one that had been used on state signs since 1990.',
    'Critics of the tourism slogan said the state had spent too much on the search.',
    'The governor said the slogan would bring more visitors to the hills in the west of the state.',
  ].join('\n');

const LEDES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['question', ['Who decides what a whole state says about itself?', 'Every few years someone has to try.']],
  ['address', ['Remember the long search for a motto in Vermont?', 'It took three years and two committees.']],
  ['address', ["You've probably driven past a welcome sign without reading it.", 'Most drivers never do.']],
  ['greeting', ['Hello and welcome to our weekly look at life on the plains.', 'There is a lot to cover this week.']],
  ['seasonal', ["As the year comes to an end, it's time to sit back and reflect.", 'Plenty happened on the plains this year.']],
  ['scene', ['It was a cold morning in Pierre when the phone rang in the tourism office.', 'Nobody expected the call.']],
  // a writer's own anecdote, on a day of the week
  ['scene', ['Last Tuesday, the power in our flat went out at six, just as I started on dinner.', 'I cooked by torchlight.']],
];

describe('openers', () => {
  it('tells each kind of warm-up sentence', () => {
    expect(openerKind('Who decides what a whole state says about itself?', 'en')).toBe('question');
    expect(openerKind('Remember the long search for a motto in Vermont?', 'en')).toBe('question');
    expect(openerKind('Remember when every town had a motto.', 'en')).toBe('address');
    expect(openerKind("You've probably driven past a welcome sign without reading it.", 'en')).toBe('address');
    expect(openerKind('Imagine a road sign that nobody reads.', 'en')).toBe('address');
    // the news told to the reader is no warm-up: "you may be surprised to know that" frames it
    expect(openerKind('But you may be surprised to know that the old pier was sold at auction on Friday for £1.', 'en')).toBeNull();
    expect(openerKind('You might not know that the library opens on Sundays now.', 'en')).toBeNull();
    expect(openerKind('You may remember the old pier before the storm.', 'en')).toBe('address');
    expect(openerKind('Hello and welcome to our weekly look at life on the plains.', 'en')).toBe('greeting');
    expect(openerKind('Last Tuesday, the power in our flat went out, just as I started on dinner.', 'en')).toBe('scene');
    expect(openerKind('Last Tuesday, the council voted to close the pool.', 'en')).toBeNull();
    expect(openerKind("As the year comes to an end, it's time to sit back and reflect.", 'en')).toBe('seasonal');
    expect(openerKind("It's that time of year again.", 'en')).toBe('seasonal');
    expect(openerKind('It was a cold morning in Pierre when the phone rang.', 'en')).toBe('scene');
    expect(openerKind('On a rainy night in March, the office lights were still on.', 'en')).toBe('scene');
    expect(openerKind('At twenty to seven on a grey Thursday morning, the ferry nosed away from the pier.', 'en')).toBe('scene');
    expect(openerKind('In the winter of 1887, the streets of the town went dark.', 'en')).toBe('scene');
    expect(openerKind('At least 12 people died on Monday when the ferry sank.', 'en')).toBeNull();
    // a season's coming and a columnist's anecdote dated by a month
    expect(openerKind('The first snow came early to the Kestle valley this year, and it came heavy.', 'en')).toBe('scene');
    expect(openerKind('Winter comes late to the islands, but it stays until April.', 'en')).toBe('scene');
    expect(openerKind('Last March, when the river rose for the third time in a week, my landlord finally moved the boiler upstairs.', 'en')).toBe('scene');
    expect(openerKind("A Valdorno l'inverno arriva prima che in pianura.", 'it')).toBe('scene');
    expect(openerKind('On the morning of April 11, 1924, the gates of the Kell Dam closed for the first time.', 'en')).toBe('scene');
    expect(openerKind("À Saint-Véran, l'hiver arrive plus tôt qu'ailleurs.", 'fr')).toBe('scene');
    expect(openerKind('Last March the council approved the budget, its chair said.', 'en')).toBeNull();
    expect(openerKind('Last March, the minister told reporters: "I will not resign."', 'en')).toBeNull();
    expect(openerKind('Heating bills soared as winter arrived early across Europe, the regulator said.', 'en')).toBeNull();
    expect(openerKind('The first rains fell heavily across Kerala on Monday, flooding 300 homes.', 'en')).toBeNull();
    expect(openerKind('Winter fuel payments will rise by 5% from November, the minister said.', 'en')).toBeNull();
    // a conjunction carries a warm-up on
    expect(openerKind('And every spring for 22 years, volunteers have carried the toads across the lane.', 'en')).toBe('seasonal');
    expect(openerKind('And the council approved the tunnels on Monday.', 'en')).toBeNull();
    expect(openerKind('"Nobody reads the signs," the driver said.', 'en')).toBe('quote');
    expect(openerKind('Souvenez-vous de la longue recherche d\'une devise.', 'fr')).toBe('address');
  });

  it('leaves leads that say something alone', () => {
    for (const lead of [
      'The city council approved a new budget on Tuesday.',
      'This year the council met early.',
      'Remembrance Day parades were held across the country on Sunday.',
      'Youth unemployment fell for the third month running.',
      'As expected, the central bank left its interest rate unchanged.',
      'It was the warmest March on record, forecasters said.',
      'Hellenic Airlines cancelled forty flights.',
    ]) {
      expect(openerKind(lead, 'en'), lead).toBeNull();
    }
  });
});

describe('a lead that warms up', () => {
  for (const [kind, lede] of LEDES) {
    it(`${kind}: the one-sentence summary, the tl;dr's first sentence, the headline and the teaser are not the warm-up`, () => {
      const article = feature(lede);
      const one = summarize(article, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
      expect(one).toMatch(/^South Dakota has chosen/);
      const tldr = summarize(article, { type: 'tldr', length: { kind: 'count', n: 3 } }).sentences[0]!.text;
      expect(lede).not.toContain(tldr);
      const headline = summarize(article, { type: 'headline' }).sentences[0]!.text;
      expect(headline).toMatch(/^South Dakota has chosen/);
      for (const s of summarize(article, { type: 'teaser' }).sentences) expect(lede, s.text).not.toContain(s.text);
    });
  }

  it('--explain says how much the lead prior counted, and from where', () => {
    const warm = summarize(feature(LEDES[1]![1]), { length: { kind: 'count', n: 1 } });
    expect(warm.lead).toMatchObject({ start: 2, kinds: ['question'] });
    expect(formatExplain(warm, 'picked', plain)).toMatch(/\n\nlead prior: 100% for this article, from sentence 2, after a warm-up \(question\)\n$/);
    const news = summarize(feature(['The governor of South Dakota unveiled a new slogan for the state on Monday.', 'It was chosen by a panel.']), { length: { kind: 'count', n: 1 } });
    expect(news.lead).toMatchObject({ reliance: 1, start: 0, kinds: [] });
    expect(formatExplain(news, 'picked', plain)).toMatch(/lead prior: 100% for this article, from the first sentence\n$/);
  });

  it('news that opens with a quotation keeps its lead prior', () => {
    const article = feature(['"We will not give up," the governor said as the vote was lost.', 'South Dakota voted on a new slogan on Monday.']);
    expect(summarize(article, { length: { kind: 'count', n: 1 } }).lead).toMatchObject({ start: 0 });
  });

  it('without a title: a seasonal opener is still not the summary', () => {
    const article = [
      "As the year comes to an end, it's time to sit back and reflect.",
      'Our reviewers tested forty gadgets this year, and three of them changed how we work.',
      'The best gadget of the year is a folding keyboard that fits in a coat pocket and pairs with any phone.',
      'The keyboard costs less than a dinner for two and its battery lasts a month.',
      'A small travel router came second, because it makes hotel wifi safe to use.',
      'The router weighs less than a phone and needs no software.',
    ].join(' ');
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.lead).toMatchObject({ start: 1, kinds: ['seasonal'] });
    expect(summary.sentences[0]!.text).not.toMatch(/^As the year/);
    expect(summarize(article, { type: 'headline' }).sentences[0]!.text).not.toMatch(/year comes to an end/);
  });
});

describe('a feature whose scene runs on for paragraphs', () => {
  const article = [
    'Island doctor retires after 38 years with no one to replace her',
    '',
    'It was just after two in the morning when the phone rang, and the wind was already rattling the windows.',
    'She packed her bag by torchlight and drove the only paved road at walking pace.',
    '',
    'By the time she reached the farmhouse the kettle was on and the neighbours had gathered in the kitchen.',
    'The baby was born a little before dawn, on a rug in front of the stove.',
    '',
    'After 38 years as the island doctor, she will retire next spring, and no one has agreed to replace her.',
    'The health board has advertised the post four times since last year.',
    '',
    'Islanders say they fear for older residents who cannot easily travel to the mainland.',
    'The ferry runs twice a day in summer and once a day in winter.',
  ].join('\n');

  it('counts the lead prior from the nut graf, not from the second paragraph of the scene', () => {
    const one = summarize(article, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
    expect(one).toMatch(/^After 38 years as the island doctor/);
    const headline = summarize(article, { type: 'headline' }).sentences[0]!.text;
    expect(headline).toMatch(/retire/);
  });
});

describe('a scene set in the place the title names', () => {
  it('is a warm-up when the nut graf names the title as fully: the scene names the place, the nut graf the news', () => {
    const article = [
      'Last orders at the Kestle ferry',
      '',
      'The first snow came early to Kestle this year, and by dawn it lay thick on the ferry slipway and the empty car park above it.',
      '',
      'On a weekday in winter, that would once have meant a queue of lorries by half past six.',
      'This Tuesday there were two cars and a van.',
      '',
      'The Kestle ferry, which has crossed the sound every day since 1921, will make its last crossing on January 31.',
      'The county says the crossing loses 1.2 million pounds a year and the new bridge has taken most of its traffic.',
      '',
      'The ferry company will keep its twelve crew on until the spring.',
    ].join('\n');
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The Kestle ferry, which has crossed the sound/);
    expect(summary.lead).toMatchObject({ kinds: ['scene'] });
  });
});

describe('openers that name the title still warm up', () => {
  it('a seasonal opener is a warm-up even when it uses the title\'s words', () => {
    const article = [
      'The best gadgets of the year',
      '',
      "As the year winds down, it's time to look back at the gadgets of the year.",
      'Every December we go through the boxes in the office and ask what we would buy again.',
      '',
      'Our reviewers tested three hundred gadgets this year, and only eight of the gadgets earned a permanent place on our desks.',
      'The best of them is a laptop that weighs under a kilogram and lasts two workdays.',
      'A pair of earbuds with real noise cancelling came second.',
    ].join('\n');
    const one = summarize(article, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
    expect(one).toMatch(/^Our reviewers tested/);
  });

  it('a scene told in the second person is a warm-up', () => {
    expect(openerKind('You felt fine at lunch.', 'en')).toBe('scene');
    expect(openerKind('Your phone can now unlock your car, the company said.', 'en')).toBeNull();
  });

  it.each([
    ['questions', ['Who is a four-day school week really for?', 'Is it for the pupils, who get a long weekend?', 'Is it for the teachers?']],
    ['an address', ["If you've ever argued about a four-day school week, you know how it goes.", 'Everyone has a story.']],
  ])('%s that use the title\'s words are a warm-up all the same: they ask or beckon, and say nothing yet', (_kind, lede) => {
    const article = [
      'Opinion: a four-day school week is a bargain for the budget, not for families',
      '',
      ...lede,
      '',
      'Harlow County moved to a Monday-to-Thursday timetable two years ago to save money on buses and heating.',
      'Each day grew by an hour and ten minutes to keep the hours of teaching the same.',
      'Thirty other rural districts in the state have done the same since 2015.',
      '',
      'But a four-day school week does not make the cost of the fifth day disappear; it moves it from the budget to families.',
      'A working parent now pays for a full extra day of child care every week.',
      'The savings for the county were smaller than promised.',
    ].join('\n');
    const one = summarize(article, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
    expect(lede).not.toContain(one);
  });

  it('a scene set at an hour of the day, and a season told by its first frost, are warm-ups', () => {
    expect(openerKind('At 5:40 on a Tuesday morning, the only light on the street comes from the pool.', 'en')).toBe('scene');
    expect(openerKind('Just after dawn, the ferry pulled away from the dock.', 'en')).toBe('scene');
    expect(openerKind('When the first frost settles on the fields, most beekeepers close their hives.', 'en')).toBe('seasonal');
    expect(openerKind('There is a moment on every camping trip when only the coffee matters.', 'en')).toBe('seasonal');
    expect(openerKind('It’s 3 a.m. in the night nursery on Ferrier Road, and only the dishwasher is awake.', 'en')).toBe('scene');
    expect(openerKind('Last March I watched an old man wait for the bus with nowhere to sit.', 'en')).toBe('scene');
    expect(openerKind('Het is kwart voor zeven en de mist hangt nog laag boven de rivier.', 'nl')).toBe('scene');
    expect(openerKind('Es ist kurz nach sechs, und über dem Hafen liegt noch Nebel.', 'de')).toBe('scene');
    expect(openerKind('Il est 6 heures et le brouillard couvre encore le fleuve.', 'fr')).toBe('scene');
    expect(openerKind('Son las seis y la niebla cubre todavía el río.', 'es')).toBe('scene');
    expect(openerKind('Sono le sei e la nebbia copre ancora il fiume.', 'it')).toBe('scene');
    expect(openerKind('Het college heeft dinsdag besloten de pont te schrappen.', 'nl')).toBeNull();
    expect(openerKind('At 5 p.m. on Tuesday the council voted to close the pool.', 'en')).toBeNull();
    expect(openerKind('At 6:15 a.m. Monday, a fire broke out at the plant.', 'en')).toBeNull();
  });

  it('a season that comes after a long place is a scene: its word is looked for as far as the place may run', () => {
    // a place of 22 to 30 characters, then 'the first' before the season's word (found in review: a
    // needle bounded to the place alone missed them)
    expect(openerKind('In the hills above Grindelwald, the first snow came early.', 'en')).toBe('scene');
    expect(openerKind('At the edge of the northern lakes, the last frost came late.', 'en')).toBe('scene');
    expect(openerKind('En Haute-Savoie profonde du Nord, le printemps arrive tôt.', 'fr')).toBe('scene');
    expect(openerKind('The hills above Grindelwald were busy all week with walkers, and snow fell later.', 'en')).toBeNull();
  });

  it('a scene told in the present tense at a clock time is a warm-up; news that tells its time with a day, or in the past, is not', () => {
    expect(openerKind('The tram rattles out of the depot at 5:12, its windows still fogged from the night.', 'en')).toBe('scene');
    expect(openerKind('It is 4:15 in the morning, and Marta Quill is already kneading.', 'en')).toBe('scene');
    expect(openerKind('The first trawler noses into the harbour at 6:05 and the gulls follow it in.', 'en')).toBe('scene');
    expect(openerKind('Firefighters were called to the mill at 4:15 after a passer-by saw smoke.', 'en')).toBeNull();
    expect(openerKind('Polls close at 8:00 p.m. on Tuesday across the state.', 'en')).toBeNull();
    expect(openerKind('The storm is expected to reach the coast at 6:30 on March 3.', 'en')).toBeNull();
    expect(openerKind('The Chancellor will deliver her Budget to MPs at 12:30.', 'en')).toBeNull();
    expect(openerKind('Trading in the shares halts at 10:45 after a 40% plunge.', 'en')).toBeNull();
    expect(openerKind('Kipchoge runs the marathon in 1:59:40 in Vienna.', 'en')).toBeNull();
    // the same scene in other languages: a verb in the present tense and an hour
    expect(openerKind("D'inverno, al rifugio Pian Alto, la giornata comincia alle sei.", 'it')).toBe('scene');
    expect(openerKind('La lonja abre a las cinco y los compradores ya esperan en la puerta.', 'es')).toBe('scene');
    expect(openerKind('Le marché ouvre à 5 h, mais les camions arrivent bien avant.', 'fr')).toBe('scene');
    expect(openerKind('Der erste Zug fährt um vier, und am Bahnsteig steht nur ein Mann.', 'de')).toBe('scene');
    expect(openerKind('De veiling begint om zes uur, als het nog donker is.', 'nl')).toBe('scene');
    expect(openerKind('Il consiglio comunale ha approvato ieri il bilancio alle 18.', 'it')).toBeNull();
    expect(openerKind('Le conseil municipal a voté mardi à 21 h la fermeture de la piscine.', 'fr')).toBeNull();
    // news names its day, a percentage or a strike; "arrive", "kommt" are news's verbs too
    expect(openerKind('Der Dax startet um 1,2 Prozent im Minus in den Handel.', 'de')).toBeNull();
    expect(openerKind('Der Warnstreik der Lokführer beginnt um 22 Uhr am Sonntag.', 'de')).toBeNull();
    expect(openerKind('La huelga de metro comienza a las seis de la mañana del lunes.', 'es')).toBeNull();
    expect(openerKind('Lo sciopero dei treni inizia alle 21 di domenica.', 'it')).toBeNull();
    expect(openerKind('Emmanuel Macron arrive à 10 h à Kiev pour une visite surprise.', 'fr')).toBeNull();
  });

  it('after a present-tense scene at a clock time the summary is the nut graf', () => {
    const article = [
      'The last ferry from Brindle Quay',
      '',
      'The boat ties up at 6:40, and the deckhand throws a rope that lands with a slap on the wet stones.',
      'A woman in a green coat steps off with a crate of eggs.',
      '',
      'Nobody else gets on.',
      '',
      'Brindle Quay ferry services will end on April 30 after the harbour board voted to withdraw the subsidy that has kept the last ferry running since 1958.',
      'The board said the crossing carried fewer than forty passengers a day last year.',
      '',
      'Islanders say the crossing is the only way to reach the mainland clinic without a two-hour drive.',
    ].join('\n');
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Brindle Quay ferry services will end/);
    expect(summary.lead).toMatchObject({ kinds: ['scene'] });
  });
});

describe('an anecdote told by the clock on any day, and its character', () => {
  it('is a scene: "at 2:17 a.m. on a Sunday", not news\'s "on Sunday"', () => {
    expect(openerKind('The call came in at 2:17 a.m. on a Sunday in February: a barn fire on Mill Lane.', 'en')).toBe('scene');
    expect(openerKind('The call came in at 2:17 a.m. on Sunday, the fire service said.', 'en')).toBeNull();
    expect(openerKind('The shooting happened at 1:30 a.m. on a Saturday, police said.', 'en')).toBeNull();
    expect(openerKind('Traffic on Route 9 on a Sunday is light in winter.', 'en')).toBeNull();
  });

  it('goes on through the character brought in by name and age, to the nut graf', () => {
    const article = [
      'Who will come? Harlow County is running out of volunteer firefighters',
      '',
      'The call came in at 3:40 a.m. on a Tuesday in March: a barn fire on Mill Lane, with forty cows inside.',
      '',
      'Dora Keane, 58, was the only Harlow County volunteer firefighter who answered the page.',
      'She drove the old pumper out alone and waited 22 minutes for help from two towns over.',
      '',
      '“The barn went,” Keane said. “The cows got out. I kept asking myself who would come.”',
      '',
      'Across Harlow County, fewer and fewer volunteer firefighters come: the county’s nine volunteer fire crews have lost half their members since 2012, and the first engine now takes twice as long to reach a rural fire.',
      '',
      'The county board will decide next month whether to pay for its first full-time firefighters.',
      'The vote is set for April 9.',
    ].join('\n');
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Across Harlow County/);
    expect(summary.lead?.kinds).toContain('scene');
  });
});

describe('a feature told through one person, then the turn to the many', () => {
  const feature = (turn: string, first = 'Every morning at seven, Agnes Morrow unlocks the door of the last cobbler’s shop on Tanner Row.') =>
    [
      'The last cobbler on Tanner Row',
      '',
      first,
      'She lights the lamp over her bench and sets out the day’s shoes in a line.',
      '',
      '“Nobody mends anything any more,” she says, holding up a heel worn to the nail.',
      '“They just buy new.”',
      '',
      'Morrow is 71, and she has worked at the bench for 48 years.',
      turn,
      '',
      'The guild says fewer than twenty apprentices have started in the past decade.',
      'Most shops that closed were sold for flats.',
    ].join('\n');

  it('counts the lead prior from the turn: "Morrow is one of only…", "She is not alone: …"', () => {
    for (const turn of [
      'Morrow is one of only 14 registered cobblers left in the county, down from more than 200 in 1980, and the guild expects half of them to retire within five years.',
      'She is not alone: the county has lost more than 180 cobblers since 1980, and the guild expects half of the 14 left to retire within five years.',
      // the person's own place stands for her, and "more than" counts the many
      'Morrow’s shop is one of more than 30 cobblers’ shops that have closed or changed hands in the county since 2015, as the last apprentices of the 1970s retire.',
      'Her shop is one of fewer than 20 left in the county, down from more than 200 in 1980.',
    ]) {
      const summary = summarize(feature(turn), { length: { kind: 'count', n: 1 } });
      expect(summary.lead?.kinds).toContain('character');
      expect(summary.sentences[0]!.text).toBe(turn);
    }
  });

  it('counts the lead prior from a case that stands for many, however the turn says so', () => {
    const scene = (turn: string): string =>
      [
        'The bank that comes on Fridays',
        '',
        'Every Friday at half past nine, a grey van parks behind the chapel in Ollerby, and a short queue forms beside it.',
        'Inside, two clerks take deposits from the baker and the garage, and help pensioners who would rather not bank on a phone.',
        'The van is all that is left of the branch that stood on Bridge Street for 90 years.',
        '',
        turn,
        'The bank says fewer than one customer in ten still visits a branch.',
        'Ollerby’s councillors have asked it to keep the van running until 2027.',
      ].join('\n');
    for (const turn of [
      'The closures are part of a wider retreat from rural high streets: banks have shut 41 branches across the county since 2017, leaving nine towns with no bank at all.',
      'Its story is not unusual: banks have shut 41 branches across the county since 2017, leaving nine towns with no bank at all.',
    ]) {
      const summary = summarize(scene(turn), { length: { kind: 'count', n: 1 } });
      expect(summary.sentences[0]!.text).toBe(turn);
    }
    const scène = [
      'La dernière fournée de Lucien Marty',
      '',
      'Il est 5 h 15 à Saint-Cirq, et seule la vitrine du fournil est éclairée dans la rue principale.',
      'Lucien Marty y enfourne ses premières baguettes, comme chaque matin depuis 1991.',
      'Dans un mois, il fermera pour de bon.',
      '',
      'Son cas n’a rien d’exceptionnel : dans le département, 31 communes ont perdu leur dernière boulangerie depuis 2014, selon la chambre de métiers.',
      'Les repreneurs se font rares, faute de clients.',
      'La mairie cherche un boulanger pour reprendre le fonds.',
    ].join('\n');
    expect(summarize(scène, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^Son cas n’a rien d’exceptionnel/);
  });

  it('leaves the many to the sentence after a turn that says only that the case is common', () => {
    const feature = [
      'Why your boiler needs a yearly service',
      '',
      'In January a reader named Tomasz wrote to me from a cold flat in Leeds.',
      'His boiler had stopped twice in a week, and the engineer who finally came found a flue blocked by a bird’s nest.',
      'He had not had it serviced since he moved in, in 2016.',
      '',
      'His story is common.',
      'Nearly a third of the boilers that fail each winter have not been serviced for three years or more, by the count of the trade body that trains engineers.',
      'A service takes an hour and costs about £80.',
      'Book it in the autumn, before the engineers are busy.',
    ].join('\n');
    const summary = summarize(feature, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Nearly a third of the boilers/);
    // the point starts there: the turn is warm-up too (sentences 0–2 the case, 3 the turn, 4 the many)
    expect(summary.lead?.kinds).toContain('character');
    expect(summary.lead?.start).toBe(4);
  });

  it('turns to "one of hundreds of" towns by the town the lede named, after a scene "on a Thursday morning"', () => {
    const feature = [
      'The long drive for a prescription',
      '',
      'At 7:10 on a Thursday morning in March, Ruth Alder warms up her pickup and sets off on the 52-mile drive to Colby.',
      'She makes the trip once a month.',
      'Until last summer, her prescriptions came from Mercer Pharmacy on Main Street in Oak Hollow, Kan., a block from her house.',
      '"Now I drive two hours for something that used to take five minutes," she says.',
      'Mercer Pharmacy closed in June after 48 years.',
      '',
      'Oak Hollow is one of hundreds of small towns that have lost their only pharmacy in the past decade, as payments from insurers fall and chains close stores.',
      'A study last year found that one in eight rural pharmacies open in 2013 had closed by 2023, according to the Center for Rural Health Access.',
      'Mail-order services fill part of the gap.',
      'Pharmacists say they are a poor fit for patients whose doses change often.',
    ].join('\n');
    const summary = summarize(feature, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Oak Hollow is one of hundreds of small towns/);
  });

  it('keeps a news lede before "one of dozens of councils" and after "at a Tuesday news conference"', () => {
    const leeds = [
      'Leeds City Council will close 12 of its 33 libraries next year to save £2 million, its leader said on Monday.',
      'The closures will begin in April.',
      'Campaigners said they would fight the plan.',
      'Leeds is one of dozens of councils that have cut library services since 2010.',
      'The council says it will keep mobile libraries running.',
    ].join(' ');
    expect(summarize(leeds, { length: { kind: 'count', n: 1 } }).lead?.start).toBe(0);
    const ortiz = [
      'Senator Maria Ortiz said at a Tuesday news conference that she would run for governor next year.',
      'Ortiz, a Democrat, has served two terms.',
      'She would face a crowded primary.',
      'Ortiz is one of only three women to have held the seat.',
      'Her campaign will launch in May.',
    ].join(' ');
    expect(summarize(ortiz, { length: { kind: 'count', n: 1 } }).lead?.start).toBe(0);
  });

  it('skips a quote after a bare turn, and keeps a scene\'s quote with the scene', () => {
    const dialysis = [
      'Every morning at six, Tom Reed drives 40 miles to the nearest hospital for dialysis.',
      'He has done it for three years.',
      'His wife drives him home.',
      'His story is all too familiar.',
      '"We see it every week," said Dr. Ann Cole, a nephrologist at the hospital.',
      'More than 2,000 patients in the county travel over 30 miles for treatment, according to state data.',
      'The state plans two new clinics.',
    ].join('\n');
    expect(summarize(dialysis, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^More than 2,000 patients/);
    const flood = [
      'Imagine waking to find the river in your kitchen. That is what happened to Maria Lopez at 3 a.m. last March. She carried her two children up to the attic and waited for the boats. "I thought we were going to die," she said. "The water was up to the light switches."',
      '',
      'Lopez is one of 4,000 residents of Riverside County whose homes flooded when the levee failed, according to county records. Fewer than a third had flood insurance.',
      '',
      'The county has since raised the levee by a metre.',
    ].join('\n');
    expect(summarize(flood, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^Lopez is one of 4,000 residents/);
  });

  it('tells the turn in each language\'s own grammar, and not a case that is unusual', () => {
    const turn = (lang: string, text: string): boolean => LANGUAGES[lang]!.turns!.test(text) || LANGUAGES[lang]!.widerTurns?.test(text) === true;
    expect(turn('fr', 'Sa situation n’est pas isolée : 31 communes ont perdu leur boulangerie.')).toBe(true);
    expect(turn('fr', 'Ces fermetures s’inscrivent dans une tendance nationale.')).toBe(true);
    expect(turn('es', 'Su historia no es única: 40 pueblos han perdido su banco.')).toBe(true);
    expect(turn('it', 'La sua storia non è unica: 30 paesi hanno perso la banca.')).toBe(true);
    expect(turn('en', 'Her case is not unusual: one ride in five ends with a bill.')).toBe(true);
    expect(turn('en', 'Her case is unusual: doctors have seen only three others.')).toBe(false);
  });

  it('a news lede that names its day is the point, whatever scene or quote follows it', () => {
    const news = [
      'Flash flooding tore through Ashby on Saturday night, killing two people and leaving 900 homes without power, officials said Sunday.',
      'The river rose nearly nine feet between 8 p.m. and 10:30 p.m.',
      '"We pulled 40 people off rooftops last night.',
      'Some had waited in the dark for hours.',
      'I have never seen that river come up so fast," the fire chief said.',
      'Schools will stay closed on Monday.',
    ].join('\n');
    const summary = summarize(news, { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.start).toBe(0);
    expect(summary.sentences[0]!.text).toMatch(/^Flash flooding tore through Ashby/);
  });

  it('reads "Every other Thursday, …" as a scene, not as news that names its day', () => {
    const feature = [
      'Every other Thursday, Mirela Hask drives her husband to the dialysis unit in Corran, an hour and a half from their farm.',
      'She packs sandwiches, a flask of tea and the crossword.',
      'The unit in their own town closed in 2021.',
      'Hask, who is 71, has made the trip more than eighty times since.',
      'She is one of about 3,000 patients in the region who now travel more than an hour for dialysis, according to the regional health board.',
      'The board says it has no plans to reopen the unit.',
    ].join(' ');
    const summary = summarize(feature, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^She is one of about 3,000 patients/);
  });

  it("takes a scene's nut graf where it gives the many, a figure and who counted it", () => {
    // a scene about one rider for two paragraphs; the title names the batteries, as the scene does
    const feature = [
      'The Charger in the Hall',
      '',
      'At 10:50 on a wet night, Tomasz Wren is waiting outside a pizza place on Bell Row with his phone in one hand.',
      'The charger light on his e-bike blinks amber.',
      'He has two more orders before midnight, and the battery on his bike reads 22 percent.',
      '',
      'When he gets home he will carry the battery up three flights and plug it in beside his bed.',
      'His flatmate does the same with his.',
      '',
      'Fires started by e-bike batteries have doubled in Harwick in two years, from 41 in 2022 to 88 last year, according to the Harwick Fire Service.',
      'Most of them started while a battery was charging indoors.',
      'The fire service says cheap batteries without a safety mark are behind most of them.',
    ].join('\n');
    const summary = summarize(feature, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Fires started by e-bike batteries have doubled/);
  });

  it('reads a model year as no date: "At 6:40 a.m., … backs her 2009 Buick out of the drive" is a scene', () => {
    expect(openerKind('At 6:40 a.m., Rosa Vance backs her 2011 Ford out of the drive and heads for the highway.', 'en')).toBe('scene');
    expect(openerKind('At 6:40 a.m. on March 3, 2024, the first alarm sounded at the plant.', 'en')).not.toBe('scene');
  });

  it.each([
    ['it', "Alle sei e mezza del mattino, quando a Pratovecchio è ancora buio, Lucia Ferri apre il forno del paese."],
    ['fr', 'À 5 h 30, quand la rue est encore vide, Marc Delorme allume le four de la boulangerie.'],
    ['es', 'A las seis de la mañana, cuando el pueblo aún duerme, Rosa Gil abre la tienda de la plaza.'],
  ])('reads a time of day that opens a sentence as a scene (%s)', (lang, sentence) => {
    expect(openerKind(sentence, lang)).toBe('scene');
  });

  it.each([
    ['it', 'Alle 10 di ieri mattina, un incendio è divampato nel capannone della ditta Ferri.'],
    ['fr', 'À 14 h lundi, le conseil municipal a voté la fermeture de la piscine.'],
    ['es', 'A las diez de la mañana del lunes, el pleno aprobó el presupuesto.'],
  ])('not one that names its day, as news does (%s)', (lang, sentence) => {
    expect(openerKind(sentence, lang)).not.toBe('scene');
  });

  it('never takes a sentence that only opens a part of the piece ("Start with the money.")', () => {
    const column = [
      'The county should scrap the four-day week in its schools and go back to five days.',
      'Start with the money.',
      'The county was promised savings of 5%, and its own reports show 1.2%.',
      'Now look at the learning.',
      'Pupils in four-day schools fell seven weeks behind in maths over three years.',
      'Then there is the fifth day itself.',
      'Families with two working parents pay for care that costs $30 a day.',
    ].join(' ');
    const lines = summarize(column, { length: { kind: 'count', n: 4 } }).sentences.map((s) => s.text);
    expect(lines).not.toContain('Start with the money.');
    expect(lines).not.toContain('Now look at the learning.');
    expect(lines).not.toContain('Then there is the fifth day itself.');
  });

  it('a first sentence that reports a result keeps the lede, though questions about it follow', () => {
    const story = [
      "Harbury Town's 3-1 win over the league champions was the shock of the weekend.",
      'So who are Harbury, and how did a side of part-time players do it?',
      'And where exactly is Harbury?',
      'Harbury is a market town of 9,000 people on the edge of the Brenner Hills.',
      'Its football club was founded in 1921 and plays in front of about 400 fans.',
      'Most of its players work during the week as builders, teachers and nurses.',
    ].join(' ');
    const summary = summarize(story, { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.start).toBe(0);
    expect(summary.sentences[0]!.text).toMatch(/^Harbury Town's 3-1 win/);
  });

  it('a lede told in a year long past gives way to the news it turns to ("In 1958, …" then "On Monday, …")', () => {
    const story = [
      'In 1958, a mason named Walter Greer set the last stone of the Ashby Bridge over the River Lenn, and the mayor cut a ribbon in front of a brass band.',
      'The ribbon is still framed in the town hall.',
      'The bridge carried the main road north for sixty years.',
      'It also silted up the river above it, and the salmon that once ran to the hills stopped coming.',
      'On Monday, the county council voted 9-4 to take the Ashby Bridge down and build a new crossing downstream by 2028.',
      'The work will cost about $41 million.',
    ].join(' ');
    const summary = summarize(story, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^On Monday, the county council voted 9-4/);
  });

  it('none of these is a turn from the lede: a recent year, a character\'s age before questions, a count of years', () => {
    const first = (t: string): string => summarize(t, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
    expect(first(['In 2025, Harlow recorded 41 road deaths, the most in a decade, according to figures published by the county on Thursday.', 'This year the council has cut speed limits on nine roads.', 'The new limits were approved in March.', 'Drivers have complained about the changes.', 'The council says deaths are down by a third so far.'].join(' '))).toMatch(/^In 2025, Harlow recorded/);
    expect(first(['Marta Ruiz was 14 when she first climbed Mount Lenn with her father.', 'So why did she wait forty years to go back?', 'And what did she find there?', 'Glaciers on Mount Lenn have shrunk by half since 1980, according to the national survey.', 'Ruiz went back last summer.'].join(' '))).toMatch(/^Glaciers on Mount Lenn/);
    expect(openerKind('À 20 h, les bureaux de vote ont fermé et les premiers résultats sont tombés.', 'fr')).not.toBe('scene');
    expect(openerKind('Alle 18, la Borsa di Milano ha chiuso in calo del 3 per cento.', 'it')).not.toBe('scene');
    expect(openerKind('At 6:40 a.m., the council published its 2025 budget, cutting 300 jobs.', 'en')).not.toBe('scene');
  });

  it('is no turn in news that calls its change part of something wider', () => {
    const news = [
      'The chief executive of Marlow Motors has taken direct control of its struggling van business.',
      'Ana Ferro replaces Tom Hale, who had run the van unit since 2019.',
      'Sales of its vans fell by a fifth last year.',
      'The management changes are part of a wider shake-up of the business, the company said.',
      'Marlow Motors will report its results in March.',
    ].join('\n');
    const summary = summarize(news, { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.start).toBe(0);
    expect(summary.sentences[0]!.text).toMatch(/^The chief executive of Marlow Motors/);
  });

  it('a question asked of the reader is never the point, whatever words of the title it uses', () => {
    const article = [
      'Harlow is finally getting public toilets in its town centre',
      '',
      'Have you ever tried to find a public toilet in Harlow town centre after six in the evening?',
      'If you have, you know how it ends: a locked library, a café for customers only, and a long walk back to the car.',
      '',
      'For years the council’s only answer was a portable toilet behind the bus station.',
      'That is changing.',
      '',
      'On Monday night the council voted to spend £2.1 million on eight staffed public toilets in the town centre, the first to open in May.',
      'The toilets will be cleaned every two hours and open until midnight.',
      'Traders had asked for them for a decade.',
    ].join('\n');
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^On Monday night the council voted/);
    // unless the title asks it too: then it is the piece's own question
    const body = article.split('\n').slice(2).join('\n');
    const asked = summarize(body, { title: 'Where do you go when you need a toilet in Harlow town centre?', length: { kind: 'count', n: 1 } });
    expect(asked.lead?.start).toBe(0);
    expect(summarize(body, { title: 'Harlow is finally getting public toilets in its town centre', length: { kind: 'count', n: 1 } }).lead?.start).toBeGreaterThan(0);
  });

  it('is no turn in news, which tells its man in the past tense, nor for someone the lede does not name', () => {
    const news = summarize(feature('Morrow was one of 14 shopkeepers fined by the council last year for blocking the pavement with signs.'), { length: { kind: 'count', n: 1 } });
    expect(news.lead?.kinds ?? []).not.toContain('character');
    const other = summarize(feature('Okafor is one of only 14 registered cobblers left in the county, down from more than 200 in 1980.'), { length: { kind: 'count', n: 1 } });
    expect(other.lead?.kinds ?? []).not.toContain('character');
    // news in the present tense: a lede that names its day, and a plain count
    const filed = [
      'Councillor Ana Lopez announced on Tuesday that she will run for mayor of Harlow in May.',
      'The election will be the first since the city changed its voting rules.',
      'Lopez has sat on the council since 2015.',
      'Lopez is one of only three candidates who have filed so far.',
      'She is among about 40 people who asked for nomination papers.',
    ].join('\n');
    expect(summarize(filed, { length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('character');
    expect(summarize(feature('Morrow is one of three cobblers who signed the letter to the council.'), { length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('character');
  });
});

describe('a sentence that announces the point', () => {
  it('tells a lead-in from one that says the point after its colon', () => {
    expect(signpostOf('So here is my proposal.', 'en')).toBe('lead-in');
    expect(signpostOf('Here is where I’ve landed.', 'en')).toBe('lead-in');
    // an explainer's hook says nothing alone
    expect(signpostOf('The idea is simple.', 'en')).toBe('lead-in');
    expect(signpostOf('Their pitch is simple: a bus every ten minutes, all day, for free.', 'en')).toBe('colon');
    expect(signpostOf('The idea is simple enough that a child could run the library.', 'en')).toBeNull();
    // what the piece does, not what it says
    expect(signpostOf('This post covers the plan, what went wrong, and what we would change.', 'en')).toBe('lead-in');
    expect(signpostOf('In this guide we will walk you through the forms.', 'en')).toBeNull();
    expect(signpostOf('This story was first published in 2019.', 'en')).toBeNull();
    expect(signpostOf("Here's what I want you to know: small repair shops now print the parts themselves.", 'en')).toBe('colon');
    expect(signpostOf('Here is the town hall, built in 1890 and rebuilt after the fire of 1921.', 'en')).toBeNull();
    expect(openerKind("Here's what I want you to know: small repair shops now print the parts themselves.", 'en')).toBeNull();
  });

  it('reads a feature\'s "She is not alone:" as an announcement of what follows its colon', () => {
    expect(signpostOf('She is not alone: the county has 23 open bus driver posts out of 118, the most in a decade.', 'en')).toBe('colon');
    expect(announced('She is not alone: the county has 23 open bus driver posts out of 118, the most in a decade.', 'en')).toBe('the county has 23 open bus driver posts out of 118, the most in a decade.');
    expect(signpostOf('She is not alone in the house at night.', 'en')).toBeNull();
    expect(signpostOf('The short version: drain the tank while the engine is warm, and fill it with antifreeze.', 'en')).toBe('colon');
  });

  it('reads a position or an argument announced at length before its colon, abbreviations and all', () => {
    expect(signpostOf('Here’s my position, and it’s what I’ll say at the Nov. 4 hearing: the county should keep the ferry and cut the fare.', 'en')).toBe('colon');
    expect(signpostOf('So my argument is simple, and I would put it to the mayor herself: the city should keep all nine pools open.', 'en')).toBe('colon');
    expect(announced('So my argument is simple, and I would put it to the mayor herself: the city should keep all nine pools open.', 'en')).toBe('the city should keep all nine pools open.');
    // a position that is not the writer's announcement
    expect(signpostOf('My position on the committee, which I held for six years, ended in 2021: nobody asked me to stay.', 'en')).toBeNull();
  });

  it('in a column with no opener the lead prior counts from the sentence after "So here is my proposal."', () => {
    const article = [
      'Stop widening roads',
      '',
      'Stop widening roads.',
      'There, I said it, and somewhere a traffic engineer just dropped his pencil.',
      '',
      'Every mayor loves a ribbon cutting.',
      'There are scissors, there are speeches, there is a photo for the newsletter.',
      'What there almost never is, five years later, is a shorter commute.',
      '',
      'So here is my proposal.',
      'The county should stop widening roads and spend the money on buses that come every ten minutes, because a bus lane moves more people than a new lane of cars.',
      '',
      'The county has widened forty miles of road since 2010.',
      'Its own survey found that travel times on those roads are now longer than before.',
      'A new lane fills with cars within five years, engineers have found again and again.',
    ].join('\n');
    const one = summarize(article, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
    expect(one).toMatch(/^The county should stop widening roads and spend the money on buses/);
  });

  it('a post that greets, tells its news, then gives "the short version": the news is the point, the short version still counts', () => {
    const article = [
      'How we moved our photo archive to a new data centre without losing a file',
      '',
      'Hello everyone!',
      'Ines here, from the storage team.',
      'If you have ever carried a fish tank across town, you know how the last year felt.',
      '',
      'Last week we finished moving all 40 million files of our photo archive to the new data centre in Leeds, and we did it without losing a single file.',
      'This post covers the plan, what went wrong, and what we would change.',
      '',
      'The short version: copy everything twice, check every copy, and move the busiest folders last.',
      'The archive holds the photos of 900,000 members, some of them from 2006.',
      'The old data centre closes in March.',
      'We started with the folders nobody had opened for a year.',
    ].join('\n');
    const summary = summarize(article, { length: { kind: 'count', n: 2 } });
    expect(summary.sentences.map((s) => s.text)).toEqual([
      'Last week we finished moving all 40 million files of our photo archive to the new data centre in Leeds, and we did it without losing a single file.',
      'The short version: copy everything twice, check every copy, and move the busiest folders last.',
    ]);
  });

  it('a lede of two paragraphs, a question, its answers and a second question, is all warm-up', () => {
    const article = [
      'The night train returns to the coast',
      '',
      'What would you pack for ten hours on a train?',
      'A book, certainly.',
      'Earplugs, if you are wise.',
      'Perhaps a flask of tea for the corridor.',
      '',
      'And would you take it at all, when a flight takes an hour?',
      '',
      'A night train will run between the capital and the coast again from December, the rail operator said on Monday, for the first time in twenty years.',
      'Three trains a week will leave the capital at nine in the evening.',
      '',
      'Fares start at 59 euros for a bed in a shared compartment.',
      'The operator bought twelve sleeping cars from a company that retired them in 2019.',
    ].join('\n');
    const one = summarize(article, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
    expect(one).toMatch(/^A night train will run between the capital and the coast/);
  });
});

describe('a scene told in dialogue', () => {
  it('is a warm-up: the lead prior counts from the nut graf after it', () => {
    const story = [
      'Telecom firm asks to retire the valley’s copper phone lines',
      '',
      '“Pick it up,” Vera Holm says. “Go on.”',
      '',
      '“What am I listening for?”',
      '',
      '“That.” The hum of a dial tone fills the kitchen. “That has been there every day since 1974.”',
      '',
      'Holm, 88, is one of about 48,000 customers in the valley who still get phone service over copper lines.',
      'The telecom firm has asked the state regulator for permission to retire the copper phone lines by 2028.',
      '',
      'A hearing is set for March.',
    ].join('\n');
    const summary = summarize(story, { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds).toContain('quote');
    expect(summary.sentences[0]!.text).not.toMatch(/^“/);
    // news that quotes someone after its lead sentence is no scene: its lead stays the point, title or not
    const news = [
      'Wales are not thinking about the Grand Slam despite a third win in a row, their wing Rhys Morgan says.',
      '“That is the last thing on our minds,” Morgan said. “Scotland away is hard. “We have come unstuck there before.”',
      '',
      'Wales play Scotland in Edinburgh on Sunday.',
    ].join('\n');
    expect(summarize(news, { length: { kind: 'count', n: 1 } }).lead).toMatchObject({ start: 0 });
  });
});

describe('a point stated after a colon', () => {
  it('is the point in an opinion piece with no first person, as late as its sixteenth sentence', () => {
    const column = [
      'Your kettle has an expiry date. Nobody tells you.',
      '',
      'Every carton of milk in the fridge has a date on it. So does the aspirin in the cabinet. So does the car seat in the garage.',
      '',
      'The smart kettle on the counter has one too. That day is rarely announced. It arrives as silence. The app keeps working. The light keeps blinking.',
      '',
      'Last month a maker ended support for two of its kettles. Owners learned of it from a blog. A survey found that most models on sale carry no date. Makers say software is expensive to keep up.',
      '',
      'Here is what should happen: every connected appliance sold in the country should carry a printed date until which its maker will fix its software.',
      '',
      'A date on the box costs nothing to print.',
    ].join('\n');
    const one = summarize(column, { length: { kind: 'count', n: 1 } }).sentences[0]!.text;
    expect(one).toMatch(/^Here is what should happen: every connected appliance/);
  });
});

describe('news that says "Here is what we know:"', () => {
  it('keeps its lead: only an announcement that prescribes is the point in any article', () => {
    const news = [
      'A gunman killed three people at a school in Kellby on Tuesday, police said.',
      'Two more were taken to hospital.',
      'Here is what we know: the gunman, a former pupil, opened fire in the car park shortly after nine.',
      'Police arrested him at the scene.',
    ].join('\n');
    expect(summarize(news, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^A gunman killed three people/);
  });
});

describe('a sentence that only announces what follows', () => {
  it('is not a summary line while anything else is left', () => {
    const article = [
      'Sinkhole swallows two cars in Calder Heights',
      '',
      'A sinkhole opened on Carding Lane in Calder Heights early on Sunday, swallowing two parked cars and forcing 46 households from their homes.',
      'Nobody was hurt, but engineers say the ground around the sinkhole is still moving.',
      'Here is what we know so far about the sinkhole on Carding Lane.',
      '',
      'Residents heard a loud crack at about four in the morning, and the road gave way minutes later.',
      'The council said the sinkhole was caused by a collapsed water main under Carding Lane.',
    ].join('\n');
    const texts = summarize(article, { length: { kind: 'count', n: 3 } }).sentences.map((s) => s.text);
    expect(texts).toHaveLength(3);
    expect(texts).not.toContain('Here is what we know so far about the sinkhole on Carding Lane.');
  });
});


describe('a lede no opener pattern knows, told by its words', () => {
  // an anecdote about one person in the past tense: no question, no season, no hour, no "you"
  const article = [
    'Canal towpaths reopen to cyclists after five-year repair programme',
    '',
    'Benedikt Arlo bought a second-hand tandem in the spring of 2019.',
    'He and his daughter rode it every Saturday from their back gate to the lock-keeper’s cottage and back.',
    '',
    'Then one morning the gate was chained shut.',
    '“We stood there for ten minutes,” Arlo said.',
    '',
    'The regional waterways board reopened all 140 kilometres of canal towpath to cyclists on Monday, ending a five-year repair programme that cost 31 million euros.',
    'The towpaths had been closed in stages since 2021 after surveys found that sections of the canal banks were close to collapse.',
    '',
    'The board said cyclists must give way to walkers and keep below 15 kilometres an hour.',
    'Cycling groups welcomed the reopening but asked for more places to lock bikes near the locks.',
  ].join('\n');

  it('counts the lead prior from the sentence that names the title, and says why', () => {
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The regional waterways board reopened/);
    expect(formatExplain(summary, 'picked', plain)).toMatch(/after a warm-up \(off-topic\)/);
    expect(summarize(article, { type: 'headline' }).sentences[0]!.text).toMatch(/towpath|reopen/i);
  });

  it('a columnist\'s anecdote in the first person may name a little of the title', () => {
    const column = [
      'Harbour town should keep its ferry running through the winter months',
      '',
      'Last February, my father missed his hospital appointment in the harbour town.',
      'He had waited an hour at the pier before a notice on the door told him the boat was cancelled.',
      '',
      'He is eighty-one and does not drive.',
      '',
      'The county should keep the harbour town ferry running through the winter months, as it did until the budget cuts of 2022.',
      'A winter timetable of two crossings a day would cost less than the emergency launches it now pays for.',
      '',
      'Councillors will vote on the ferry budget next month.',
    ].join('\n');
    expect(summarize(column, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^The county should keep the harbour town ferry/);
  });

  it('an anecdote may name a word or two of a long title and dek, where the nut graf names five times as many', () => {
    const story = [
      'Islands without doctors: the grey box that saves the night, how telemedicine works on Castrena',
      '',
      'When, one February night last year, Teresa Landi woke with a pain in her chest, the nearest doctor was forty minutes away by ferry.',
      'Her son called the emergency number.',
      'The helicopter landed on the football pitch an hour and ten minutes later.',
      '',
      'Castrena is one of the nine small islands where, since January, the region has run a pilot telemedicine programme for patients without a resident family doctor.',
      'In ten months the programme has followed 640 patients, and helicopter transfers are down by a third.',
      '',
      'Not everyone is convinced.',
    ].join('\n');
    const subtitle = 'Six of nine small islands no longer have a resident family doctor. The region is betting on a pilot telemedicine programme: 640 patients followed in ten months.';
    expect(summarize(story, { length: { kind: 'count', n: 1 }, subtitle }).sentences[0]!.text).toMatch(/^Castrena is one of the nine small islands/);
  });

  it('an anecdote may run on for a dozen sentences before its point', () => {
    const anecdote = [
      'When the basement of her flat flooded in March 2019, Priya Holt waded in with a torch to rescue one thing.',
      'It was not her laptop or her passport.',
      'It was an exercise book with a cracked blue cover, in which her grandmother had written down every dish she cooked.',
      '',
      'The book was soaked through.',
      'Holt spent the next week drying its pages one by one on the radiator.',
      'About a third of the pages survived intact.',
      'Others had bled into blue clouds that she could only partly read.',
      'The page she most wanted was gone except for three words.',
      '',
      'She took what was left to the town hall, hoping someone could scan it.',
      'The clerk on duty did more than that.',
      'He asked whether anyone else in town might have a book like hers.',
      '',
      'Five years later, the answer fills a back room.',
      'The town library’s volunteer project has now scanned and transcribed 212 handwritten family recipe notebooks from across the county.',
      '',
      'Its organisers say the notebooks record how families cooked through rationing.',
    ];
    const article = ['Library volunteers transcribe handwritten family recipe notebooks', '', ...anecdote].join('\n');
    expect(summarize(article, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^The town library’s volunteer project/);
  });

  it('a point in the lede\'s second paragraph counts, after a first paragraph that names none of the title', () => {
    const post = [
      'Our simple rain-day craft box for toddlers',
      '',
      'Pellow Bay has had forty wet weeks out of the last fifty. We moved here three years ago and we still check the sky every morning. Visitors think of the beaches when they think of the town, but its winters are long and grey.',
      '',
      'Our rain-day craft box for toddlers is really very simple. It holds crayons, stickers, safety scissors and a roll of paper.',
      '',
      'We keep the box on a low shelf so that the children can reach it themselves. Everything in it came from the supermarket for less than twenty pounds.',
    ].join('\n');
    expect(summarize(post, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toBe('Our rain-day craft box for toddlers is really very simple.');
    // a lede that names half as much of the title as the point is on topic: news, left alone
    const onTopic = post.replace('We moved here three years ago and', 'We made our first rain-day craft box three years ago and');
    expect(summarize(onTopic, { length: { kind: 'count', n: 3 } }).lead).toMatchObject({ start: 0 });
  });

  it('a lede that names the title in compounds ("Beekeepers", "roofs" for "Rooftop Bees") names it', () => {
    const story = [
      'Rooftop Bees and the Quiet City',
      '',
      'Beekeepers in the old harbour district have moved their hives onto the flat roofs of warehouses, and the colonies have thrived there for three summers. The keepers say the roofs are warmer and calmer than the fields.',
      '',
      'The city council began counting rooftop hives after neighbours asked whether the bees were safe. Its survey found two hundred hives on ninety roofs.',
      '',
      'Honey from the roofs tastes of lime trees and clover.',
    ].join('\n');
    expect(summarize(story, { length: { kind: 'count', n: 1 } }).lead).toMatchObject({ start: 0 });
  });

  it('leaves news alone whose lede names the title, and a lede with nothing named after it', () => {
    const news = article.replace('Benedikt Arlo bought a second-hand tandem in the spring of 2019.', 'Canal towpaths reopened to cyclists on Monday after a five-year repair programme.');
    expect(summarize(news, { length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^Canal towpaths reopened/);
    const noPoint = article.replace(/^The regional waterways board.*$/m, 'The family moved away the following year.').replace(/^The towpaths had been.*$/m, 'Arlo sold the tandem.');
    expect(summarize(noPoint, { length: { kind: 'count', n: 1 } }).lead).toMatchObject({ start: 0 });
  });
});

describe('a review whose verdict comes last', () => {
  const review = (lede: string): string =>
    [
      'Marlow K2 kettle review: fast boil, loud click',
      '',
      lede,
      '',
      'The K2 holds 1.7 litres and takes about three minutes to boil a full jug.',
      'Its lid opens wide enough to clean the inside by hand.',
      '',
      'Design',
      '',
      'The steel body stays cool enough to touch, and the base turns all the way round.',
      'The water window is small and hard to read from the side.',
      '',
      'Verdict',
      '',
      'The Marlow K2 is the fastest kettle we have tested at its price, though its loud click will wake a light sleeper.',
      'Buy it if speed matters more to you than quiet.',
    ].join('\n');

  it('counts the lead prior from the verdict when the lede is background', () => {
    const article = review('Marlow has made kitchen scales in Sheffield for forty years and started on small appliances in 2021.');
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The Marlow K2 is the fastest kettle/);
    expect(formatExplain(summary, 'picked', plain)).toMatch(/from sentence \d+, the verdict/);
  });

  it('keeps the lead where the lede gives the verdict first', () => {
    const article = review('The Marlow K2 kettle boils fast and looks good, but its loud click is hard to live with, our review finds.');
    expect(summarize(article, { length: { kind: 'count', n: 1 } }).lead).toMatchObject({ start: 0 });
  });
});

describe("a column's argument after its warm-up", () => {
  const column = (argument: string): string =>
    [
      'Opinion: Closing the pool on Sundays is the wrong saving',
      '',
      'On a grey Sunday in March, the Halden Road pool was full by nine.',
      'Two lifeguards watched forty children splash through a swimming lesson while their parents read in the gallery.',
      '',
      'I learned to swim in that pool, and so did my daughter.',
      '',
      'Last month the leisure trust voted to close all three of the town’s pools on Sundays from June, to save £90,000 a year.',
      'The trust faces a deficit of £1.4 million, and its managers say Sunday is the dearest day to open.',
      '',
      'Those are real pressures.',
      argument,
      '',
      'Sunday is the only day many working parents can bring their children to a lesson at all.',
      'A saving that small will not close the deficit, and the lessons lost will not come back.',
    ].join('\n');

  it('is where the point starts, in the writer\'s own words', () => {
    const summary = summarize(column('The trust should keep the pools open on Sundays and find its savings in the empty weekday evening sessions instead.'), { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The trust should keep the pools open/);
    expect(summary.lead?.kinds).toContain('argument');
  });

  it('is no argument where only someone quoted says "I"', () => {
    const reported = column('The trust should keep the pools open on Sundays and find its savings in the empty weekday evening sessions instead.').replace(
      'I learned to swim in that pool, and so did my daughter.',
      '“I learned to swim in that pool,” one parent said.',
    ).replace('Opinion: ', '');
    expect(summarize(reported, { length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('argument');
  });

  it('is not advice to the reader, someone else\'s words, or a sentence that leans on the one before', () => {
    for (const line of [
      'If you swim on Sundays, you should write to the trust before the vote in June.',
      '“The trust should keep the pools open on Sundays,” one parent said at the meeting.',
      'They should keep them open on Sundays, and they should say how they will pay for it.',
    ]) expect(summarize(column(line), { length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('argument');
  });

  it('is not what something is ("a pool it cannot sell and must heat"), nor what something does not mean', () => {
    const argued = (before: string) =>
      summarize(column('The trust should keep the pools open on Sundays and find its savings in the empty weekday evening sessions instead.').replace('Those are real pressures.', before), {
        length: { kind: 'count', n: 1 },
      }).sentences[0]!.text;
    expect(argued('The town would own a pool it cannot sell and must heat, while the trust would keep every fee.')).toMatch(/^The trust should keep the pools open/);
    expect(argued('None of this means the trust should ignore its deficit.')).toMatch(/^The trust should keep the pools open/);
  });
});

describe("a column's thesis that says it is time", () => {
  it('"It is time for the board to…" is the argument, before a later "should"', () => {
    const column = [
      'My nephew Theo gets home at half past three on Thursdays, and his mother is still at work until six.',
      'He has been going to a neighbour since the district moved to a four-day week two years ago.',
      'Plenty of families in Marlow have a neighbour like that; plenty do not.',
      '',
      'It is time for the school board to admit that the four-day week has failed and go back to five days.',
      'The savings were a fifth of what was promised, and reading scores fell in both years.',
      'Families who cannot pay for care on the fifth day lose the most.',
      '',
      'The state should pay for the switch back, and tie the money to raises for teachers.',
      'That would cost less than the district spends on its buses in a year.',
    ].join('\n');
    const summary = summarize(column, { title: 'Opinion | The four-day week is a bargain Marlow cannot afford', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^It is time for the school board to admit/);
  });
});

describe('an editorial labelled so in its title', () => {
  const article = (title: string): string =>
    [
      title,
      '',
      'In 1968, the town of Harlow Bay bought the headland above its harbour with money raised door to door, and promised to keep it open to everyone.',
      'For nearly sixty years, that promise has held.',
      '',
      'On Thursday, the town council will vote on leasing a third of the headland to a hotel group for ninety-nine years.',
      'The lease would bring in about £400,000 a year.',
      '',
      'The council should reject the lease and ask the town, in a vote of its own, whether the headland is for sale at all.',
      'The money is real, but so is the promise, and it was made to the people who paid for the land.',
    ].join('\n');

  it('argues from its first sentence on: its argument is where the point starts', () => {
    const summary = summarize(article('Editorial: The headland is not the council’s to lease'), { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The council should reject the lease/);
    expect(summary.lead?.kinds).toContain('argument');
  });

  it('a report with the same words and no such label keeps its lead', () => {
    const summary = summarize(article('Harlow Bay council to vote on headland lease'), { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds ?? []).not.toContain('argument');
  });
});

describe('a piece its page calls opinion', () => {
  // a column that tells a long story before it argues: its "should" comes in its twenty-first sentence
  const story = [
    'My grandfather kept bees on the slope above Carrow Mill for forty years.',
    'Every August he would carry a frame of honey down to the kitchen and let us cut it ourselves.',
    'The wax stuck to our fingers for days.',
    'He said the bees knew the valley better than anyone in it.',
    '',
    'I thought about him last spring, when the county put the slope up for sale.',
    'The buyer, a logistics firm from Brenning, wants to build a warehouse there.',
    'The plan has been before the planning committee since January.',
    'The firm says the warehouse would bring 120 jobs to the valley.',
    '',
    'Jobs matter here.',
    'The mill closed in 2011, and the bus to Brenning runs twice a day.',
    'Nobody I know is against work.',
    'My own son drives an hour each way to his.',
    '',
    'But the slope is the last meadow left on that side of the river.',
    'The county’s own survey counted eleven kinds of orchid on it in 2022.',
    'The beekeepers’ association says its members keep sixty hives within a mile of it.',
    'Most of the valley’s honey comes from that one meadow in high summer.',
    'A warehouse would take the meadow and most of the honey with it.',
    '',
    'The planning committee should refuse the warehouse on the slope and offer the firm the empty mill site by the river instead.',
    'The mill site has the road, the power and the drainage already, and nobody keeps bees on it.',
    'The committee meets on the ninth of May, and it can still say no.',
  ].join('\n');
  const title = 'Keep the warehouse off the Carrow meadow';

  it('argues where it comes to it, however long the story before: that is where the point starts', () => {
    const summary = summarize(story, { title, genre: 'opinion', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The planning committee should refuse/);
    expect(summary.lead?.kinds).toContain('argument');
  });

  it('without the page saying so, a "should" that late is not taken for the point', () => {
    const summary = summarize(story, { title, length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds ?? []).not.toContain('argument');
  });

  it('is not a "should" in a clause the writer reports', () => {
    const reported = story.replace(
      'The planning committee should refuse the warehouse on the slope and offer the firm the empty mill site by the river instead.',
      'The meeting left many in the valley persuaded that the committee should refuse the warehouse on the slope.',
    );
    expect(summarize(reported, { title, genre: 'opinion', length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('argument');
  });

  it('argues in other languages by their own words of what ought to be done', () => {
    const columna = [
      'Los veranos de mi infancia olían a barro y a crema solar.',
      'Bajábamos al río por la escalera de piedra con un bocadillo envuelto en papel.',
      'Mi abuela decía que el agua estaba limpia como un espejo.',
      '',
      'Este verano volví a esa escalera con mi hijo.',
      'No pudimos bajar, porque la ocupaban las barcas de alquiler.',
      'La ordenanza que limita las barcas lleva tres meses en un cajón del Ayuntamiento.',
      '',
      'Los empresarios dicen que el límite pondría en riesgo sus negocios.',
      'Muchos son jóvenes del pueblo que han invertido sus ahorros.',
      'El río, sin embargo, no aguanta más barcas.',
      'Los análisis del verano pasado encontraron bacterias en el agua tres semanas seguidas.',
      '',
      'El Ayuntamiento debería aprobar la ordenanza en el pleno de junio y medir la calidad del agua cada semana.',
      'Todavía estamos a tiempo de salvar el río.',
    ].join('\n');
    const summary = summarize(columna, { title: 'El río no es un decorado', genre: 'opinion', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^El Ayuntamiento debería aprobar/);
    expect(summary.lead?.kinds).toContain('argument');
    // …and by what must be done ("debe", "muss"), as firmly
    const must = columna.replace('El Ayuntamiento debería aprobar', 'El Ayuntamiento debe aprobar');
    expect(summarize(must, { title: 'El río no es un decorado', genre: 'opinion', length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^El Ayuntamiento debe aprobar/);
    // …not by what is due to something, or due by a date
    for (const due of ['El retraso se debe a que la empresa ha recortado doce barcas este verano.', 'La nueva ordenanza debe entrar en vigor en marzo de 2027, según el calendario.']) {
      const column = columna.replace('Los empresarios dicen que el límite pondría en riesgo sus negocios.', due);
      expect(summarize(column, { title: 'El río no es un decorado', genre: 'opinion', length: { kind: 'count', n: 1 } }).sentences[0]!.text).toMatch(/^El Ayuntamiento debería aprobar/);
    }
  });
});

describe("a review's verdict", () => {
  const review = (verdict: string, title = 'Review: At Brasa & Vine, the grill is the point'): string =>
    [
      title,
      '',
      'The first thing you notice at Brasa & Vine is the smoke.',
      'It reaches you on the pavement, half a street before the door: oak, something caramelizing, a hint of rosemary.',
      'Inside, the whole room is arranged around a long charcoal grill, and on a busy Friday the cooks move in front of it like a ship’s crew.',
      '',
      'Chef Ana Ferro spent eight years cooking in Lisbon before opening the restaurant in March in a former bakery on Quay Street.',
      verdict,
      '',
      'Start with the bread, blistered on the grill and brushed with garlic butter.',
      'The grilled sardines are nearly as good, and the lamb chops are the dish to order.',
      'Desserts are the weak link: a chocolate tart tasted as if it had spent a day in the fridge.',
      'Service is warm and quick, though the room gets loud when it is full.',
    ].join('\n');

  it('is a review by a title that ends in "review", and its verdict may open with whom it is for', () => {
    const article = [
      'Harlow K3 cargo bike review',
      '',
      'Harlow spent two years on its first cargo bike, and the K3 shows the care.',
      'It is not the lightest bike in its class, and the box is narrower than most.',
      'Over a month of school runs it never needed a tool.',
      '',
      'The motor is quiet and the brakes are strong.',
      'For most families who need a sturdy bike for a school run of up to ten miles, the Harlow K3 is the easiest recommendation we can make this year.',
      'The battery lasted four days of school runs on a charge.',
      'The kickstand wobbles on a slope.',
    ].join('\n');
    const summary = summarize(article, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/the Harlow K3 is the easiest recommendation/);
    expect(summary.lead?.kinds).toContain('verdict');
    // a spending review, an annual review are no reviews
    const sited = summarize(article.replace('Harlow K3 cargo bike review', 'Harlow K3 cargo bike review – Family Cycling Monthly'), { length: { kind: 'count', n: 1 } });
    expect(sited.sentences[0]!.text).toMatch(/the Harlow K3 is the easiest recommendation/);
    const notReview = summarize(article.replace('Harlow K3 cargo bike review', 'Harlow council spending review'), { length: { kind: 'count', n: 1 } });
    expect(notReview.lead?.kinds ?? []).not.toContain('verdict');
  });

  it('is where the critic says what the place is, by its name, after the scene it opens with', () => {
    const summary = summarize(review('Brasa & Vine is the most exciting new restaurant in Harlow this year, as long as you skip dessert.'), { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Brasa & Vine is the most exciting/);
    expect(summary.lead?.kinds).toContain('verdict');
    // the same from the page's metadata, with a title that does not say "review"
    const byPage = summarize(review('Brasa & Vine is the most exciting new restaurant in Harlow this year, as long as you skip dessert.', 'At Brasa & Vine, the grill is the point'), {
      genre: 'review',
      length: { kind: 'count', n: 1 },
    });
    expect(byPage.lead?.kinds).toContain('verdict');
  });

  it('is a judgement after a short label too ("Bottom line after a month: …")', () => {
    const summary = summarize(review('Bottom line after a month of visits: Brasa & Vine is the best new grill in Harlow, though the desserts need work.'), { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summarize(review('Bottom line after a month of visits: Brasa & Vine is the best new grill in Harlow, though the desserts need work.'), { type: 'headline' }).sentences[0]!.text).toMatch(
      /^Brasa & Vine is the best new grill in Harlow/,
    );
  });

  it('comes after a short adverbial too ("For now, …")', () => {
    const summary = summarize(review('For now, Brasa & Vine is not yet the restaurant it wants to be, but its grill is already the best in Harlow.'), { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summary.sentences[0]!.text).toMatch(/^For now, Brasa & Vine is not yet/);
  });

  it('stands on its own when it names the thing by its kind: "It" is the book, and the sentence before is not pulled in', () => {
    const novel = [
      'The first thing you notice about the Varga family is how loudly they argue.',
      'They argue about the lighthouse, about the price of sardines, about who left the gate open in 1961.',
      '',
      'Lena Ruiz’s second novel follows four generations of them on a windy island off the Galician coast, from the year the cannery closed to the summer the last grandson sells the house.',
      'The plot is slight: a boat is lost, a marriage fails, a will is read twice.',
      'What carries the book is its weather, which Ruiz writes better than almost anyone now working.',
      '',
      'Ruiz, who spent ten years as a ferry pilot before she wrote fiction, is superb on the sea: how it rises, what it keeps, what it gives back.',
      'It is a long, sometimes maddening and finally beautiful novel, the rare family saga that earns nearly all of its pages.',
      'Its last chapter, set on the morning of the sale, is as good as anything published this year.',
      '',
      'Readers who want a tidy plot will be disappointed.',
      'Everyone else should clear a weekend.',
    ].join('\n');
    const summary = summarize(novel, { title: 'The Lighthouse Keepers', genre: 'review' });
    // "beautiful" and "maddening" judge as "wonderful" does
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summary.sentences[0]!.text).toMatch(/^It is a long, sometimes maddening and finally beautiful novel/);
  });

  it('names the thing by its kind after the review\'s first third, after a long run of judgements, in Italian too', () => {
    const novel = [
      'Review: The Tides of Ferragudo',
      '',
      'Nadia Pires’s second novel opens with a storm and closes, 540 pages later, with a christening.',
      'Between them come four generations of a family of fishermen in the Algarve.',
      'The first part belongs to Rosa, who is eight when her father’s boat does not come home.',
      'Pires tells that night three times, through three pairs of eyes.',
      'It is a sprawling, sometimes exasperating and finally wonderful novel, the rare family saga that earns its length.',
      'The middle section, set in Lisbon in the 1970s, sags.',
      'A subplot about a smuggled painting goes nowhere.',
      'But the last hundred pages are as good as anything Pires has written.',
      'The translation, by Sam Ellis, is quiet and exact.',
      'Readers who want a plot may lose patience.',
      'Those who stay will be rewarded.',
      'The book is published by Harbour Press at £20.',
    ].join('\n');
    const summary = summarize(novel, { genre: 'review', length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summary.sentences[0]!.text).toMatch(/^It is a sprawling, sometimes exasperating and finally wonderful novel/);
    const trattoria = [
      'Recensione: la Trattoria del Ponte',
      '',
      'La trattoria ha riaperto a marzo dopo due anni di chiusura, con una nuova gestione.',
      'I nuovi proprietari sono due sorelle cresciute in paese.',
      'La sala è piccola, con dodici tavoli e una stufa.',
      'Il menù è breve: sei primi, quattro secondi, tre dolci.',
      'È una cucina onesta e generosa, che non inventa nulla e non sbaglia quasi niente.',
      'I tortellini in brodo sono il piatto da ordinare.',
      'La cotoletta era buona ma un po’ asciutta.',
      'Il tiramisù è fatto al momento.',
      'Il servizio è rapido e cordiale.',
      'Si spendono circa 35 euro a testa, vino escluso.',
      'Conviene prenotare nel fine settimana.',
    ].join('\n');
    const italian = summarize(trattoria, { genre: 'review', lang: 'it', length: { kind: 'count', n: 1 } });
    expect(italian.lead?.kinds).toContain('verdict');
    expect(italian.sentences[0]!.text).toMatch(/^È una cucina onesta e generosa/);
  });

  it('takes "we must" as an argument in other languages ("Debemos…", "Dobbiamo…")', () => {
    expect(LANGUAGES.es!.argues!.test('Debemos tratar la sombra como una infraestructura pública.')).toBe(true);
    expect(LANGUAGES.it!.argues!.test('Dobbiamo riaprire le biblioteche la sera.')).toBe(true);
    expect(LANGUAGES.pt!.argues!.test('Devemos abrir as escolas no verão.')).toBe(true);
    expect(LANGUAGES.nl!.argues!.test('We moeten de bibliotheken langer openhouden.')).toBe(true);
    expect(LANGUAGES.fr!.argues!.test('Nous devons rouvrir les cafés de village.')).toBe(true);
  });

  it('reads "il faut" in a relative clause as no argument ("un transport qu\'il faut réserver"), and finds the thesis after it', () => {
    expect(LANGUAGES.fr!.argues!.test("Elle dépend d'un transport à la demande qu'il faut réserver deux jours à l'avance.")).toBe(false);
    expect(LANGUAGES.fr!.argues!.test('Je le dis sans détour : il faut rouvrir les petites gares.')).toBe(true);
    const tribune = [
      'La halte de Saint-Aubin-des-Prés a fermé en 1969.',
      "Le bâtiment est toujours là, au bout d'un chemin de platanes, avec ses volets verts et son quai couvert d'herbe.",
      'Les trains, eux, passent toujours : une vingtaine par jour, sans jamais ralentir.',
      '',
      "Chaque mardi, Marcel, 81 ans, qui n'a plus de voiture, regarde passer le train de 8 h 05 vers la ville, où se trouvent son cardiologue et son notaire.",
      "Pour s'y rendre, il dépend de son neveu, ou d'un minibus qu'il faut réserver deux jours à l'avance.",
      '',
      "J'ai rencontré des centaines de Marcel en quinze ans d'enquêtes dans les campagnes.",
      '',
      "Je le dis sans détour : il faut rouvrir les petites haltes ferroviaires, parce qu'elles sont la condition d'une transition écologique qui n'oublie pas les villages.",
      '',
      'Depuis les années 1960, la France a fermé des milliers de haltes.',
      'Dans le même temps, on a demandé aux habitants des campagnes de renoncer au diesel.',
      'Un quai aux normes coûte cher, parfois un million d’euros.',
      'Mais une halte rouverte attire en moyenne 150 voyageurs par jour.',
    ].join('\n');
    const summary = summarize(tribune, { title: 'Rouvrir les petites haltes est une urgence', genre: 'opinion', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Je le dis sans détour : il faut rouvrir/);
  });

  it('is no "Bottom line" of a how-to: its last tip is not its point, nor an announcement of its steps', () => {
    const howTo = (title: string): string =>
      [
        title,
        '',
        'The fix takes ten minutes: clean the filter, check the drain hose for kinks, and run an empty hot wash with a cup of white vinegar.',
        'Below is the step-by-step routine I use, plus what to do if the smell comes back.',
        '',
        'Pull the filter out from the flap at the bottom of the front panel, with a towel under it.',
        'Rinse it under the hot tap and pick out the coins and hair.',
        'Follow the drain hose from the back of the machine to the wall and straighten any kinks.',
        'Pour a cup of white vinegar into the drum and run the hottest wash with nothing in it.',
        'Leave the door open for an hour afterwards so that the seal dries.',
        '',
        'Bottom line',
        '',
        'Set a reminder to clean the filter of your washing machine every month, and it will stop smelling for good.',
        'A clean machine will last years longer.',
      ].join('\n');
    const guide = summarize(howTo('How to stop your washing machine from smelling'), { length: { kind: 'count', n: 1 } });
    expect(guide.sentences[0]!.text).toMatch(/^The fix takes ten minutes/);
    const explained = summarize(howTo('How to stop your washing machine from smelling'), { length: { kind: 'count', n: 2 } });
    expect(explained.sentences.map((s) => s.text).join(' ')).not.toMatch(/^Below is|\sBelow is/);
  });

  it('takes a column\'s thesis that marks a term in quotation marks, in French too ("doit")', () => {
    const tribune = [
      'Sauvons les épiceries de nos villages',
      '',
      'Le samedi, chez Marcelle, on achetait le pain, le journal et les nouvelles du canton.',
      'Enfant, je venais y chercher des bonbons avec la monnaie des courses.',
      'Marcelle a fermé en 2011, et personne n’a repris.',
      'Je suis aujourd’hui maire de ce village de 480 habitants.',
      '',
      'Je le dis donc sans détour : l’État doit créer un statut de « commerce de première nécessité » pour les épiceries des communes de moins de 1 000 habitants, avec une exonération de charges pendant cinq ans.',
      '',
      'Les chiffres sont connus.',
      'Des associations ont permis d’en rouvrir quelques dizaines, et il faut saluer leur travail.',
      'Mais elles reposent sur des bénévoles qui s’épuisent au bout de deux ou trois ans.',
      'Le coût pour l’État serait modeste.',
    ].join('\n');
    const summary = summarize(tribune, { genre: 'opinion', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Je le dis donc sans détour/);
    // a schedule or a debt is no argument: "doit s'achever en 2027", "doit être examiné", "doit encore deux millions"
    expect(LANGUAGES.fr!.argues!.test('Le chantier doit s’achever en 2027.')).toBe(false);
    expect(LANGUAGES.fr!.argues!.test('Le projet de loi doit être examiné par le Sénat en mars.')).toBe(false);
    expect(LANGUAGES.fr!.argues!.test('La commune doit encore deux millions d’euros.')).toBe(false);
    // someone's words in quotation marks are no term of the writer's: the argument is the writer's own
    const quoted = tribune.replace(
      'Je le dis donc sans détour : l’État doit créer un statut de « commerce de première nécessité » pour les épiceries des communes de moins de 1 000 habitants, avec une exonération de charges pendant cinq ans.',
      'Le ministre a promis que l’État « doit agir vite » pour les épiceries des communes de moins de 1 000 habitants, avec une aide de 10 000 euros.',
    );
    // (sentences 0–3 the warm-up, 4 the minister's promise; the argument is found after it)
    expect(summarize(quoted, { genre: 'opinion', length: { kind: 'count', n: 1 } }).lead?.start).toBeGreaterThan(4);
    expect(LANGUAGES.fr!.argues!.test('L’État doit créer un statut pour les cafés.')).toBe(true);
  });

  it('takes a column\'s "So here is my argument…: …" without the scene before it, though it opens with "So"', () => {
    const column = [
      'Close the streets outside our schools',
      '',
      'At 3.15pm on a weekday, Harcourt Lane is the loudest street in town.',
      'Parents idle in double rows, a delivery van mounts the kerb, and a lollipop man waves through a bus that should not be there.',
      'On weekdays, at 8.40am, it is much the same, with the engines running.',
      '',
      'So here is my argument, and I will make it plainly: the council should close every street outside a primary school to cars for 45 minutes at the start and end of the school day, from September.',
      '',
      'We already know this works, because we have tried it.',
      'For six months last year the council closed Mill Road, outside Mill Primary, at drop-off and pick-up.',
      'Traffic on the streets around it did not rise, and the number of children walking to school doubled.',
      'The trial cost less than £4,000.',
    ].join('\n');
    const texts = summarize(column, { length: { kind: 'count', n: 3 } }).sentences.map((s) => s.text);
    expect(texts[0]).toMatch(/^So here is my argument/);
    expect(texts.join(' ')).not.toMatch(/it is much the same/);
  });

  it('ends a question\'s warm-up where the answer comes: quotes after the news do not stretch it', () => {
    const story = [
      'Think it’s hard to get a table on a Friday night?',
      'It depends on the city you live in and how early you book, according to a new survey of 2.4 million restaurant bookings over the past year.',
      'The survey compared the share of tables still free a week ahead in the 20 largest cities.',
      'The easiest city was Lisbon, where 41% of tables were still free seven days out.',
      '"Restaurants there keep a share of tables back for people who walk in," said Marta Sousa, who led the survey.',
      '"Diners know it, so fewer of them book early," she said.',
      'At the bottom of the list was Copenhagen, where only 6% of tables were free a week ahead.',
      'Booking apps say demand on Fridays has risen by a fifth since 2022.',
    ].join(' ');
    const summary = summarize(story, { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.start).toBe(1);
    expect(summary.sentences[0]!.text).not.toMatch(/^At the bottom of the list/);
  });

  it('is not pushed past the point by the announcement of a list ("Here are the seven…")', () => {
    const listicle = [
      '7 ways to cut your water bill this summer',
      '',
      // (a paragraph a line)
      'If you gasped at last summer’s water bill, you are not alone. Prices have risen faster than wages for three years running.',
      '',
      'The good news is that most households can cut their water bills by a fifth with a handful of cheap fixes, most of which take less than an hour. None of them involve skipping showers. Here are the seven that made the biggest difference in our tests.',
      '',
      'A low-flow shower head costs about £15 and cuts the water a shower uses by a third.',
      'A dripping tap can waste more than 5,000 litres a year.',
      'Watering the garden in the evening loses less to the sun.',
    ].join('\n');
    const summary = summarize(listicle, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The good news is that most households/);
    expect(summary.lead?.start).toBe(2);
    const three = summarize(listicle, { length: { kind: 'count', n: 3 } });
    expect(three.sentences.map((s) => s.text).join(' ')).not.toMatch(/Here are the seven/);
    // "Here is how, step by step." announces the steps too
    expect(LANGUAGES.en!.announcesSteps!.test('Here is how, step by step.')).toBe(true);
    expect(LANGUAGES.en!.announcesSteps!.test('Here’s how it works.')).toBe(true);
    expect(LANGUAGES.en!.announcesSteps!.test('Here is how the council spent the money: £2 million on roads.')).toBe(false);
    const how = summarize(listicle.replace('Here are the seven that made the biggest difference in our tests.', 'Here is how, step by step.'), { length: { kind: 'count', n: 3 } });
    expect(how.sentences.map((s) => s.text).join(' ')).not.toMatch(/Here is how/);
  });

  it('names the thing by its kind after an aside ("It is, quite simply, the…"), in the second half of the review', () => {
    const film = (verdict: string): string =>
      [
        'Review: The Lantern Keepers is a first film of wind and light',
        '',
        'The film opens on a lighthouse at dusk, its lamp turning over an empty sea.',
        'A girl of about ten climbs the spiral stairs with a tin of paraffin.',
        'Her grandfather, the keeper, is asleep in a chair by the stove.',
        '',
        'Director Ines Alder spent six years raising the money for her first feature.',
        'She shot it on a real island off the Galician coast, over two winters.',
        'Most of the cast had never acted before.',
        verdict,
        '',
        'The middle third drags a little, and a subplot about a lost boat goes nowhere.',
        'The island itself, grey and green and loud with wind, does much of the acting.',
        'The score is used sparingly.',
        'The final shot returns to the lamp, and to the girl, now grown.',
      ].join('\n');
    const summary = summarize(film('It is, quite simply, the most moving film of the year, and one that earns its slow pace.'), { length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summary.sentences[0]!.text).toMatch(/^It is, quite simply, the most moving film/);
    // what the film is about is no verdict
    expect(summarize(film('It is, in short, a film about leaving home and the people who stay.'), { length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('verdict');
  });

  it('is not what the place is, a name the title does not give, or a piece that is no review', () => {
    const plain = (verdict: string, title?: string) => summarize(review(verdict, title), { length: { kind: 'count', n: 1 } }).lead?.kinds ?? [];
    expect(plain('Brasa & Vine is a sixty-seat grill room on two floors of a former bakery.')).not.toContain('verdict');
    expect(plain('Harlow is the most exciting city on the coast for food this year, as long as you skip dessert.')).not.toContain('verdict');
    expect(plain('Brasa & Vine is the most exciting new restaurant in Harlow this year, as long as you skip dessert.', 'At Brasa & Vine, the grill is the point')).not.toContain('verdict');
  });
});

describe("a product review's verdict under its conclusion", () => {
  const review = (lede: string): string =>
    [
      'Marlow K2 kettle review: fast boil, loud click',
      '',
      'Marlow has made sensible kitchen scales in Sheffield for forty years.',
      lede,
      '',
      'The K2 holds 1.7 litres and takes about three minutes to boil a full jug.',
      'Its steel body stays cool enough to touch, and the base turns all the way round.',
      '',
      'Noise',
      '',
      'The click when it switches off is loud enough to hear from the next room.',
      'The boil itself is quieter than most.',
      '',
      'Should you buy the Marlow K2?',
      '',
      'The Marlow K2 is the fastest kettle we have tested at its price, but its loud click means we cannot recommend it to light sleepers.',
      'Buy it if speed matters more to you than quiet.',
    ].join('\n');

  it('is the judgement under the conclusion, not a lede that says what the thing tries to be', () => {
    const summary = summarize(review('The K2 is its first attempt at a kettle, and for the most part it works: a quick, handsome jug that costs less than its rivals.'), {
      genre: 'review',
      length: { kind: 'count', n: 1 },
    });
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summary.sentences[0]!.text).toMatch(/^The Marlow K2 is the fastest kettle/);
  });
});

describe("a book review's verdict by the book's kind", () => {
  it('is the last "It is an … book" that judges, in the review\'s last third', () => {
    const article = [
      'The Tide Ledger review: a slow tide, then a flood',
      '',
      'The narrator is Ida Marsh, a clerk sent to a tidal island to copy its parish records before they are burned.',
      'The island can be reached on foot for four hours a day.',
      '',
      'For a hundred pages, little happens.',
      'Ida copies births, marriages and deaths, and notices that the deaths cluster in certain winters.',
      '',
      'The explanation, when it comes, is neither ghostly nor melodramatic.',
      'Someone decided, in 1911, that certain deaths were inconvenient, and the paperwork did the rest.',
      '',
      'It is a slow book, and its first half asks more patience than it earns; but its last hundred pages are the best I have read this year.',
      '',
      'Readers who want their mysteries brisk should look elsewhere.',
    ].join('\n');
    const summary = summarize(article, { genre: 'review', length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summary.sentences[0]!.text).toMatch(/^It is a slow book/);
  });
});

describe('a review in another language', () => {
  const critique = (verdict: string): string =>
    [
      '« Le Verger » : Anna Ferrat, cueilleuse de nuit',
      '',
      'Il est quatre heures du matin, et Lise allume la lampe frontale au bout du rang.',
      'Les pommes tombent dans le seau une à une, sans bruit.',
      '',
      'Le Verger est le premier long métrage de Paul Ardent, tourné en Normandie pendant deux automnes.',
      'Lise (Anna Ferrat) travaille depuis vingt ans chez le même arboriculteur.',
      '',
      'Le scénario hésite parfois entre la chronique et le drame social.',
      'La dernière demi-heure traîne un peu.',
      '',
      verdict,
      '',
      'Il faut le voir en salle.',
    ].join('\n');

  it("is where the critic names the film its title names and judges it, after an adverbial (French)", () => {
    const summary = summarize(critique('Au final, Le Verger n’est pas un film parfait, mais c’est le plus beau premier film de l’automne.'), {
      genre: 'review',
      length: { kind: 'count', n: 1 },
    });
    expect(summary.lead?.kinds).toContain('verdict');
    expect(summary.sentences[0]!.text).toMatch(/^Au final, Le Verger n’est pas/);
    // what the film is, no judgement: no verdict
    const plain = summarize(critique('Au final, Le Verger est un film de quatre-vingt-dix minutes.'), { genre: 'review', length: { kind: 'count', n: 1 } });
    expect(plain.lead?.kinds ?? []).not.toContain('verdict');
  });
});

describe('a lede of how things long were, then the turn', () => {
  const story = (turn: string) =>
    [
      'For years, the quarry pools above Dunmore were the kind of place the county told children to stay away from.',
      '',
      'Runoff from the old tannery left the water laced with chromium, and fences went up in 1994.',
      '',
      turn,
      '',
      'The study was published on Tuesday in the journal Applied Waters.',
      'The team tested the water every week for two years.',
      'Chromium levels fell in every pool where the reeds were planted.',
    ].join('\n');
  const title = 'Reeds clean chromium from Dunmore quarry pools, study finds';

  it('is news where the turn comes ("Now, researchers have found…"): the point starts there', () => {
    const summary = summarize(story('Now, researchers at Dunmore College have found that common reeds planted in the pools can remove most of the chromium within a year.'), {
      title,
      length: { kind: 'count', n: 1 },
    });
    expect(summary.sentences[0]!.text).toMatch(/^Now, researchers at Dunmore College/);
    expect(summary.lead?.kinds).toContain('history');
    const headline = summarize(story('Now, researchers at Dunmore College have found that common reeds planted in the pools can remove most of the chromium within a year.'), { title, type: 'headline' });
    expect(headline.sentences[0]!.text).toMatch(/^Researchers at Dunmore College have found/);
  });

  it('without a turn, keeps its lead', () => {
    const summary = summarize(story('Researchers at Dunmore College have found that common reeds planted in the pools can remove most of the chromium within a year.'), { title, length: { kind: 'count', n: 1 } });
    expect(summary.lead?.kinds ?? []).not.toContain('history');
  });
});

describe("a personal essay's late signpost", () => {
  it('is looked for further on where the writer says "I" in the lede', () => {
    const filler = Array.from({ length: 18 }, (_, i) => `The district's budget paper lists item ${i + 1} among the savings it expects from the change next year.`);
    const essay = [
      'My son’s history teacher quit in March.',
      'I thought about her a lot when the board voted to close the schools on Fridays.',
      '',
      ...filler,
      '',
      'And here is where I think the whole conversation goes wrong.',
      'The four-day week is a budget cut dressed as a reform, and the board should say so in its own resolution.',
      'Families would then know who is paying for it.',
    ].join('\n');
    const summary = summarize(essay, { title: 'The four-day week is a budget cut', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The four-day week is a budget cut dressed as a reform/);
    // the same story told by a reporter: no "I" in the lede, no signpost that far on
    const report = essay.replace('My son’s history teacher quit in March.', 'A history teacher at Halden High quit in March.').replace('I thought about her a lot when', 'Her colleagues spoke of her when');
    expect(summarize(report, { title: 'The four-day week is a budget cut', length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('signpost');
  });
});

describe('a Spanish scene that opens at an hour', () => {
  it('is warm-up ("A las nueve menos cuarto, el autobús baja la cuesta…"), not news told at an hour', () => {
    const scene = 'A las nueve menos cuarto, el único autobús escolar de Villaseca baja la cuesta de la calle Mayor con las luces encendidas.';
    const news = 'A las nueve de la mañana del lunes, la policía detuvo al alcalde de Villaseca en su casa de la calle Mayor.';
    expect(openerKind(scene, 'es')).toBe('scene');
    expect(openerKind(news, 'es')).toBeNull();
  });
});

describe('what a genre must not take for its point', () => {
  const editorial = [
    'The county council should reject the plan to sell the Harlow Road playing fields to a housing developer.',
    'The fields are the only open ground in the east of the town, and four schools use them every week.',
    'The council says the sale would raise £2.4 million for repairs to its offices.',
    'Planners must also consider the flooding that the fields now soak up every winter.',
  ].join('\n');

  it('an editorial that argues in its first sentence keeps its lead', () => {
    const summary = summarize(editorial, { title: 'Keep the Harlow Road fields', genre: 'opinion', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^The county council should reject/);
    expect(summary.lead?.start ?? 0).toBe(0);
  });

  it("the writer's own \"I believe that … should\" is an argument; a schedule in French is not", () => {
    const column = [
      'My grandfather kept bees on the slope above Carrow Mill for forty years.',
      'Every August he carried a frame of honey down to the kitchen.',
      'The county put the slope up for sale last spring, and a logistics firm wants to build a warehouse there.',
      'I firmly believe that the planning committee should refuse the warehouse and offer the firm the empty mill site instead.',
      'The committee meets on the ninth of May.',
    ].join('\n');
    expect(summarize(column, { title: 'Keep the warehouse off the meadow', genre: 'opinion', length: { kind: 'count', n: 1 } }).lead?.kinds).toContain('argument');
    const chronique = [
      'Mon grand-père gardait des abeilles sur la colline au-dessus du moulin.',
      'Chaque mois d’août, il descendait un cadre de miel à la cuisine.',
      'Le chantier de l’entrepôt doit s’achever en 2026, selon la mairie, sur la colline même.',
      'Le conseil municipal devrait refuser l’entrepôt et proposer à l’entreprise le site du vieux moulin.',
    ].join('\n');
    const summary = summarize(chronique, { title: 'Pas d’entrepôt sur la colline', genre: 'opinion', length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^Le conseil municipal devrait refuser/);
  });

  it('a news title with "Review:" in it is no review, and a pronoun is no name', () => {
    const budget = [
      'The chancellor set out £5bn of cuts to departmental budgets on Wednesday.',
      'Schools and hospitals were spared, but councils face a further squeeze.',
      'Reeves is the most senior minister to defend the cuts in the Commons so far.',
    ].join('\n');
    expect(summarize(budget, { title: 'Spending Review: Reeves sets out £5bn of cuts', length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('verdict');
    const phone = [
      'The Pixel 9 arrived in a box smaller than a paperback.',
      'Setting it up took ten minutes.',
      'It is the best I have used this year, though the battery fades by evening.',
    ].join('\n');
    // (with the thing's kind, "It is the best phone I have used…", it is a verdict: see "a book
    // review's verdict by the book's kind")
    expect(summarize(phone, { title: 'Review: Is it worth it? The Pixel 9 tested', length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('verdict');
  });

  it('"Today the site employs…" is no turn after a history lede', () => {
    const plant = [
      'For more than 40 years, the Acme plant in Harlow made the town’s radiators.',
      'Today the site employs 300 people on two shifts.',
      'The company announced on Tuesday that it will close the plant by March.',
    ].join('\n');
    expect(summarize(plant, { title: 'Acme to close Harlow radiator plant', length: { kind: 'count', n: 1 } }).lead?.kinds ?? []).not.toContain('history');
  });
});
