// A table of sentence-boundary cases, one row a case, in the spirit of the "Golden Rules" that
// rule-based segmenters are measured on, from sentences written for this project. Each row: the
// language, what kind of case it is, the paragraph, and the sentences it must give.
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/core/nlp/language.js';
import { prepareDoc, summarize } from '../../../src/core/summarize.js';
import { quotationsOf, unbalancedQuotes } from '../../../src/core/text/prose.js';

type Row = readonly [lang: string, kind: string, input: string, expected: readonly string[]];

const split = (lang: string, text: string): string[] => resolveLanguage(lang, text).adapter.segment([text]).map((s) => s.text);

export const CASES: readonly Row[] = [
  // English: the plain marks
  ['en', 'full stop', 'The rain stopped. We walked home.', ['The rain stopped.', 'We walked home.']],
  ['en', 'question mark', 'Where is the key? It is under the mat.', ['Where is the key?', 'It is under the mat.']],
  ['en', 'exclamation mark', 'We won! The crowd went wild.', ['We won!', 'The crowd went wild.']],
  ['en', 'doubled marks', 'Really?! Nobody told me. Stop!! Wait for me. Hi?? Anyone home?', ['Really?!', 'Nobody told me.', 'Stop!!', 'Wait for me.', 'Hi??', 'Anyone home?']],
  // abbreviations, initials and times
  ['en', 'an initial in a name', 'I met Laura K. Brennan at the station.', ['I met Laura K. Brennan at the station.']],
  ['en', 'hyphenated initials in a name', 'The director, J.-P. Morel, said the film was done. It opens Friday.', ['The director, J.-P. Morel, said the film was done.', 'It opens Friday.']],
  ['en', 'an initial I', 'The winners were you and I. Did you see Henry I. Walsh there?', ['The winners were you and I.', 'Did you see Henry I. Walsh there?']],
  ['en', 'p. before a number', 'The chart is on p. 12 of the report.', ['The chart is on p. 12 of the report.']],
  ['en', 'co. inside a sentence', 'Did Tom and co. stay for dinner?', ['Did Tom and co. stay for dinner?']],
  ['en', 'co. ending a sentence', 'Ask Tom and co. They were there.', ['Ask Tom and co.', 'They were there.']],
  ['en', 'Co. inside a sentence', 'The firm bought Hale, Ross & Co. last spring.', ['The firm bought Hale, Ross & Co. last spring.']],
  ['en', 'Co. ending a sentence', 'The firm bought Hale, Ross & Co. It paid cash.', ['The firm bought Hale, Ross & Co.', 'It paid cash.']],
  ['en', 'titles before names', 'Mr. Ortiz and Dr. Lee met Prof. Hahn, Gen. Moss, Sen. Park and Rep. Diaz. They spoke for an hour.', ['Mr. Ortiz and Dr. Lee met Prof. Hahn, Gen. Moss, Sen. Park and Rep. Diaz.', 'They spoke for an hour.']],
  ['en', 'Mt. and St.', 'You can see Mt. Rainier from St. Mark\'s Square on 4th st. in the city.', ['You can see Mt. Rainier from St. Mark\'s Square on 4th st. in the city.']],
  ['en', 'Jr. possessive', 'That was Bill Mason Jr.\'s idea.', ['That was Bill Mason Jr.\'s idea.']],
  ['en', 'dotted initialism inside', 'She studied in the U.K. last winter.', ['She studied in the U.K. last winter.']],
  ['en', 'dotted initialism at the end', 'She works in the U.K. Where do you work?', ['She works in the U.K.', 'Where do you work?']],
  ['en', 'U.S. at the end', 'The firm moved to the U.S. What happened next?', ['The firm moved to the U.S.', 'What happened next?']],
  ['en', 'U.S. before a name', 'He joined the U.S. Navy in Ohio. He was young.', ['He joined the U.S. Navy in Ohio.', 'He was young.']],
  ['en', 'U.S. before lower case', 'They stayed in the U.S. for ten years.', ['They stayed in the U.S. for ten years.']],
  ['en', 'U.S.-based', 'A U.S.-based group sued. The case is open.', ['A U.S.-based group sued.', 'The case is open.']],
  ['en', 'a day after a.m.', 'Everyone was ashore by 2:40 a.m. Monday, the authority said. Seven needed treatment.', ['Everyone was ashore by 2:40 a.m. Monday, the authority said.', 'Seven needed treatment.']],
  ['en', 'a date after p.m.', 'The polls close at 8 p.m. Nov. 5 in most states. Counting starts at once.', ['The polls close at 8 p.m. Nov. 5 in most states.', 'Counting starts at once.']],
  ['en', 'a time zone after a.m.', 'The update went out at 10:14 a.m. Eastern time on Friday. It failed at 9 p.m. ET and was withdrawn.', ['The update went out at 10:14 a.m. Eastern time on Friday.', 'It failed at 9 p.m. ET and was withdrawn.']],
  ['en', 'a.m. and P.M.', 'By 7 a.m. Mrs. Cole was at work. She went home at 5 P.M. Mr. Cole then cooked dinner.', ['By 7 a.m. Mrs. Cole was at work.', 'She went home at 5 P.M.', 'Mr. Cole then cooked dinner.']],
  ['en', 'a.m. before lower case', 'The train left at 9 a.m. and arrived at noon.', ['The train left at 9 a.m. and arrived at noon.']],
  ['en', 'No. before a number', 'He wore No. 23 for years. It was retired.', ['He wore No. 23 for years.', 'It was retired.']],
  ['en', 'N°. before a number', 'The vault is at N°. 4410.18.07. That is where the gold is.', ['The vault is at N°. 4410.18.07.', 'That is where the gold is.']],
  ['en', 'months', 'The law took effect on Jan. 3 and was amended in Feb. 2020. It is short.', ['The law took effect on Jan. 3 and was amended in Feb. 2020.', 'It is short.']],
  ['en', 'a month at the end', 'The vote was set for late Feb. The date later moved.', ['The vote was set for late Feb.', 'The date later moved.']],
  ['en', 'e.g. and i.e. before capitals', 'Some cities, e.g. Lyon, are old; others, i.e. Brasilia, are new. Both are big.', ['Some cities, e.g. Lyon, are old; others, i.e. Brasilia, are new.', 'Both are big.']],
  ['en', 'etc. inside', 'Bring pens, paper, etc. to the exam.', ['Bring pens, paper, etc. to the exam.']],
  ['en', 'etc. at the end', 'Bring pens, paper, etc. Phones stay outside.', ['Bring pens, paper, etc.', 'Phones stay outside.']],
  ['en', 'vs. before a name', 'The final was Leeds vs. Hull. Leeds won.', ['The final was Leeds vs. Hull.', 'Leeds won.']],
  ['en', 'money', 'The ticket costs $45.50 at the door.', ['The ticket costs $45.50 at the door.']],
  ['en', 'money at the end', 'The ticket costs $45.50. It used to be cheaper.', ['The ticket costs $45.50.', 'It used to be cheaper.']],
  ['en', 'a number starts the next sentence', 'Most of the shots missed. 73 percent went wide.', ['Most of the shots missed.', '73 percent went wide.']],
  // lists
  ['en', 'numbered list, no stops', '1. Mix the flour 2. Add the eggs', ['1. Mix the flour', '2. Add the eggs']],
  ['en', 'numbered list, stops', '1. Mix the flour. 2. Add the eggs.', ['1. Mix the flour.', '2. Add the eggs.']],
  ['en', 'numbered list with .)', '1.) Mix the flour 2.) Add the eggs', ['1.) Mix the flour', '2.) Add the eggs']],
  ['en', 'numbered list with .) and stops', '1.) Mix the flour. 2.) Add the eggs.', ['1.) Mix the flour.', '2.) Add the eggs.']],
  ['en', 'numbered list with )', '1) Mix the flour 2) Add the eggs', ['1) Mix the flour', '2) Add the eggs']],
  ['en', 'numbered list with ) and stops', '1) Mix the flour. 2) Add the eggs.', ['1) Mix the flour.', '2) Add the eggs.']],
  ['en', 'lettered list', 'a. Mix the flour b. Add the eggs c. Bake for an hour', ['a. Mix the flour', 'b. Add the eggs', 'c. Bake for an hour']],
  ['en', 'bulleted numbered list', '• 4. Mix the flour • 5. Add the eggs', ['• 4. Mix the flour', '• 5. Add the eggs']],
  ['en', 'hyphen-bulleted list', '⁃4. Mix the flour ⁃5. Add the eggs', ['⁃4. Mix the flour', '⁃5. Add the eggs']],
  ['en', 'bullets alone', '• Mix the flour • Add the eggs', ['• Mix the flour', '• Add the eggs']],
  ['en', 'a number that is no list', 'The team finished 2. The coach resigned.', ['The team finished 2.', 'The coach resigned.']],
  // ellipses
  ['en', 'four dots then a sentence', 'I never said that.... He walked out.', ['I never said that....', 'He walked out.']],
  ['en', 'spaced ellipsis inside', 'The old habit faded . . . but never quite died.', ['The old habit faded . . . but never quite died.']],
  ['en', 'spaced ellipsis before I', 'Well, the point is . . . I did not know.', ['Well, the point is . . . I did not know.']],
  // a full stop, then an ellipsis for what was left out before the next sentence (the convention the
  // public boundary cases follow: the ellipsis opens the next sentence)
  ['en', 'full stop, then a spaced ellipsis', 'The rule faded. . . . Nobody missed it. . . .', ['The rule faded.', '. . . Nobody missed it. . . .']],
  ['en', 'full stop and ellipsis inside a quotation', 'He wrote that “the tide will rise. . . .” Then he left.', ['He wrote that “the tide will rise. . . .”', 'Then he left.']],
  ['en', 'spaced four dots after a space', 'Leave the rest out . . . . Then go on.', ['Leave the rest out . . . .', 'Then go on.']],
  ['en', 'bracketed ellipsis', '"The river [...] ran dry [...]" (Hale 12).', ['"The river [...] ran dry [...]" (Hale 12).']],
  ['en', 'ellipsis in a quote at the end', 'She wrote that “the sky will grow darker. . . .”', ['She wrote that “the sky will grow darker. . . .”']],
  // quotations and parentheses
  ['en', 'double quote inside', 'He looked up, "That was fun." he said.', ['He looked up, "That was fun." he said.']],
  ['en', 'single quote inside', 'He looked up, \'That was fun.\' he said.', ['He looked up, \'That was fun.\' he said.']],
  ['en', 'curly quote inside', 'He looked up, “That was fun.” he said.', ['He looked up, “That was fun.” he said.']],
  ['en', 'double quote at the end', 'He looked up, "That was fun." Then he left.', ['He looked up, "That was fun."', 'Then he left.']],
  ['en', 'parenthesis at the end', 'The score was close (it always is.) Then it rained.', ['The score was close (it always is.)', 'Then it rained.']],
  ['en', 'a sentence in parentheses', 'She teaches art (She used to work as a nurse.) at the high school.', ['She teaches art (She used to work as a nurse.) at the high school.']],
  ['en', 'two sentences in parentheses', 'She teaches art (She was a nurse. Then she moved.) at the high school.', ['She teaches art (She was a nurse. Then she moved.) at the high school.']],
  ['en', 'a quotation over sentences', '“We will rebuild. It will take years.” The mayor left.', ['“We will rebuild.', 'It will take years.”', 'The mayor left.']],
  ['en', 'a quotation then its speaker', '"We will rebuild. It will take years," the mayor said. Nobody clapped.', ['"We will rebuild.', 'It will take years," the mayor said.', 'Nobody clapped.']],
  ['en', 'apostrophes are no quotes', 'The players’ union met. It’s over. The boys\' team won.', ['The players’ union met.', 'It’s over.', 'The boys\' team won.']],
  // addresses
  ['en', 'e-mail at the end', 'Write to Anna.Lee@mail.example.org. She answers fast.', ['Write to Anna.Lee@mail.example.org.', 'She answers fast.']],
  ['en', 'URL at the end', 'The page is at https://news.example.co.uk/a/b_c.html. Read it now.', ['The page is at https://news.example.co.uk/a/b_c.html.', 'Read it now.']],
  ['en', 'URL inside', 'Go to www.example.com for the forms. They are free.', ['Go to www.example.com for the forms.', 'They are free.']],
  // names with marks in them
  ['en', 'Yahoo!', 'He worked at Yahoo! in the sales team.', ['He worked at Yahoo! in the sales team.']],
  ['en', 'Jeopardy!', 'She won on Jeopardy! She took home the prize.', ['She won on Jeopardy!', 'She took home the prize.']],
  ['en', 'model names', 'The ID.3 runs on v2.1 of the software. Node.js powers the site.', ['The ID.3 runs on v2.1 of the software.', 'Node.js powers the site.']],
  ['en', 'a real product page', 'Volkswagen\'s first ID.3 all-electric car is based on the new MEB platform. The VW ID.3 goes on sale next year.', ['Volkswagen\'s first ID.3 all-electric car is based on the new MEB platform.', 'The VW ID.3 goes on sale next year.']],
  ['en', 'millions and times', 'About 3.5 million people voted by 8 p.m. on Sunday.', ['About 3.5 million people voted by 8 p.m. on Sunday.']],
  ['en', 'a lost space', 'He said it was over.Then he left.', ['He said it was over.', 'Then he left.']],
  ['en', 'a closing quote set apart', 'It said: "We have tried everything. " The forums stay open, the owners said.', ['It said: "We have tried everything. "', 'The forums stay open, the owners said.']],
  ['en', 'a dateline with a state', 'SALEM, Ore. — The river rose two metres overnight. Schools closed.', ['SALEM, Ore. — The river rose two metres overnight.', 'Schools closed.']],

  // Danish
  ['da', 'full stop', 'Det regner i dag. Vi bliver hjemme.', ['Det regner i dag.', 'Vi bliver hjemme.']],
  ['da', 'co. ending a sentence', 'Spørg Mette og co. De var der.', ['Spørg Mette og co.', 'De var der.']],
  ['da', 'abbreviations inside', 'Vi mødes kl. 8 i morgen, bl.a. med hr. Jensen. Det bliver godt.', ['Vi mødes kl. 8 i morgen, bl.a. med hr. Jensen.', 'Det bliver godt.']],
  ['da', 'an ordinal', 'Hun bor på 3. sal. Han bor i stuen.', ['Hun bor på 3. sal.', 'Han bor i stuen.']],
  ['da', 'guillemets opening a quotation', 'Han kom ind. »Sæt dig ned. Vi spiser nu.« Hun smilede.', ['Han kom ind.', '»Sæt dig ned.', 'Vi spiser nu.«', 'Hun smilede.']],
  ['da', 'an e-mail address with a dot in its name', 'Skriv til Ole.Hansen@eksempel.dk. Han svarer hurtigt.', ['Skriv til Ole.Hansen@eksempel.dk.', 'Han svarer hurtigt.']],
  ['da', 'N°. before a number', 'Kisten står ved N°. 14.2. Der graver vi.', ['Kisten står ved N°. 14.2.', 'Der graver vi.']],
  ['da', 'dotted initialism inside a name', 'Hun arbejder for U.S. Army i Tyskland. Det er hårdt.', ['Hun arbejder for U.S. Army i Tyskland.', 'Det er hårdt.']],
  ['da', 'dotted initialism before a question', 'Jeg bor i U.S. Hvad med dig?', ['Jeg bor i U.S.', 'Hvad med dig?']],
  ['da', 'dotted initialism at the end', 'Han bor i E.U. Hvor bor du?', ['Han bor i E.U.', 'Hvor bor du?']],
  // Spanish
  ['es', 'inverted marks', '¿Dónde está la llave? Está en la mesa. ¡Qué alegría! Ya llegó.', ['¿Dónde está la llave?', 'Está en la mesa.', '¡Qué alegría!', 'Ya llegó.']],
  ['es', 'titles', 'Buenos días, Sra. Robles. Le presento al Dr. Vidal y al Lic. Prado.', ['Buenos días, Sra. Robles.', 'Le presento al Dr. Vidal y al Lic. Prado.']],
  ['es', 'guillemets then a comma', '«Nadie es perfecto.», dijo el poeta. Luego se fue.', ['«Nadie es perfecto.», dijo el poeta.', 'Luego se fue.']],
  ['es', 'numbers', 'El piso cuesta $240.500,00. ¡Es caro!', ['El piso cuesta $240.500,00.', '¡Es caro!']],
  ['es', 'EE. UU.', 'Viajó a EE. UU. en mayo. Volvió en junio.', ['Viajó a EE. UU. en mayo.', 'Volvió en junio.']],
  ['es', 'a day and a month before numbers', 'La cita es el Jue. 9 de Dic. por la tarde. No faltes.', ['La cita es el Jue. 9 de Dic. por la tarde.', 'No faltes.']],
  ['es', 'No., art. and párr. before numbers', 'Lea el art. 12, párr. 3, del reglamento que firmó la No. 18. Es corto.', ['Lea el art. 12, párr. 3, del reglamento que firmó la No. 18.', 'Es corto.']],
  ['es', 'mar (the sea) ending a sentence', 'Fuimos al mar. Luego comimos paella.', ['Fuimos al mar.', 'Luego comimos paella.']],
  ['es', 'degrees', 'Hoy hace 30°C en Sevilla. ¿Lo sabías?', ['Hoy hace 30°C en Sevilla.', '¿Lo sabías?']],
  // Italian
  ['it', 'titles', 'Buongiorno Sig.ra Bianchi! Come sta il Dott. Neri?', ['Buongiorno Sig.ra Bianchi!', 'Come sta il Dott. Neri?']],
  ['it', 'abbreviation then a stop', 'Ci vediamo ven. 14 ott.. Grazie mille.', ['Ci vediamo ven. 14 ott..', 'Grazie mille.']],
  ['it', 'tel.: and ing.', 'Il mio tel.:0612345. Chiami l\'Ing. Galli. Arrivederci.', ['Il mio tel.:0612345.', 'Chiami l\'Ing. Galli.', 'Arrivederci.']],
  ['it', 'office titles', 'Ringrazio il Dir. Amm. e lo psicol. Ferri per la pazienza. Ci vediamo.', ['Ringrazio il Dir. Amm. e lo psicol. Ferri per la pazienza.', 'Ci vediamo.']],
  ['it', 'initialism in brackets', 'Lavoro per la Società Trasporti Locali (S.T.L.). Mi piace molto.', ['Lavoro per la Società Trasporti Locali (S.T.L.).', 'Mi piace molto.']],
  // Dutch
  ['nl', 'a number starts the next sentence', 'De meeste schoten misten. 73 procent ging naast.', ['De meeste schoten misten.', '73 procent ging naast.']],
  ['nl', 'ellipsis opening a sentence', 'Het was stil. ...en toen?', ['Het was stil.', '...en toen?']],
  ['nl', 'abbreviations', 'Dhr. de Vries kwam o.a. met mevr. Bakker. Zij bleef.', ['Dhr. de Vries kwam o.a. met mevr. Bakker.', 'Zij bleef.']],
  // Arabic
  ['ar', 'question mark and stop', 'ماذا حدث في المدينة؟ خرج الناس إلى الشوارع. عاد الهدوء في المساء.', ['ماذا حدث في المدينة؟', 'خرج الناس إلى الشوارع.', 'عاد الهدوء في المساء.']],
  ['ar', 'a title', 'قال د. أحمد إن الوضع هادئ. ثم غادر.', ['قال د. أحمد إن الوضع هادئ.', 'ثم غادر.']],
  // Greek
  ['el', 'Greek question mark', 'Πού είναι ο σταθμός; Είναι κοντά.', ['Πού είναι ο σταθμός;', 'Είναι κοντά.']],
  ['el', 'ano teleia, then a sentence typed in lower case', 'Ήρθε αργά· κανείς δεν ρώτησε. η βροχή συνεχίστηκε.', ['Ήρθε αργά· κανείς δεν ρώτησε.', 'η βροχή συνεχίστηκε.']],
  ['el', 'units and chapters before lower case', 'Το χωριό απέχει 12 χιλ. από την πόλη, όπως γράφει το κεφ. τρία. Φτάσαμε αργά.', ['Το χωριό απέχει 12 χιλ. από την πόλη, όπως γράφει το κεφ. τρία.', 'Φτάσαμε αργά.']],
  ['el', 'abbreviations before lower case', 'Αγόρασε φρούτα, π.χ. μήλα, και μίλησε με τον κ. Παππά. Μετά έφυγε.', ['Αγόρασε φρούτα, π.χ. μήλα, και μίλησε με τον κ. Παππά.', 'Μετά έφυγε.']],
  // Chinese and Japanese
  ['zh', 'full stops', '今天下雨了。我们在家看书。', ['今天下雨了。', '我们在家看书。']],
  ['zh', 'a mark inside a title', '我们周末去看《快跑吧！小狗》好吗？好！', ['我们周末去看《快跑吧！小狗》好吗？', '好！']],
  ['zh', 'a quotation that ends a sentence', '他说：“我明天再来。”然后走了。', ['他说：“我明天再来。”', '然后走了。']],
  ['ja', 'full stops', 'これは本です。あれは机です。', ['これは本です。', 'あれは机です。']],
  ['ja', 'a quotation', '彼は「明日来ます。」と言った。', ['彼は「明日来ます。」と言った。']],
  ['ja', 'a full-width decimal', '成長率は３．５％になる見込みです。', ['成長率は３．５％になる見込みです。']],
  // French, German, Russian
  ['fr', 'M. and guillemets', 'M. Dupont est arrivé. « Il fait beau. Sortons », a-t-il dit.', ['M. Dupont est arrivé.', '« Il fait beau.', 'Sortons », a-t-il dit.']],
  ['fr', 'hyphenated initials in a name', 'Le chef opérateur, J.-B. Marchal, filme la nuit. Tout sonne vrai.', ['Le chef opérateur, J.-B. Marchal, filme la nuit.', 'Tout sonne vrai.']],
  ['de', 'hyphenated initials in a name', 'Er traf H.-J. Müller am Montag. Dann ging er heim.', ['Er traf H.-J. Müller am Montag.', 'Dann ging er heim.']],
  ['de', 'ordinal date and z. B.', 'Wir kommen am 3. Oktober, z. B. mit dem Zug. Das ist gut.', ['Wir kommen am 3. Oktober, z. B. mit dem Zug.', 'Das ist gut.']],
  ['de', 'a day before its month, a weekday before the day', 'Rund 9.000 Menschen müssen am Sonntag, 9. März, ihre Wohnungen verlassen. Die Stadt richtet Notunterkünfte ein.', ['Rund 9.000 Menschen müssen am Sonntag, 9. März, ihre Wohnungen verlassen.', 'Die Stadt richtet Notunterkünfte ein.']],
  ['de', 'a date that starts a sentence', 'Der Markt schließt bald. 14. Februar ist der letzte Tag. Danach wird umgebaut.', ['Der Markt schließt bald.', '14. Februar ist der letzte Tag.', 'Danach wird umgebaut.']],
  ['de', 'a day and an abbreviated month', 'Die Frist endet Freitag, 3. Okt. 2025, um Mitternacht. Danach gilt das neue Recht.', ['Die Frist endet Freitag, 3. Okt. 2025, um Mitternacht.', 'Danach gilt das neue Recht.']],
  ['de', 'a number that ends a sentence before a word that is no month', 'Die Mannschaft wurde Dritte von 12. Danach kam die Winterpause.', ['Die Mannschaft wurde Dritte von 12.', 'Danach kam die Winterpause.']],
  ['da', 'a day before its month', 'Mødet holdes tirsdag den 4. marts i rådhuset. Alle er velkomne.', ['Mødet holdes tirsdag den 4. marts i rådhuset.', 'Alle er velkomne.']],
  ['no', 'a day before its month', 'Fristen går ut fredag 7. mai klokken tolv. Etter det er det for sent.', ['Fristen går ut fredag 7. mai klokken tolv.', 'Etter det er det for sent.']],
  ['fi', 'a day before its month', 'Kokous pidetään tiistaina 4. maaliskuuta kaupungintalolla. Kaikki ovat tervetulleita.', ['Kokous pidetään tiistaina 4. maaliskuuta kaupungintalolla.', 'Kaikki ovat tervetulleita.']],
  ['de', 'usw. at the end', 'Wir kauften Brot, Käse usw. Dann gingen wir heim.', ['Wir kauften Brot, Käse usw.', 'Dann gingen wir heim.']],
  ['it', 'ecc. at the end', 'Abbiamo comprato pane, latte ecc. Poi siamo tornati.', ['Abbiamo comprato pane, latte ecc.', 'Poi siamo tornati.']],
  ['de', 'German quotation', '„Wir bleiben. Es ist spät“, sagte sie. Dann ging er.', ['„Wir bleiben.', 'Es ist spät“, sagte sie.', 'Dann ging er.']],
  ['ru', 'abbreviations', 'Он живёт в г. Москве с 1990 г. и работает там. Ему нравится.', ['Он живёт в г. Москве с 1990 г. и работает там.', 'Ему нравится.']],
  ['uk', 'street, house and flat', 'Вона живе на просп. Миру, буд. 7, кв. 3. Я живу поруч.', ['Вона живе на просп. Миру, буд. 7, кв. 3.', 'Я живу поруч.']],
  ['ru', 'a quotation and a dash', '«Куда ты идёшь?» – спросил отец. «Домой» – ответил сын.', ['«Куда ты идёшь?» – спросил отец.', '«Домой» – ответил сын.']],
  ['en', 'reference markers after the full stop', 'The toll is £9.50 on weekdays.[1] It was introduced in 2024.[2][3] Traders oppose it.[a]', ['The toll is £9.50 on weekdays.[1]', 'It was introduced in 2024.[2][3]', 'Traders oppose it.[a]']],
  ['en', 'a bracket that is no reference', 'The toll is £9.50 on weekdays. [Editor’s note: it rose in May.] Traders oppose it.', ['The toll is £9.50 on weekdays.', '[Editor’s note: it rose in May.]', 'Traders oppose it.']],
  ['es', "a match's minute", 'El Sierra amplió la ventaja en el min. 49, cuando Ortuño marcó. El Valdeterra respondió.', ['El Sierra amplió la ventaja en el min. 49, cuando Ortuño marcó.', 'El Valdeterra respondió.']],
  ['fr', 'reference markers in French', 'La taxe coûte 9,50 £ par jour.[1] Elle a été introduite en 2024.', ['La taxe coûte 9,50 £ par jour.[1]', 'Elle a été introduite en 2024.']],
  // lists numbered in Roman numerals or lettered in capitals, from the first item on; initials are no list
  ['en', 'list in Roman numerals', 'i. Pack the tent ii. Load the car iii. Leave by noon', ['i. Pack the tent', 'ii. Load the car', 'iii. Leave by noon']],
  ['en', 'list in capital Roman numerals', 'I. Scope of the audit II. What we found III. What comes next', ['I. Scope of the audit', 'II. What we found', 'III. What comes next']],
  ['en', 'list lettered in capitals', 'A. Background B. Findings C. Next steps', ['A. Background', 'B. Findings', 'C. Next steps']],
  ['en', 'initials in a row are no list', 'J. K. Rowling met E. F. Benson’s heirs. It went well.', ['J. K. Rowling met E. F. Benson’s heirs.', 'It went well.']],
  ['en', 'a name after its initials is no list', 'H. I. Patel chaired the panel. It ran late.', ['H. I. Patel chaired the panel.', 'It ran late.']],
  // a paragraph typed all in lower case: a full stop after a word that is no abbreviation ends a sentence
  ['en', 'lower case throughout', 'the bus was late again. nobody was surprised. we walked, e.g. along the canal.', ['the bus was late again.', 'nobody was surprised.', 'we walked, e.g. along the canal.']],
  // abbreviations that often end a sentence (amounts, years, "and so on") end one before a word that often starts one
  ['ru', 'и т. д. at the end', 'Мы взяли палатку, котелок и т. д. Потом поехали на озеро.', ['Мы взяли палатку, котелок и т. д.', 'Потом поехали на озеро.']],
  ['ru', 'г. at the end', 'Завод построили в 1975 г. Потом его закрыли.', ['Завод построили в 1975 г.', 'Потом его закрыли.']],
  ['uk', 'тис. at the end', 'Квиток коштує 2 тис. Це дорого.', ['Квиток коштує 2 тис.', 'Це дорого.']],
  ['pl', 'zł at the end', 'Kawa kosztuje 12 zł. To sporo jak na dworzec.', ['Kawa kosztuje 12 zł.', 'To sporo jak na dworzec.']],
  ['pl', 'zł inside', 'Za bilet zapłacił 12 zł. Nowakowi, a resztę oddał.', ['Za bilet zapłacił 12 zł. Nowakowi, a resztę oddał.']],
  ['el', 'κ.λπ. at the end', 'Πήραμε νερό, ψωμί κ.λπ. Μετά ξεκινήσαμε.', ['Πήραμε νερό, ψωμί κ.λπ.', 'Μετά ξεκινήσαμε.']],
  ['sv', 'm.fl. at the end', 'Där fanns Anna, Erik m.fl. Sedan kom regnet.', ['Där fanns Anna, Erik m.fl.', 'Sedan kom regnet.']],
  ['hu', 'stb. at the end', 'Vettünk kenyeret, sajtot stb. Aztán hazamentünk.', ['Vettünk kenyeret, sajtot stb.', 'Aztán hazamentünk.']],
  ['fi', 'yms. at the end', 'Ostimme leipää, maitoa yms. Sitten lähdimme kotiin.', ['Ostimme leipää, maitoa yms.', 'Sitten lähdimme kotiin.']],
  ['es', 'EE. UU. at the end', 'Se mudó a EE. UU. Luego volvió a Cádiz.', ['Se mudó a EE. UU.', 'Luego volvió a Cádiz.']],
  ['da', 'mio. at the end', 'Huset kostede 4 mio. Det var for dyrt.', ['Huset kostede 4 mio.', 'Det var for dyrt.']],
  // a second table, unseen until written: what it found
  ['en', 'U.N. before Neither', 'The talks moved to the U.N. Neither side has given ground.', ['The talks moved to the U.N.', 'Neither side has given ground.']],
  ['en', 'capitals ending sentences are no list', 'Team X beat team A. However, it lost to team B. In short, the group is still open.', ['Team X beat team A.', 'However, it lost to team B.', 'In short, the group is still open.']],
  ['en', 'a list in capitals after a colon', 'The plan has three parts: A. Repair the roof B. Paint the hall C. Open in May', ['The plan has three parts:', 'A. Repair the roof', 'B. Paint the hall', 'C. Open in May']],
  ['en', 'ext. before a number', 'Ring 555-0199 ext. 42 for the desk. It is open late.', ['Ring 555-0199 ext. 42 for the desk.', 'It is open late.']],
  ['en', 'Ver. and Rev. before a version', 'The Tern X200 Ver. 2.0 and the same model in Rev. 3 take different parts. Check the sticker.', ['The Tern X200 Ver. 2.0 and the same model in Rev. 3 take different parts.', 'Check the sticker.']],
  ['en', 'interrobang', 'They cancelled the match‽ Nobody saw that coming.', ['They cancelled the match‽', 'Nobody saw that coming.']],
  ['en', 'Roman numerals heading a paragraph', 'II. What the survey found', ['II. What the survey found']],
  ['en', 'chat in lower case', 'so i got to the gym at 7. it was shut. did u know?? i went home! whatever', ['so i got to the gym at 7.', 'it was shut.', 'did u know??', 'i went home!', 'whatever']],
  ['en', 'all capitals', 'THE U.S. AND MEXICO SIGN A WATER PACT. FARMERS WELCOME IT.', ['THE U.S. AND MEXICO SIGN A WATER PACT.', 'FARMERS WELCOME IT.']],
  ['fr', 'p. ex. before a name', 'Elle lit des classiques, p. ex. Balzac ou Sand. Elle aime surtout Sand.', ['Elle lit des classiques, p. ex. Balzac ou Sand.', 'Elle aime surtout Sand.']],
  ['es', 'p. ej. before a name', 'Trae fruta, p. ej. Manzanas o peras. Gracias.', ['Trae fruta, p. ej. Manzanas o peras.', 'Gracias.']],
  ['de', 'a street before its number', 'Das Büro liegt in der Lindenstr. 8 im Zentrum. Es ist klein.', ['Das Büro liegt in der Lindenstr. 8 im Zentrum.', 'Es ist klein.']],
  ['hi', 'a title', 'डॉ. मेहता ने कहा कि स्थिति ठीक है। फिर वे चले गए।', ['डॉ. मेहता ने कहा कि स्थिति ठीक है।', 'फिर वे चले गए।']],
  // what a reviewer found
  ['en', 'two initials are no list', 'A. Kumar and B. Lee (2019) found the same. The study was small.', ['A. Kumar and B. Lee (2019) found the same.', 'The study was small.']],
  ['en', 'initials after a sentence are no list', 'The Mets won 5-3. A. Rodriguez homered twice before B. Zito was pulled.', ['The Mets won 5-3.', 'A. Rodriguez homered twice before B. Zito was pulled.']],
  ['en', 'lower case with an abbreviation', 'i live in st. louis now. it is fine.', ['i live in st. louis now.', 'it is fine.']],
  ['en', 'a list in lower case', 'things to buy: 1. eggs 2. milk 3. bread', ['things to buy:', '1. eggs', '2. milk', '3. bread']],
  ['en', 'Roman numerals count from i', 'In Roe v. Wade the court ruled, see vi. Another case followed.', ['In Roe v. Wade the court ruled, see vi.', 'Another case followed.']],
  ['de', 'a street before a year', 'Er wohnt in der Bahnhofstr. 2020 zog er dorthin.', ['Er wohnt in der Bahnhofstr.', '2020 zog er dorthin.']],
  ['de', 'Mio. at the end and inside', 'Die Stadt zahlt 3 Mio. Euro. Das reicht nicht für 2 Mio. Die Schule wartet.', ['Die Stadt zahlt 3 Mio. Euro.', 'Das reicht nicht für 2 Mio.', 'Die Schule wartet.']],
];

