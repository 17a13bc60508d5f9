// --type headline: the sentence that carries the article's point, cut to its main clause, every word
// of it in the article in the same order. Articles written for these tests.
import { describe, expect, it } from 'vitest';
import { headlineOf, headlineWorthy, withoutAttribution } from '../../src/core/headline.js';
import { summarize } from '../../src/core/summarize.js';

const headline = (article: string, words?: number): string =>
  summarize(article, { type: 'headline', ...(words === undefined ? {} : { length: { kind: 'words' as const, n: words } }) }).sentences[0]!.text;

/** Every word of `line` stands in `article`, in the same order. */
const inOrder = (line: string, article: string): boolean => {
  const norm = (w: string): string => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const source = article.split(/\s+/).map(norm);
  let at = 0;
  for (const w of line.split(/\s+/).map(norm).filter((x) => x !== '')) {
    while (at < source.length && source[at] !== w) at++;
    if (at === source.length) return false;
    at++;
  }
  return true;
};

const story = (lead: string): string =>
  [
    lead,
    'The river rose by almost two metres overnight and flooded the lower streets of the old town.',
    'Emergency crews worked through the night to move families to the sports hall on the hill.',
    'Schools in the district will stay closed until the water level falls.',
    'Forecasters expect more rain at the weekend.',
    'Farmers said the flood had ruined much of the winter wheat.',
  ].join('\n');

describe('headline: the point, cut to its main clause', () => {
  it('comes from the long lead that carries the point, not a short sentence deep in the article', () => {
    const lead = 'Hundreds of families in the river town of Marlow were moved to safety on Tuesday after the river burst its banks following three days of heavy rain, officials said.';
    const line = headline(story(lead));
    expect(line).toMatch(/^Hundreds of families/);
    expect(line.split(' ').length).toBeLessThanOrEqual(17);
    expect(inOrder(line, lead)).toBe(true);
  });

  it('drops a trailing attribution: "…, officials said" and "…, according to police"', () => {
    expect(headline(story('Hundreds of families in the river town were moved to safety as the river burst its banks, officials said.'))).toBe(
      'Hundreds of families in the river town were moved to safety',
    );
    const line = headline(story('Two bridges over the river were closed to traffic for the first time in forty years, according to police.'));
    expect(line).toMatch(/^Two bridges over the river were closed to traffic/);
    expect(line).not.toMatch(/according|police/);
  });

  it('drops parentheticals and appositives', () => {
    expect(headline(story('The Environment Agency (EA) has issued its highest flood warning for the river town of Marlow in the south.'))).toBe(
      'Environment Agency has issued its highest flood warning for the river town of Marlow',
    );
    expect(headline(story('Mayor Jane Doe, a former engineer, has ordered the evacuation of every house near the river.'))).toBe(
      'Mayor Jane Doe has ordered the evacuation of every house near the river',
    );
  });

  it('drops leading and trailing subordinate clauses', () => {
    expect(headline(story('Although the defences held for two days, the river flooded the lower streets of the old town of Marlow.'))).toBe(
      'River flooded the lower streets of the old town of Marlow',
    );
    expect(headline(story('The river flooded the lower streets of the old town of Marlow, which had been protected by new walls since 2010.'))).toBe(
      'River flooded the lower streets of the old town of Marlow',
    );
  });

  it('is never a question, a quote fragment, a list line or a hook', () => {
    const article = [
      'Is the town ready for the next flood?',
      '"We have never seen the water this high," the mayor said.',
      'Marlow is simple.',
      'Supplies: 40 beds, 12 boats, 300 blankets.',
      'The river town of Marlow has moved three hundred families to safety as the flood defences failed.',
      'Schools in the district will stay closed until the water level falls.',
    ].join('\n');
    const line = headline(article);
    expect(line).toBe('River town of Marlow has moved three hundred families to safety');
  });

  it('keeps --words: at most that many words, still in the article in order', () => {
    const lead = 'Hundreds of families in the river town of Marlow were moved to safety after the river burst its banks following three days of heavy rain.';
    for (const n of [8, 12, 22]) {
      const line = headline(story(lead), n);
      expect(line.split(' ').length, String(n)).toBeLessThanOrEqual(n);
      expect(inOrder(line, lead), line).toBe(true);
      expect(line, String(n)).not.toMatch(/\b(?:of|the|in|after)$/);
    }
  });
});

describe('headline: no dateline', () => {
  it('drops the place and dash that open a story', () => {
    const article = [
      'SALEM, Ore. — The state will close two ferry routes across the river next month because of falling ridership, transport officials said on Monday.',
      'The routes have run since 1956.',
      'Commuters say the bridge detour adds forty minutes to each trip.',
      'The ferry crews will move to the coastal routes.',
    ].join('\n\n');
    const line = headline(article);
    expect(line).toMatch(/^State will close two ferry routes/);
  });
});

describe('headline of hostile input', () => {
  it('cuts a run-on sentence of 5,000 clauses to a line within the words asked for', () => {
    const article = `The council met in the town hall${', according to police, who said the roads - closed - were (mostly) open'.repeat(5_000)}.`;
    const line = headline(article);
    expect(line.split(' ').length).toBeLessThanOrEqual(17);
    expect(line).toMatch(/^Council met in the town hall/);
  });
});

