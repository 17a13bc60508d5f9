// Articles in the languages people read: sentence boundaries per language, terms and keywords in the
// article's own language, detection, and the neutral path for what cannot be told. Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/nlp/detect.js';
import { prepareDoc, summarize } from '../../../src/core/summarize.js';
import { runCli } from '../../helpers.js';

const sentences = (text: string, lang: string): string[] => prepareDoc(text, undefined, lang).sentences.map((s) => s.text);

describe('sentence boundaries, language by language', () => {
  it.each([
    ['de', 'Wir treffen uns z. B. am 3. Oktober in Berlin. Dr. Müller kommt auch, d. h. wir sind zu dritt. Das ist gut.', [
      'Wir treffen uns z. B. am 3. Oktober in Berlin.',
      'Dr. Müller kommt auch, d. h. wir sind zu dritt.',
      'Das ist gut.',
    ]],
    ['de', 'Er sagte: „Ja.“ Dann ging er nach Hause. Im 19. Jahrhundert war das anders.', [
      'Er sagte: „Ja.“',
      'Dann ging er nach Hause.',
      'Im 19. Jahrhundert war das anders.',
    ]],
    ['fr', 'M. Dupont et Mme Martin sont arrivés hier. Ils ont parlé des impôts, etc. Puis ils sont partis. « Oui. » Il est parti.', [
      'M. Dupont et Mme Martin sont arrivés hier.',
      'Ils ont parlé des impôts, etc.',
      'Puis ils sont partis.',
      '« Oui. »',
      'Il est parti.',
    ]],
    ['es', '¿Vienes mañana? ¡Claro que sí! El Sr. García y la Dra. López viven en EE. UU. desde 2010. La empresa S.A. creció.', [
      '¿Vienes mañana?',
      '¡Claro que sí!',
      'El Sr. García y la Dra. López viven en EE. UU. desde 2010.',
      'La empresa S.A. creció.',
    ]],
    ['it', 'Il sig. Rossi è arrivato ieri sera. Ha detto: "Sì." Poi è andato via con il dott. Bianchi.', [
      'Il sig. Rossi è arrivato ieri sera.',
      'Ha detto: "Sì."',
      'Poi è andato via con il dott. Bianchi.',
    ]],
    ['ru', 'Он приехал в 5 ч. утра, т. е. очень рано. Потом уехал. Г. Иванов согласился с решением.', [
      'Он приехал в 5 ч. утра, т. е. очень рано.',
      'Потом уехал.',
      'Г. Иванов согласился с решением.',
    ]],
    ['ja', '彼は「行きます。」と言った。それから帰った！市議会は新しい予算を承認した。本当？', [
      '彼は「行きます。」と言った。',
      'それから帰った！',
      '市議会は新しい予算を承認した。',
      '本当？',
    ]],
    ['zh', '他说：“我会去。”然后他走了！市议会批准了新预算。真的吗？', ['他说：“我会去。”', '然后他走了！', '市议会批准了新预算。', '真的吗？']],
    ['pt', 'O Sr. Silva e a Dra. Costa chegaram ontem. Eles falaram sobre o orçamento. Depois partiram.', [
      'O Sr. Silva e a Dra. Costa chegaram ontem.',
      'Eles falaram sobre o orçamento.',
      'Depois partiram.',
    ]],
    ['nl', 'Dhr. Jansen kwam gisteren aan, bijv. met de trein. Hij sprak over de begroting. Daarna vertrok hij.', [
      'Dhr. Jansen kwam gisteren aan, bijv. met de trein.',
      'Hij sprak over de begroting.',
      'Daarna vertrok hij.',
    ]],
  ])('%s: %s', (lang, text, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });
});