describe('sentence boundaries', () => {
  it.each(CASES.map((row) => [`${row[0]}: ${row[1]}`, row] as const))('%s', (_name, [lang, , input, expected]) => {
    expect(split(lang, input)).toEqual(expected);
  });
});

describe('lost spaces', () => {
  it.each([
    ['en', 'He called it "done".Then he left.', ['He called it "done".', 'Then he left.']],
    ['fr', 'Il a parlé de "tourisme".Une autre voix a suivi.', ['Il a parlé de "tourisme".', 'Une autre voix a suivi.']],
  ])('%s: %s', (lang, input, expected) => {
    expect(split(lang, input)).toEqual(expected);
  });
});

// A quotation that spans sentences keeps its sentences (a summary's length counts them, as references
// do); a short summary never prints one of them alone (core/text/prose.ts: its marks do not balance).
describe('quotations stay whole in a summary', () => {
  const FILLER = [
    'The report was published by the statistics office on Monday morning.',
    'It covers prices and wages in every region of the country over five years.',
    'Economists said the figures matched their forecasts for the second half.',
    'The office will publish its next report on prices in the spring.',
    'Regional councils are expected to respond to the findings next week.',
    'The data come from surveys of households and of employers.',
    'Ministers have not yet said how they will use the report.',
    'Trade unions welcomed the publication of the full tables.',
  ];
  it.each([
    ['a quotation closed two sentences on', '"Prices rose sharply across the regions. Wages did not keep up with them," she said.'],
    ['curly quotes', '“Prices rose sharply across the regions. Wages did not keep up with them.” The report agreed.'],
    ['a straight quote closed by a curly one', 'He wrote "Prices rose sharply across the regions. Wages did not keep up with them,” and left.'],
    ['guillemets', '« Prices rose sharply across the regions. Wages did not keep up with them », she said.'],
    ['a quotation never closed', 'He wrote: "Prices rose sharply across the regions. Wages did not keep up with them.'],
  ])('%s: no line of a short summary is a piece of it', (_name, quote) => {
    const article = ['Prices and wages report', '', `${quote} ${FILLER.slice(0, 3).join(' ')}`, '', FILLER.slice(3).join(' ')].join('\n');
    // at most a quarter of its ten sentences: a short summary
    for (const n of [1, 2]) {
      const { sentences } = summarize(article, { length: { kind: 'count', n } });
      expect(sentences.length).toBe(n);
      for (const s of sentences) expect(unbalancedQuotes(s.text), s.text).toBe(false);
    }
  });

  it('never prints the middle of a quotation of three sentences, which has no mark of its own', () => {
    const quote = '“Prices rose sharply across the regions. Then the shops raised the prices of prices and wages again. Wages did not keep up with them,” she said.';
    const article = ['Prices and wages report', '', `${quote} ${FILLER.slice(0, 3).join(' ')}`, '', FILLER.slice(3).join(' ')].join('\n');
    for (const n of [1, 2]) {
      const texts = summarize(article, { length: { kind: 'count', n } }).sentences.map((s) => s.text);
      expect(texts.join(' ')).not.toMatch(/Then the shops|Prices rose|Wages did not/);
    }
  });

  /** Whether each quotation of the article is in the summary whole or not at all. */
  const wholeOrNone = (article: string, picked: ReadonlyArray<{ index: number }>): boolean => {
    const quotation = quotationsOf(prepareDoc(article).sentences);
    const chosen = new Set(picked.map((s) => s.index));
    return quotation.every((q, i) => q < 0 || chosen.has(i) === chosen.has(q));
  };

  it.each([
    ['closed two sentences on', '“Prices rose sharply across the regions of the country. Wages did not keep up with prices,” she said.'],
    ['going on into the next paragraph', '“Prices rose sharply across the regions of the country.\n\n“Wages did not keep up with prices,” she said.'],
  ])('a quotation %s: a summary of five sentences out of seven prints it whole or not at all', (_name, quote) => {
    const article = ['Prices and wages report', '', 'Prices and wages moved apart across the regions of the country last year, the statistics office said.', '', quote, '', FILLER.slice(0, 4).join(' ')].join('\n');
    const { sentences } = summarize(article, { length: { kind: 'count', n: 5 } });
    expect(sentences.length).toBe(5);
    expect(wholeOrNone(article, sentences), sentences.map((s) => s.text).join('\n')).toBe(true);
    // and no line opens a quote that the lines after it do not close
    const printed = sentences.map((s) => s.text).join(' ');
    expect((printed.match(/”/g) ?? []).length).toBeGreaterThanOrEqual(printed.includes('“') ? 1 : 0);
  });

  it('numbers a quotation going on into the next paragraph as one, and one opened while another ran on as two', () => {
    const doc = prepareDoc('"We will rebuild the bridge.\n\n"It will take years," the mayor said. The council agreed.');
    expect(quotationsOf(doc.sentences)).toEqual([0, 0, -1]);
    const two = prepareDoc('"We will rebuild the bridge. "It will take years. Nobody doubts it," the mayor said.');
    expect(quotationsOf(two.sentences)).toEqual([0, 1, 1, 1].slice(0, two.sentences.length));
  });

  it('ends a quotation run on unclosed at the sentence that opens with a quote mark and closes it, within a paragraph too', () => {
    // paragraphs run together: the second paragraph of the coach's words opens with a quote mark and closes them
    const doc = prepareDoc(
      'The coach was relieved after the win. The coach said: "It was expected of us to get through, but it is a relief for the players to have won. "We lost momentum last season but we cannot afford another season without a trophy." The club finished second in its group. It plays again in March.',
    );
    const texts = doc.sentences.map((s) => s.text);
    const quotation = quotationsOf(doc.sentences);
    const after = texts.findIndex((t) => t.startsWith('The club finished'));
    expect(after, texts.join('\n')).toBeGreaterThan(0);
    expect(quotation[after], texts.join('\n')).toBe(-1);
    expect(quotation[after - 1]).toBeGreaterThanOrEqual(0);
  });

  it('a quotation within one sentence, and parentheses over sentences, stay in one unit', () => {
    expect(split('en', 'He looked up, "That was fun." he said. Then he left.')).toEqual(['He looked up, "That was fun." he said.', 'Then he left.']);
    expect(split('en', 'She teaches art (She was a nurse. Then she moved.) at the high school.')).toEqual(['She teaches art (She was a nurse. Then she moved.) at the high school.']);
  });

  it('keeps the sentences of a quotation never closed, and takes apostrophes and inch marks for no quotes', () => {
    expect(split('en', 'He wrote: "We won. We lost. We went home.')).toEqual(['He wrote: "We won.', 'We lost.', 'We went home.']);
    expect(split('en', 'The kids’ party ran late. It was a 5" screen. Nobody minded.')).toEqual(['The kids’ party ran late.', 'It was a 5" screen.', 'Nobody minded.']);
  });
});