// Cuts a reader would not print, from held-out pages of kinds the tests above did not cover
describe('headline: a cut keeps a whole clause', () => {
  it('a clause after a name is no appositive, and two leading clauses both go', () => {
    expect(headlineOf('For nine days last August, as the Brook Hill fire burned toward the edge of town, the busiest person in the county was the sign language interpreter.', 17).text).toBe(
      'Busiest person in the county was the sign language interpreter',
    );
  });

  it('never parts a subject from its verb, or says it had to cut mid-clause (so that another sentence is preferred)', () => {
    const { text, cut } = headlineOf('For nine days last August the most closely watched person in the county of Dunmore was not the fire chief or the mayor.', 12);
    expect(cut || text !== 'For nine days last August the most closely watched person').toBe(true);
  });

  it('sees the verb of a subject with a participle phrase, or an irregular past, and keeps it', () => {
    // the only -ed word before the cut is a participle after the noun ("Seedlings grown… treated with"):
    // the clause's verb is "were", after the phrases the subject's participle takes
    const seedlings = headlineOf('Seedlings planted in soil treated with a common weedkiller at doses often sprayed on farms were about a third shorter after six weeks, researchers said Tuesday.', 16);
    expect(seedlings.text).toMatch(/\bwere\b/);
    expect(seedlings.text).not.toMatch(/at doses often sprayed/);
    // "swept" is a past tense with no -ed
    const surge = headlineOf('A storm surge from more than four feet of rain in less than two days swept through Port Lenn on Sunday night, flooding 300 homes, officials said.', 18);
    expect(surge.text).toMatch(/swept through Port Lenn/);
  });

  it('drops an aside that counts "of them" ("scored 29 points, 11 of them in the final quarter, and…")', () => {
    const { text } = headlineOf('Rosa Mendez scored 29 points, 11 of them in the final quarter, and the Tidewater Herons beat the Ashford Pilots 97-90 on Saturday to reach the league final.', 16);
    expect(text).not.toMatch(/of them/);
    expect(text).toMatch(/^Rosa Mendez scored 29 points and the Tidewater Herons beat the Ashford Pilots/);
  });

  it('may end a line before an "and" that starts a second predicate, and says it needed no cut mid-phrase', () => {
    // ("and" before a lower-case word was never a boundary: the pattern's /i let \p{Lu} match any letter)
    const line = headlineOf('It is time for the county board to admit that the fortnightly bin plan has failed and go back to the old weekly rounds: the savings are smaller than promised, the streets are dirtier, and the households least able to pay for private pickups are paying the most for it.', 17);
    expect(line).toEqual({ text: 'It is time for the county board to admit that the fortnightly bin plan has failed', cut: false });
  });

  it('never ends on a word that needs the next one: "shortly", "as much", "a $9", "a 14% jump"', () => {
    const ends = (s: string, n: number): string => headlineOf(s, n).text;
    expect(ends('The Dunmore Town Council voted 6-3 shortly before midnight on Tuesday to close the harbour car park for a year.', 6)).not.toMatch(/shortly$/);
    expect(ends('Swallows that nest near busy roads lay their eggs as much as nine days later than swallows that nest on farms.', 12)).not.toMatch(/as much$/);
    // "as much as" is no conjunction: the line may run on through it
    expect(ends('Swallows that nest beside brightly lit motorways lay their eggs as much as nine days later than swallows that nest on quiet farms.', 17)).toMatch(/as much as nine days later$/);
    expect(ends('Most lorries crossing the Arlen bridge between 6 a.m. and 8 p.m. on weekdays will pay a $12 daily toll from March.', 17)).not.toMatch(/a \$12$/);
    expect(ends('Pellam Foods reported a 9% jump in first-half profit, to $88 million, as shoppers bought more of its frozen meals.', 7)).not.toMatch(/jump$/);
  });

  it('reads "This week, …" as a leading clause, not "This plum cake is a one-bowl, …"', () => {
    expect(headlineOf('This lemon loaf is a one-bowl, hour-long bake with a sharp lemon glaze and a soft crumb, and it keeps for four days.', 17).text).toMatch(/^This lemon loaf is a one-bowl/);
    expect(headlineOf('This week, the harbour board voted to close the ferry terminal for the whole of the winter season.', 17).text).toMatch(/^Harbour board voted/);
  });

  it("drops a vote's tally between commas in another language (\", par 31 voix contre 12,\")", () => {
    const { text } = headlineOf("Le conseil municipal de Sorvel a adopté mardi soir, par 27 voix contre 9, la fermeture définitive de la piscine du centre-ville à partir du mois de juin.", 14, 'fr');
    expect(text).toMatch(/^Le conseil municipal de Sorvel a adopté mardi soir la fermeture/);
  });

  it('reads ", killing four people," after a place as a participle phrase, not as the place\'s appositive', () => {
    const { text } = headlineOf('A wind-driven grass fire swept through the village of Hollin Cross on Sunday, killing two people, destroying 40 homes and forcing 900 residents to leave, officials said.', 17);
    expect(text).toMatch(/^Wind-driven grass fire swept through the village of Hollin Cross/);
    expect(text).not.toMatch(/Cross destroying/);
    // (", according to …," between a name and its verb still goes)
    expect(headlineOf('Governor Ana Ruiz, according to her office, made an unplanned visit to the flooded town of Marrow on Sunday to meet families who lost homes.', 17).text).toMatch(/^Governor Ana Ruiz made an unplanned visit/);
  });

  it('drops a source named before the clause in another language ("Selon une étude…, près d\'une commune…")', () => {
    expect(headlineOf("Selon une étude publiée en mai par l'Institut des territoires, près d'une gare rurale sur quatre a fermé son guichet depuis 2015.", 17, 'fr').text).toMatch(/^Près d'une gare rurale sur quatre a fermé son guichet/);
    expect(headlineOf('Selon le quotidien, qui a pu consulter le rapport, la préfecture envisage de fermer trois ponts cet hiver.', 17, 'fr').text).toMatch(/^La préfecture envisage de fermer trois ponts/);
    expect(headlineOf('Según un informe publicado el lunes, casi la mitad de los pueblos de la comarca ha perdido su último banco.', 17, 'es').text).toMatch(/^Casi la mitad de los pueblos/);
  });

  it('keeps a clause whose verb is its own: no subject phrase, participle aside or "and" between adjectives is cut out of it', () => {
    const line = (s: string, n = 17): string => headlineOf(s, n).text;
    expect(line('Ruiz returned to the court in Leeds on Monday for a trial that is expected to last three weeks, her lawyer said.')).not.toMatch(/court is expected/);
    expect(line('Smith moved to London in 2010 after his wife was offered a job at a bank in the City.')).not.toMatch(/London was offered/);
    expect(line('Obama, speaking at a rally in Ohio, said the election would decide the future of the country for a generation.')).toMatch(/^Obama said the election/);
    expect(line('Jane Doe, managing director of Carrow Bank, said the bank would close twelve branches by the end of the year.')).toMatch(/^Jane Doe said the bank/);
    expect(line('The county has approved a long and costly plan to rebuild the harbour wall before the winter storms arrive.', 12)).not.toMatch(/a long$/);
    expect(line('Scientists tested 40 experimental drugs against the virus, none of which worked, and the trial was halted early in March.')).toMatch(/none of which worked/);
  });

  it('never ends on an adjective in -ing that has lost its noun ("to remember a rewarding")', () => {
    expect(headlineOf('Mice given the new drug for three weeks were far more likely to find a rewarding sugar tube hidden in the maze than mice given salt water.', 16).text).not.toMatch(/\ba rewarding$/);
  });

  it('never ends on "and usually" or on "was caused"', () => {
    expect(headlineOf('There is a lull on every fishing trip, usually around 6 a.m. and usually in the cold, when nothing bites at all.', 17).text).not.toMatch(/and usually$/);
    expect(headlineOf('A long outage that left thousands of small shops unable to take card payments on Friday was caused by a faulty update to the router.', 17).text).not.toMatch(/was caused$/);
  });

  it('drops a leading purpose clause', () => {
    expect(headlineOf('To find out which kettles are fastest, we boiled 112 liters of water on 14 kettles over three months in a test kitchen and on a ridge.', 17).text).toBe(
      'We boiled 112 liters of water on 14 kettles over three months',
    );
  });
});

describe('headline: a closing attribution, matched case-folded', () => {
  // the attribution as it was matched before: case-insensitive on the sentence as written
  const SAID =
    '(?:(?:has|have|had)\\s+(?:said|learned|learnt|heard|been\\s+told|revealed|confirmed|announced|reported|found|warned)|understands|can\\s+reveal|argues|insists|warns|claims|notes|said|says|say|show|shows|showed|suggest|suggests|suggested|found|told\\s+[\\p{L}\\s]{1,30}?|added|adds|announced|reported|reports|confirmed|explained|stated|warned|claimed|argued|insisted|noted|wrote|writes|believes|thinks)';
  const SPEAKER = "(?:he|she|they|it|we|i|police|officials|experts|analysts|[\\p{L}\\p{N}.'’&-]+(?:\\s+[\\p{L}\\p{N}.'’&-]+){0,6})";
  const insensitive = new RegExp(
    `,\\s+(?:${SPEAKER}\\s+${SAID}|${SAID}\\s+${SPEAKER})(?:\\s+(?:on|last|this|in)\\s+[\\p{L}\\p{N}\\s]{1,20})?(?:,\\s+[^,;]+)?\\s*([.!]?)\\s*$`,
    'iu',
  );

  it('cuts what the case-insensitive pattern cut, in any case and script', () => {
    const leads = ['The council approved the budget', 'İstanbul’s mayor opened the bridge', 'ΟΙ ΑΡΧΕΣ ΕΚΛΕΙΣΑΝ ΤΟΝ ΔΡΟΜΟ', 'Prices rose, then fell'];
    const attributions = [
      ', officials said.',
      ', OFFICIALS SAID ON TUESDAY.',
      ', Police Said!',
      ', the company’s chief executive told reporters in London.',
      ', ſaid the mayor.',
      ', İbrahim Yılmaz said.',
      ', said Mr Smith, adding that more was to come.',
      ', has been told by the Ministry.',
      ', the minister said; more later.',
      ', they said',
      ' said nothing.',
    ];
    let cut = 0;
    for (const lead of leads) {
      for (const a of attributions) {
        const sentence = lead + a;
        const expected = sentence.replace(insensitive, '$1');
        if (expected !== sentence) cut++;
        expect(withoutAttribution(sentence), sentence).toBe(expected);
      }
    }
    expect(cut).toBeGreaterThan(20);
  });
});

describe('headline: wire datelines and names with "and"', () => {
  it('drops a wire dateline with a hyphen after a place and a comma, and keeps "US stocks fell - …"', () => {
    expect(headlineOf('CALLOWAY, Iowa, Oct 22 (Meridian) - The river authority closed the lock to barge traffic on Wednesday.', 17).text).toBe(
      'River authority closed the lock to barge traffic',
    );
    expect(headlineOf('HARLOW, Ohio--(PRESS WIRE)--Marston Glass Inc. today opened a $78 million plant in Harlow.', 17).text).toMatch(/^Marston Glass Inc\./);
    expect(headlineOf('US stocks fell - the Dow lost 2% as bank shares slid.', 17).text).toMatch(/^US stocks fell/);
  });

  it('drops a relative clause that holds a number with a thousands comma', () => {
    expect(headlineOf('The two-lane bridge, which carries about 11,000 vehicles a day between the two towns, will stay closed indefinitely while engineers decide whether to repair it.', 17).text).toMatch(
      /^Two-lane bridge will stay closed indefinitely/,
    );
  });

  it('keeps the full stop of an abbreviation that ends the line, never ends on "to do", nor on an elided word', () => {
    expect(headlineOf('Evacuation orders for two villages were lifted at 4:15 p.m.', 17).text).toBe('Evacuation orders for two villages were lifted at 4:15 p.m.');
    expect(headlineOf('A new study from the university’s School of Psychology suggests the answer has less to do with hearing than with how much of the brain’s working memory is in use.', 17).text).not.toMatch(/to do$/);
    expect(headlineOf("Le fabricant de vélos Cycles Aubertin va fermer son usine historique de Saint-Aubin-des-Lacs d'ici la fin de l'année, a annoncé mardi la direction.", 17, 'fr').text).not.toMatch(/d'ici$/);
  });

  it('keeps an appositive that holds the news, cutting a long line before a participle phrase instead', () => {
    expect(
      headlineOf("The maintainers of Ferrule.js shipped version 2.3.1 on Tuesday, an emergency release that closes a request-smuggling flaw affecting every server running the framework's 2.x line.", 17).text,
    ).toBe('Maintainers of Ferrule.js shipped version 2.3.1, an emergency release that closes a request-smuggling flaw');
  });

  it('keeps a leading clause that runs on over a comma, and a line that is only that clause counts as cut', () => {
    const { text, cut } = headlineOf('If you ride mostly on paved roads, have a place to charge indoors and can live without the app, the Strand 2.1 is a joy to ride.', 17);
    expect(text).not.toMatch(/^Have a place/);
    expect(cut).toBe(true);
    expect(headlineOf('As of 29 November, thirty artworks will light up the city center of Amsterdam for the seventh year in a row.', 17).text).toMatch(/^Thirty artworks will light up/);
  });

  it('drops "last week" but not "next year" after a preposition', () => {
    expect(headlineOf('After a long night of talks, the council approved the budget for next year.', 17).text).toBe('Council approved the budget for next year');
  });

  it('never cuts before the "and" of a name', () => {
    const { text } = headlineOf('The U.S. Army Corps of Engineers closed Lock and Dam No. 10 on the upper Vell River to barge traffic on Wednesday after a transfer hose at a chemical terminal failed and released resin.', 17);
    expect(text).not.toBe('U.S. Army Corps of Engineers closed Lock');
  });
});


describe('headline: the writer\'s own statement of the point', () => {
  it('is what follows the colon of "My view is simple: …", not the announcement', () => {
    expect(headlineOf('My view is simple: the county should let sixteen-year-olds vote in every local election.', 17).text).toBe(
      'County should let sixteen-year-olds vote in every local election',
    );
    expect(headlineOf("Here is what I think, and I'll say it plainly: every phone maker should publish its repair manuals for free.", 17).text).toMatch(/^Every phone maker should publish its repair manuals/);
  });

  it('a line is not cut at a comma between two adjectives', () => {
    const { text } = headlineOf('Every camera maker should be required to publish a full, free specification of its file format, or ship its cameras with an open one.', 12);
    expect(text).toBe('Every camera maker should be required to publish a full, free specification');
  });

  it('a leading clause goes on past its comma only over adjectives, never over a subject', () => {
    expect(headlineOf('Last year, lawmakers in Texas, Ohio and Florida passed laws that ban the sale of the devices to children.', 17).text).toMatch(/^Lawmakers in Texas, Ohio and Florida passed laws/);
  });

  it('a leading clause with a comma between its adjectives goes whole', () => {
    expect(headlineOf('For big, contested planning decisions, councils should hand the question to a citizens’ panel drawn by lot.', 17).text).toMatch(/^Councils should hand the question/);
  });

  it('"Two years after …," is a leading clause', () => {
    expect(headlineOf('Two years after Marlowe moved its school day to 8:50 a.m., researchers have found that its students sleep 41 minutes more.', 17).text).toMatch(/^Researchers have found that its students sleep 41 minutes more/);
  });
});

describe('an opinion piece that states its argument after a colon', () => {
  it('counts the lead prior from that sentence', () => {
    const column = [
      'Let sixteen-year-olds vote in Glenarden',
      '',
      'At sixteen you can leave school, work full time and pay income tax. At sixteen you can join the army. At sixteen you can marry, in some places, with a parent’s consent.',
      '',
      'Next month the council’s committee will consider a motion from a ward councillor on the matter. The motion is expected to be quietly shelved.',
      '',
      'My view is simple: Glenarden should back the motion, and the government should let sixteen-year-olds vote in every local election.',
      '',
      'Scotland and Wales already let them vote, and turnout among the youngest voters there has held up well.',
    ].join('\n');
    const summary = summarize(column, { length: { kind: 'count', n: 1 } });
    expect(summary.sentences[0]!.text).toMatch(/^My view is simple: Glenarden should back the motion/);
    expect(headline(column)).toMatch(/^Glenarden should back the motion/);
    // an announcement that opens with "So" leans on nothing: what follows its colon is the headline
    const so = column.replace('My view is simple:', 'So here is my argument, and I will put it plainly:');
    expect(headline(so)).toMatch(/^Glenarden should back the motion/);
  });
});

describe('headline: a frame, a condition or an answer is not the news', () => {
  it('cuts "Beginning with …," and a phrase between commas inside the verb, and stops before "rather than"', () => {
    expect(
      headlineOf(
        'Beginning with next year’s harvest, the state fund that insures most of the valley’s orchards will, for the first time, price its cover using regional frost forecasts rather than each grower’s own losses.',
        17,
      ).text,
    ).toBe('State fund that insures most of the valley’s orchards will price its cover using regional frost forecasts');
  });

  it('cuts "Starting Jan. 1," and never stops inside a list ("a kettle, | toaster, oven or fridge")', () => {
    const line = headlineOf(
      'Starting Oct. 1, every tenant who rents a flat, house, caravan or boat mooring in Harwick will be able to demand a written repair plan from the landlord within 14 days — or to withhold a tenth of the rent — under the new rules.',
      17,
    );
    expect(line.text).toMatch(/^Every tenant who rents a flat, house, caravan or boat mooring/);
    expect(line.text).not.toMatch(/^Every tenant who rents a flat, house$/);
    // a list that runs past the words a headline has: the line is cut inside its clause, and says so
    const listed = headlineOf('Buyers of a kettle, toaster, oven, fridge, freezer, microwave, blender or dishwasher sold by the firm since March can claim a refund.', 8);
    expect(listed.cut).toBe(true);
    expect(headlineOf('Residents of Alder, Birch, Cedar and Dunmore counties can apply for the grants from Monday, the state energy office said, and the money will be paid within six weeks of approval.', 17).text).toBe(
      'Residents of Alder, Birch, Cedar and Dunmore counties can apply for the grants from Monday',
    );
  });

  it("drops a conclusion's connective before a clause with its own subject, and then the line stands on its own", () => {
    expect(headlineOf('So the county should keep the ferry running through the winter and pay for it from the bridge toll.', 17).text).toBe(
      'County should keep the ferry running through the winter and pay for it from the bridge toll',
    );
    expect(headlineOf('Por eso el Ayuntamiento debería aprobar la ordenanza en el pleno de junio.', 17, 'es').text).toBe('El Ayuntamiento debería aprobar la ordenanza en el pleno de junio');
    // an "in the end" too, before a critic's verdict
    expect(headlineOf('Au final, Le Verger n’est pas un film parfait, mais c’est un beau premier film.', 17, 'fr').text).toBe('Le Verger n’est pas un film parfait, mais c’est un beau premier film');
    expect(headlineOf('Al final, el Ayuntamiento aprobó la ordenanza en el pleno de junio.', 17, 'es').text).toBe('El Ayuntamiento aprobó la ordenanza en el pleno de junio');
    // not "So far", not a pronoun's clause, not German, where the verb comes next
    expect(headlineOf('So far the county has kept the ferry running through every winter since 1988.', 17).text).toMatch(/^So far/);
    expect(headlineOf('Deshalb sollte der Kreis die Fähre auch im Winter fahren lassen.', 17, 'de').text).toMatch(/^Deshalb/);
    const column = [
      'The ferry to Inchmore has crossed the sound every morning at seven for as long as anyone on the island can remember.',
      'My grandmother took it to school, and my children take it now.',
      '',
      'The county wants to stop the winter crossings from next year to save £300,000.',
      'Islanders would have to drive two hours round by the bridge instead.',
      '',
      'So the county should keep the winter crossings and pay for them from the bridge toll, which rose again this spring.',
    ].join('\n');
    const line = summarize(column, { title: 'Opinion: Keep the Inchmore ferry', type: 'headline' }).sentences[0]!.text;
    expect(line).toMatch(/^County should keep the winter crossings/);
  });

  it('takes the news a columnist hangs on a first-person frame', () => {
    expect(headlineOf('I thought about that bench last week, when the Dunmore parks board voted 5-2 to remove every seat from the riverside path.', 17).text).toMatch(
      /^Dunmore parks board voted 5-2 to remove every seat/,
    );
    expect(headlineOf('We remembered the old pier the day the harbour trust agreed to sell it to a hotel group.', 17).text).toMatch(/^Harbour trust agreed to sell it/);
    expect(headlineOf('I also think it’s a poor trade, and the trust should keep the pools open on Sundays.', 17).text).toBe('Trust should keep the pools open on Sundays');
    // "as" is no frame's conjunction: "I worked as a nurse" is the writer's own line
    expect(headlineOf('I worked as a nurse on that ward for twenty years before it closed.', 17).text).toMatch(/^I worked as a nurse/);
    // only a phrase of time or manner between commas inside the verb goes, not a clause's pieces
    expect(headlineOf('If it does, the bill, which passed the Senate, would go to the governor.', 17).text).not.toMatch(/does which/);
  });

  it('an answer to a question asked before it is no headline', () => {
    const review = [
      'Kestrel K2 headphones review',
      '',
      'The Kestrel K2 are light, cheap and loud, and their battery lasts for a week of commuting.',
      'Their noise cancelling is weaker than that of rivals that cost twice as much.',
      '',
      'Should you buy them?',
      '',
      'If you want long battery life for little money, yes — and if you mostly listen at home, the weak cancelling will not matter.',
    ].join('\n');
    expect(headline(review)).toMatch(/^Kestrel K2 are light, cheap and loud/);
    expect(headlineWorthy('If you want long battery life for little money, yes — and if you mostly listen at home, the weak cancelling will not matter.')).toBe(false);
    expect(headlineWorthy('Yes, the council will pay for the new roof of the library.')).toBe(false);
    expect(headlineWorthy('No one was hurt when the roof of the library fell in.')).toBe(true);
    expect(headlineWorthy('No-deal trade rules would cost the port a third of its traffic, the report says.')).toBe(true);
    // a label is a few words; a clause with its verb before a colon is no label
    expect(headlineWorthy('The trust should adopt one plain rule: publish every contract within a week of signing it.')).toBe(true);
    expect(headlineWorthy('Tested by: Ann Lee. Price: 49.95 euros, at most shops in town.')).toBe(false);
    expect(headlineWorthy('Battery life on a full charge: about nine hours of mixed use.')).toBe(false);
    expect(headlineWorthy('Weight with the battery: 21.4 kilograms, pedals included.')).toBe(false);
    expect(headlineWorthy('No. 10 said the plan for the port would go ahead in the spring.')).toBe(true);
    expect(headlineWorthy('Ministers agreed on sanctions, no-fly zones and new tariffs for the region.')).toBe(true);
  });

  it('a line whose subject is a pronoun once its leading clause is gone, or advice to the reader, counts as cut', () => {
    expect(headlineOf('For the past three weeks, it has also been my test bench for the Kestrel K2, a pair of light headphones.', 17).cut).toBe(true);
    expect(headlineOf('If you need a pair that folds into a pocket, look at the Marlin M4 instead.', 17).cut).toBe(true);
    expect(headlineOf('He said the plan for the new bridge would be ready by March.', 17).cut).toBe(false);
  });

  it('keeps the "a" of a quantity: "A few" is not "Few"', () => {
    expect(headlineOf('A few families stayed in the village after the mine closed in the spring.', 17).text).toMatch(/^A few families stayed/);
    expect(headlineOf('The mill closed in the spring after a long strike over pay.', 17).text).toMatch(/^Mill closed/);
  });
});

describe('headline: appositives with figures, participles at the end', () => {
  it('drops an appositive whose figure has a comma ("a river town of 14,000"), and never ends on "a fungus growing"', () => {
    expect(headlineOf('In Verrin, a river town of 14,000 on the edge of the moors, the council switched off every streetlight after midnight.', 17).text).toBe(
      'In Verrin the council switched off every streetlight after midnight',
    );
    expect(headlineOf('Researchers at Northmoor University have found that a fungus growing in those same ditches can break down most of the chemical within 90 days.', 12).text).not.toMatch(
      /a fungus growing$/,
    );
    // a noun in -ing is no participle
    expect(headlineOf('Sir Joshua Reynolds’ Portrait of Omai will get a public airing following fears it would stay hidden in a private collection abroad.', 12).text).toBe(
      'Sir Joshua Reynolds’ Portrait of Omai will get a public airing',
    );
  });
});

describe('headline: an appositive never takes the main clause with it', () => {
  it('keeps the verb after a company described between commas, and drops an attribution whose tail holds a figure with a comma', () => {
    // "…, will close…" and "…, today unveiled…" are the main clause, not a second appositive ("Jane Doe, 45, a teacher…")
    expect(headlineOf('Tamsin Ferries, the operator that runs the island’s 14-boat fleet, will end its winter crossings in January, the harbour board said Friday, leaving about 2,400 residents with one boat a week.', 12).text).toBe(
      'Tamsin Ferries will end its winter crossings',
    );
    expect(headlineOf('Brackwell Systems, Ltd., the maker of the Orra sensor range, today unveiled the Orra 5, which doubles the battery life of its predecessor and halves its price.', 12).text).toBe(
      'Brackwell Systems, Ltd. unveiled the Orra 5',
    );
    // a name, an age and a job are still dropped, with a relative clause in the job (found by a reviewer)
    expect(headlineOf('Ivo Martel, 52, a ferry captain from Sark, was rescued after his boat capsized in a storm off the coast.', 12).text).toMatch(/^Ivo Martel was rescued/);
    expect(headlineOf('Ivo Martel, 52, a ferry captain who lived on Sark, was rescued after his boat capsized off the coast.', 12).text).toMatch(/^Ivo Martel was rescued/);
  });
});

describe('headline: other languages end the line where the main clause ends', () => {
  it('cuts before a subordinate clause, and never at an English preposition that is a word of the language too', () => {
    expect(headlineOf('Die Stadtwerke Kellbach erhöhen den Preis für Fernwärme um 18 Prozent, weil der Gaspreis im Winter stark gestiegen ist und weiter steigt.', 17, 'de').text).toBe(
      'Die Stadtwerke Kellbach erhöhen den Preis für Fernwärme um 18 Prozent',
    );
    expect(headlineOf('Le conseil municipal a voté la gratuité des bus dès le mois de septembre, parce que la fréquentation baisse depuis trois ans sur toutes les lignes.', 17, 'fr').text).toBe(
      'Le conseil municipal a voté la gratuité des bus dès le mois de septembre',
    );
    // "in" and "over" are Dutch words: no cut before "in Lindeveld"
    expect(headlineOf('De brug over de Maas in Venlo gaat vanaf maandag voor acht maanden dicht voor auto’s en vrachtverkeer, omdat de pijlers zijn aangetast.', 17, 'nl').text).toBe(
      'De brug over de Maas in Venlo gaat vanaf maandag voor acht maanden dicht voor auto’s',
    );
  });
});

describe('headline: who led a study, a turn to the many, a subject far from its verb', () => {
  it('drops who led it and what they are, prints what follows a turn\'s colon, and never stops before a verb in the past tense', () => {
    expect(headlineOf("The survey, led by Ana Ferro, a geographer at the university's Institute of Rural Studies, counted 3,100 empty shops in 2024.", 12).text).toBe(
      'Survey counted 3,100 empty shops in 2024',
    );
    expect(headlineOf('Her story is not unusual: nearly one in four small farms in the valley closed last year, the survey found.', 12).text).toMatch(/^Nearly one in four small farms/);
    expect(headlineOf('Nearly one in four small farms in the valley last year ended the season with a loss.', 12).text).toMatch(/ended/);
  });
});

describe('headline: a leading clause whose comma parts its adjectives', () => {
  it('runs on to the comma before the subject ("For riders who want a sturdy, low-cost bike for…, the K3 is…")', () => {
    expect(headlineOf('For most families who want a sturdy, low-cost bike for a school run of up to ten miles, the Harlow K3 is the easiest recommendation we can make.', 12).text).toMatch(
      /^Harlow K3 is the easiest recommendation/,
    );
  });
});

describe('a headline is never empty', () => {
  it('where the only line that could be one is a fragment, another sentence is', () => {
    const text = [
      'Review: The Harlow K2 kettle, six months on',
      '',
      'I bought the Harlow K2 in March, the week my old kettle died.',
      'It has boiled perhaps two thousand litres since then.',
      'The lid sticks a little in cold weather.',
      'The base is heavy and does not slide.',
      '',
      'Result after six months: the Harlow K2 is the best kettle I have owned for under $80, but if you only boil a cup at a time, buy a smaller one.',
      '',
      'Photos of the sticking lid and the heavy base are in my first-impressions thread: example.org/t=27110',
    ].join('\n');
    const line = summarize(text, { type: 'headline' }).sentences.map((s) => s.text);
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(/Harlow K2 is the best kettle/);
  });
});

describe('headline rules that must not reach too far', () => {
  it('"Now" leads a clause only before its comma; "Overall" is no verdict label; a name in -ing is no participle', () => {
    expect(headlineOf('Now the council has voted to raise taxes by five per cent, a move residents say is unfair.', 17).text).toMatch(/^Now the council has voted/);
    expect(headlineOf('Overall turnout was 61%: the highest for a local election in the city since 1998.', 17).text).toMatch(/^Overall turnout was 61%/);
    expect(headlineOf('The delegation flew on to the capital Beijing after two days of talks in Shanghai with the trade minister.', 10).text).toMatch(/Beijing$/);
  });
});

describe('headlines from set 12', () => {
  it("drops a station's dateline with a hyphen, takes a guest writer's ask after its colon, and cuts another language's line late", () => {
    expect(headlineOf('MARLOW CITY (KAVN) - Eastfield’s Jaylen Okoro hit a 3-pointer with 4.1 seconds left in overtime to win the title.', 17).text).toMatch(/^Eastfield’s Jaylen Okoro/);
    expect(
      headlineOf('I have coached in the Dunmore league for 22 years, and I am writing to ask for one thing: the Select Board should approve the lighting plan for Pell Park on May 6.', 17).text,
    ).toMatch(/^Select Board should approve the lighting plan/);
    const french = headlineOf('Ce lundi, à 8 h 20, la cloche de l’école de Vernelle a sonné pour la première fois depuis dix ans, devant quatorze enfants.', 17, 'fr').text;
    expect(french.split(/\s+/).length).toBeGreaterThanOrEqual(10);
  });
});

describe('headline: "the one", "the first", "the only" need what follows', () => {
  it('does not end on a noun that waits for its clause', () => {
    const line = headlineOf('Routers are the one gadget in most homes that nobody thinks about until it breaks, and unlike your phone, which nags you until you install the latest patch, many routers will happily run the same software for years.', 17).text;
    expect(line).not.toMatch(/the one gadget$/);
    // an idiom's noun closes it: "on the same day", "for the first time"
    expect(headlineOf('Business confidence among Japanese manufacturers has weakened for the first time since March 2003, a central bank survey showed.', 12).text).toMatch(/for the first time$/);
    expect(headlineOf('Amara Okafor became the first woman in the club’s 140-year history to captain its first team, after a vote of members on Sunday.', 12).text).not.toMatch(/the first woman$/);
  });
});

describe('headline: a frame, a study that found, and a name with "for" in it', () => {
  it('drops "The good news is that" before the news', () => {
    expect(headlineOf('The good news is that most renters can cut their water bills by a fifth this summer with three cheap fixes.', 17).text).toBe(
      'Most renters can cut their water bills by a fifth this summer with three cheap fixes',
    );
    // not when what follows is no clause of its own, nor when "the good news" is the subject
    expect(headlineOf('The truth is that.', 17).text).toMatch(/^Truth is that/);
    expect(headlineOf('The good news was greeted with relief by residents who had been told to expect the worst.', 17).text).toMatch(/^Good news was greeted/);
  });

  it('keeps a study that "found" whole: the subject keeps its verb, and a name is not cut at its "for"', () => {
    const line = headlineOf(
      'A survey published last month by the Institute for Coastal Studies, a research group in Bristol, found that about one in six seaside towns had lost its last bank branch by 2024, and that the losses were speeding up.',
      17,
    ).text;
    expect(line).not.toMatch(/Institute$/);
    expect(line).toMatch(/found that/);
  });
});

describe('headline: "Starting as early as …," leads in; an infinitive waits for its object', () => {
  it('drops a leading "Starting as early as March 2026," and never ends on "to make"', () => {
    expect(headlineOf('Starting as early as March 2026, drivers entering downtown Harlow on weekdays would pay a $9 daily charge under a plan the transit board approved Wednesday.', 17).text).toMatch(
      /^Drivers entering downtown Harlow on weekdays would pay a \$9 daily charge/,
    );
    expect(headlineOf('What lifts the novel above its many rivals in the family-saga genre is the writer’s refusal to make the farm a symbol of anything at all.', 17).text).not.toMatch(/to make$/);
  });
});

describe('headlines from set 12, two more', () => {
  it('keeps the qualifier of "one of the last cities", and takes advice announced at length before its colon', () => {
    expect(headlineOf('Bellmont is one of the last cities in the country still running a telegraph fire alarm network, and one man keeps it going.', 17).text).toBe(
      'Bellmont is one of the last cities in the country still running a telegraph fire alarm network',
    );
    const post = [
      'I resisted buying a kitchen timer for eleven years.',
      'I had reasons, or I thought I did.',
      'My bread failed four weekends in a row, and a friend who bakes for a living finally asked how I was timing the proof.',
      'So here is my advice, and it is the only thing I really want you to take away from this post: if you bake even once a week, buy a cheap digital timer before anything else.',
      'A timer costs less than a bag of good flour.',
    ].join('\n');
    expect(summarize(post, { title: 'Buy the cheap timer first', type: 'headline' }).sentences[0]!.text).toMatch(/^Buy a cheap digital timer/i);
  });
});


describe('a short sentence that leans on the thesis before it', () => {
  it('is no headline of a Spanish column ("No se trata de un capricho.")', () => {
    const column = [
      'Mi tío tenía en Jaén una huerta con un banco de piedra bajo una higuera.',
      'Allí se sentaba cada tarde a ver pasar a los vecinos.',
      '',
      'El jueves pasado busqué un banco en la avenida de la estación y no encontré ninguno en trescientos metros.',
      'Una mujer mayor descansaba apoyada en una farola.',
      '',
      'Debemos ver los bancos como lo que son: un equipamiento público tan básico como las aceras o las farolas, que el Ayuntamiento tiene la obligación de instalar y mantener.',
      'No se trata de un capricho.',
      'Según el último censo municipal, uno de cada cuatro vecinos del barrio tiene más de setenta años, y la mitad de ellos camina con bastón.',
      'El consistorio retiró el año pasado cuarenta bancos de la avenida para evitar, dijo, que se reunieran grupos por la noche.',
    ].join('\n');
    const line = summarize(column, { title: 'Los bancos también son un servicio público', genre: 'opinion', type: 'headline' }).sentences[0]!.text;
    expect(line).not.toMatch(/^No se trata/);
    expect(line).toBe('Debemos ver los bancos como lo que son');
  });

  it('reads a clause of eight words before a colon as no label, in any language', () => {
    const thesis = 'Debemos ver los bancos como lo que son: un equipamiento público tan básico como las aceras, que el Ayuntamiento tiene la obligación de instalar.';
    expect(headlineWorthy(thesis, 'es')).toBe(true);
    // a label is a few words
    expect(headlineWorthy('Precio recomendado: 49,95 euros, con envío gratuito a toda la península.', 'es')).toBe(false);
  });
});

describe('a line of another language cut at a clause', () => {
  it('keeps the verb that ends the clause, and loses only the words that need another', () => {
    expect(headlineOf('Debemos ver los bancos como lo que son: un equipamiento público tan básico como las aceras o las farolas, que el Ayuntamiento tiene la obligación de instalar y mantener.', 17, 'es').text).toBe(
      'Debemos ver los bancos como lo que son',
    );
    expect(headlineOf('Il faut voir les bancs pour ce qu’ils sont : un équipement public aussi essentiel que les trottoirs ou les lampadaires, que la ville doit installer et entretenir.', 17, 'fr').text).toBe(
      'Il faut voir les bancs pour ce qu’ils sont',
    );
    // a cut mid-phrase still ends on no article or preposition
    expect(headlineOf('La junta aprobó el martes un plan de ayudas de cuatro millones de euros para los comercios afectados por las obras de la línea dos del metro en el centro', 12, 'es').text).not.toMatch(
      /\s(?:de|del|la|el|los|las|en|para|por|un|una)$/u,
    );
  });
});

describe("a writer's first-person frame before a colon, in another language", () => {
  it('gives way to the point it announces', () => {
    expect(
      headlineOf("Je le dis donc sans détour : l'État doit créer un statut de « commerce de première nécessité » pour les cafés des villages, comme il l'a fait pour les pharmacies.", 17, 'fr').text,
    ).toMatch(/^L'État doit créer un statut/);
    expect(headlineOf('Lo digo sin rodeos: el Ayuntamiento debe plantar un árbol en cada parada de autobús antes del verano que viene.', 17, 'es').text).toMatch(/^El Ayuntamiento debe plantar/);
    // a clause that is the point itself stays whole
    expect(headlineOf('Debemos ver los bancos como lo que son: un equipamiento público tan básico como las aceras.', 17, 'es').text).toMatch(/^Debemos ver los bancos/);
    // a first person after the frame's few words is no frame
    expect(headlineOf("Le maire l'a reconnu jeudi devant le conseil, et je le cite : la ligne 4 ne rouvrira pas avant 2027.", 17, 'fr').text).toMatch(/^Le maire/);
  });
});

describe('a relative clause cut from its verb', () => {
  it('is no place to cut ("…is one that ranchers | across the plains are asking")', () => {
    const { text, cut } = headlineOf('The question Pruitt asked in the doorway is one that ranchers across the northern plains are asking more often.', 17);
    expect(text).not.toMatch(/that ranchers$/);
    // no cut that keeps the clause whole fits: the line is marked cut, so a better sentence is preferred
    expect(cut).toBe(true);
    // a relative clause that has its verb may still end a line
    expect(headlineOf('The council approved a plan that residents opposed in a vote after a four-hour meeting on Monday night in the town hall.', 17).text).toMatch(/^Council approved a plan that residents opposed/);
  });
});

describe('a line of another language that argues', () => {
  it('ends at the comma after the clause that argues', () => {
    expect(
      headlineOf("Je le dis sans détour : il faut rouvrir les petites gares, non par nostalgie, mais parce qu'elles sont la condition d'une transition écologique qui ne laisse pas les campagnes de côté.", 17, 'fr').text,
    ).toBe('Il faut rouvrir les petites gares');
    expect(headlineOf('Hay que plantar árboles en todas las paradas, y hacerlo antes del verano, porque el calor ya mata a cientos de personas cada año en la provincia.', 17, 'es').text).toBe(
      'Hay que plantar árboles en todas las paradas',
    );
    // a leading phrase is still no headline ("Ce lundi, à 8 h 20")
    expect(headlineOf('Ce lundi, à 8 h 20, le premier train depuis 1972 s’est arrêté en gare de Sainte-Colombe, devant deux cents habitants venus l’applaudir.', 17, 'fr').text).not.toBe('Ce lundi');
  });
});

describe("an obituary's long appositive", () => {
  it('goes, and the line keeps its verb ("Agnes Morrow died…")', () => {
    const lede =
      'Agnes Morrow, a retired schoolteacher who started a seed library in the back room of the Ashby Public Library in 1987 and watched it grow into one of the largest community seed collections in New England, died on Feb. 27 at her home in Ashby, Vt.';
    expect(headlineOf(lede, 17).text).toMatch(/^Agnes Morrow died on Feb\. 27 at her home in Ashby/);
  });

  it('goes when it says whose work it was ("a potter whose bowls…")', () => {
    const lede =
      'Walter Brenning, a potter whose salt-glazed bowls and storage jars were sold in craft shops from Maine to Oregon for half a century, died on March 3 at his home in Taos, N.M.';
    expect(headlineOf(lede, 17).text).toMatch(/^Walter Brenning died on March 3 at his home in Taos/);
    // a clause that only starts with "whose" is no appositive of a name
    expect(headlineOf('The council, whose members were elected in May, voted on Tuesday to close the old library on Harbour Street.', 17).text).toMatch(/^(?:The )?[Cc]ouncil voted (?:on Tuesday )?to close the old library/);
  });
});


describe('a long phrase after a comma that is no appositive', () => {
  it('stays: a list of subjects, a clause after a leading phrase', () => {
    expect(headlineOf('Divers, sonar surveys and a genetic clock point to one of the oldest living things on Earth, in a sea that is getting too warm for it.', 17).text).toMatch(/^Divers, sonar surveys/);
    expect(headlineOf('On Monday, the state water board voted 5-2 to approve the demolition of the Alder Creek Dam, clearing the way for the largest dam removal in the region.', 17).text).not.toMatch(/^On Monday clearing/);
  });
});

describe("the review's cases for this session's rules", () => {
  it('keeps the verb after a long appositive and its second part', () => {
    expect(
      headlineOf('Agnes Morrow, a retired schoolteacher who started a seed library in the back room of the Ashby Public Library in 1987, died on Feb. 27 at her home in Ashby, surrounded by her family.', 17).text,
    ).toMatch(/^Agnes Morrow died on Feb\. 27 at her home/);
    expect(
      headlineOf('Lakeside Ferries, a company that has carried passengers between the islands and the mainland since 1923, will end its service in March, leaving 400 residents without a crossing.', 17).text,
    ).toMatch(/^Lakeside Ferries will end its service in March/);
  });

  it("reads no writer's frame at a time's or a score's colon, nor inside a quotation", () => {
    expect(headlineOf('Yo llegué a la estación a las 8:30 y el tren de Jaén ya se había ido sin avisar a nadie.', 17, 'es').text).toMatch(/^Yo llegué/);
    expect(headlineOf('Wir haben das Spiel 3:1 gewonnen und sind damit Tabellenführer der Regionalliga.', 17, 'de').text).toMatch(/^Wir haben das Spiel/);
    expect(headlineWorthy('« Je ne lâcherai rien : cette gare rouvrira avant la fin de mon mandat », a promis le maire devant les habitants.', 'fr')).toBe(false);
  });

  it('never loses a negation or a particle that ends a clause', () => {
    expect(headlineOf('Das Gericht folgte dem Antrag der Staatsanwaltschaft auf eine Haftstrafe von drei Jahren nicht, weil der Angeklagte gestanden hatte.', 17, 'de').text).toMatch(/nicht$/);
    expect(headlineOf('Der Betreiber stellt den Verkehr auf der Linie zwischen Hengelo und Enschede ab Montag ein, weil die Brücke saniert wird.', 17, 'de').text).toMatch(/ein$/);
  });

  it('cuts at an arguing clause only where it opens the sentence as its main clause, and not at a teaser before a colon', () => {
    expect(headlineOf('Alors que le budget devrait être présenté mardi, les syndicats de la fonction publique appellent à une grève de trois jours dans toute la région.', 17, 'fr').text).not.toBe(
      'Alors que le budget devrait être présenté mardi',
    );
    expect(headlineOf("Coup de tonnerre à l'Assemblée nationale ce mardi soir : le gouvernement de coalition est renversé par une motion de censure votée à une large majorité.", 17, 'fr').text).not.toBe(
      "Coup de tonnerre à l'Assemblée nationale ce mardi soir",
    );
  });
});