const FRENCH = [
  "Le paquebot MSC Opéra a perdu le contrôle de ses moteurs dimanche matin à l'entrée du port de Venise.",
  'Le navire, qui peut transporter plus de deux mille passagers, a heurté le quai puis un bateau touristique.',
  'Les images du paquebot glissant vers le quai ont fait le tour des réseaux sociaux en quelques heures.',
  'Le maire de Venise a demandé une nouvelle fois que les grands navires soient interdits dans la lagune.',
  "Selon les autorités du port, quatre personnes ont été légèrement blessées pendant l'accident.",
  "Une enquête a été ouverte pour comprendre pourquoi les moteurs du paquebot se sont bloqués.",
].join(' ');

const GERMAN = [
  'Der Stadtrat hat am Dienstagabend nach einer langen Debatte den neuen Haushalt für die Schulen beschlossen.',
  'Die Ausgaben für die Schulen steigen im kommenden Jahr um ein Zehntel, so viel wie seit Jahren nicht.',
  'Mit dem Geld sollen zweihundert Lehrer eingestellt und vierzig Schulgebäude saniert werden.',
  'Die Opposition warnte, die Stadt könne sich die höheren Ausgaben ohne neue Steuern nicht leisten.',
  'Über die Steuern soll der Stadtrat im nächsten Monat abstimmen.',
].join(' ');

describe('terms in the article\'s language', () => {
  it('finds French keywords among content words, never le, de, les, la, un', () => {
    const summary = summarize(FRENCH, { keywords: 8 });
    expect(summary.lang).toBe('fr');
    const words = summary.keywords.map((k) => k.keyword);
    expect(words).toContain('paquebot');
    for (const stop of ['le', 'de', 'les', 'la', 'un', 'une', 'des', 'du']) expect(words).not.toContain(stop);
  });

  it('finds German keywords among content words, with German stemming joining Schulen and Schule', () => {
    const summary = summarize(GERMAN, { keywords: 8 });
    expect(summary.lang).toBe('de');
    const words = summary.keywords.map((k) => k.keyword);
    expect(words.some((w) => /^schul/.test(w))).toBe(true);
    for (const stop of ['der', 'die', 'das', 'und', 'den', 'für']) expect(words).not.toContain(stop);
  });

  // stopwords-iso lists most Greek words without their accents ("οτι") and Romanian ones with the old
  // cedilla ("şi"): written Greek has the accents, and Romanian written today the comma below, so "ότι"
  // and "și" were content words ("είπε ότι" a keyword)
  it.each([
    [
      'Greek, written with accents',
      'el',
      [
        'Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο προϋπολογισμό για τα σχολεία της πόλης μετά από πολύωρη συζήτηση.',
        'Ο δήμαρχος είπε ότι η ψηφοφορία ήταν δίκαιη για όλες τις συνοικίες και ότι τα σχολεία είναι η προτεραιότητα.',
        'Οι δάσκαλοι είπαν ότι τα χρήματα για βιβλία και επισκευές είναι αρκετά για τον επόμενο χρόνο.',
      ],
      ['ότι', 'είναι', 'από', 'για', 'μετά'],
      'σχολεία',
    ],
    [
      'Romanian, written with the comma below',
      'ro',
      [
        'Consiliul local a aprobat marți un nou buget pentru școlile orașului, deși dezbaterea a durat toată noaptea.',
        'Primarul a spus că acești bani vor ajunge la școli și la spitale în anul următor.',
        'Profesorii au salutat banii pentru cărți și reparații, iar părinții au cerut mai multe detalii.',
      ],
      ['și', 'acești', 'deși'],
      'buget',
    ],
  ])('takes stop words in %s for stop words', (_language, code, sentences, stops, content) => {
    const words = prepareDoc(sentences.join(' '), undefined, code, true).sentences.flatMap((s) => s.surface);
    for (const stop of stops) expect(words, stop).not.toContain(stop);
    expect(words).toContain(content);
  });

  it('cuts Japanese and Chinese into words, not whole sentences', () => {
    const doc = prepareDoc('市議会は火曜日、学校についての長い議論の末に新しい予算を承認した。', undefined, 'ja');
    expect(doc.sentences[0]!.terms).toEqual(expect.arrayContaining(['市議会', '学校', '予算']));
    const zh = prepareDoc('市议会周二在就学校问题进行长时间辩论后批准了新预算。', undefined, 'zh');
    expect(zh.sentences[0]!.terms).toEqual(expect.arrayContaining(['学校', '预算']));
  });
});

describe('language detection', () => {
  it.each([
    ['en', 'The council approved the new budget on Tuesday after a long debate about the schools.'],
    ['de', 'Der Stadtrat hat am Dienstag nach einer langen Debatte über die Schulen den neuen Haushalt beschlossen.'],
    ['fr', 'Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les écoles.'],
    ['es', 'El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre las escuelas.'],
    ['it', 'Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sulle scuole.'],
    ['pt', 'A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre as escolas.'],
    ['nl', 'De gemeenteraad heeft dinsdag na een lang debat over de scholen de nieuwe begroting goedgekeurd.'],
    ['ru', 'Городской совет во вторник утвердил новый бюджет после долгих дебатов о школах.'],
    ['pl', 'Rada miasta zatwierdziła we wtorek nowy budżet po długiej debacie na temat szkół.'],
    ['ja', '市議会は火曜日、学校についての長い議論の末に新しい予算を承認した。'],
    ['zh', '市议会周二在就学校问题进行长时间辩论后批准了新预算。'],
  ])('%s', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('goes by the body in mixed texts: an English article quoting French, a French one naming English things', () => {
    const english = 'The minister said the plan was "une erreur historique" and that the government would not change its course on the budget.';
    expect(detectLanguage(english).code).toBe('en');
    expect(detectLanguage(`${FRENCH} Le groupe a publié un communiqué intitulé "Safety First Policy Update".`).code).toBe('fr');
  });

  it('is not sure of a few words, and a short text in plain Latin letters stays on the English path', () => {
    expect(detectLanguage('Oui.').sure).toBe(false);
    expect(summarize('Budget passes. Council agrees.').lang).toBe('en');
  });
});

describe('the command line', () => {
  it('summarizes a French article in French, says so in JSON, and --lang forces a language', async () => {
    const auto = await runCli(['--json', '-n', '2', '--keywords', '5', '-'], { stdin: FRENCH });
    expect(auto.stderr).toBe('');
    const json = JSON.parse(auto.stdout);
    expect(json.lang).toBe('fr');
    const forced = await runCli(['--json', '--lang', 'de', '-'], { stdin: FRENCH });
    expect(JSON.parse(forced.stdout).lang).toBe('de');
    const bad = await runCli(['--lang', 'klingon', '-'], { stdin: FRENCH });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid value 'klingon' for --lang: expected auto, en, de/);
  });

  it('falls back to the neutral path with one warning for a language it does not support', async () => {
    const thai = 'สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการอภิปรายที่ยาวนานเกี่ยวกับโรงเรียน งบประมาณสำหรับโรงเรียนจะเพิ่มขึ้นในปีหน้า นายกเทศมนตรีกล่าวว่าแผนนี้จะจ้างครูเพิ่ม';
    const { code, stdout, stderr } = await runCli(['--json', '-'], { stdin: thai });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).lang).toBe('und');
    expect(JSON.parse(stdout).sentences.length).toBeGreaterThan(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^summarize: standard input: Thai \(th\) is not supported yet: summarized without stop words or stemming\n$/);
  });

  it('drops web furniture written in other languages', async () => {
    const text = ['Lesen Sie auch: Neue Brücke für die Altstadt', GERMAN, 'Werbung', 'Teilen', 'Wir verwenden Cookies. Bitte akzeptieren Sie unsere Datenschutzbestimmungen.'].join('\n\n');
    const { stdout } = await runCli(['-n', '5', '-'], { stdin: text });
    expect(stdout).not.toMatch(/Lesen Sie|Werbung|Teilen|Cookies/);
    const french = ['Lire aussi : le Grand Canal fermé aux paquebots', FRENCH, 'Publicité', 'Partager'].join('\n\n');
    expect((await runCli(['-n', '6', '-'], { stdin: french })).stdout).not.toMatch(/Lire aussi|Publicité|Partager/);
  });
});
