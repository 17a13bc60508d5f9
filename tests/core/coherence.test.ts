import { describe, expect, it } from 'vitest';
import { readLineByLine, leanOf, opensDependent } from '../../src/core/coherence.js';

describe('leanOf', () => {
  it('tells a reference to the sentence before from a connective to what came before', () => {
    expect(leanOf('He said the repairs would take a month.', 'en')).toBe('reference');
    expect(leanOf('The latter will close in May.', 'en')).toBe('reference');
    expect(leanOf('But the repairs will take a month.', 'en')).toBe('connective');
    expect(leanOf('As a result, the ferry runs twice an hour.', 'en')).toBe('connective');
    expect(leanOf('The repairs will take a month.', 'en')).toBeNull();
  });

  it('reads a reference right after a connective as a reference ("And he said…")', () => {
    expect(leanOf('And he said the repairs would take a month.', 'en')).toBe('reference');
    expect(leanOf('But it’s not the first time the bridge has closed.', 'en')).toBe('reference');
    expect(leanOf('Aber er sagte, die Reparatur dauere einen Monat.', 'de')).toBe('reference');
    expect(leanOf('Mais elle a refusé de commenter.', 'fr')).toBe('reference');
    expect(leanOf('Aber die Reparatur dauert einen Monat.', 'de')).toBe('connective');
  });

  it('reads "It is time to…", "It is clear that…" as a placeholder subject, pointing at nothing before', () => {
    expect(leanOf('It is time for the county to admit that the new bin rounds have failed.', 'en')).toBeNull();
    expect(leanOf("It's clear that the ferry will not run this winter.", 'en')).toBeNull();
    expect(leanOf('But it is clear that nobody will pay for the repairs.', 'en')).toBe('connective');
    // "it" that stands for something named before
    expect(leanOf('It is likely to cost taxpayers more than $40 million.', 'en')).toBe('reference');
    expect(leanOf('It is worth about £2 million, the auction house said.', 'en')).toBe('reference');
    expect(leanOf("It's hard to fold and weighs 14kg.", 'en')).toBe('reference');
    expect(leanOf('It is the third closure since 2019.', 'en')).toBe('reference');
    expect(leanOf('It was late when the ferry came in.', 'en')).toBe('reference');
  });

  it('reads a demonstrative before a time word as the calendar, after a connective too', () => {
    expect(leanOf('This year the festival moves to the harbour.', 'en')).toBeNull();
    expect(leanOf('But this year the festival moves to the harbour.', 'en')).toBe('connective');
    expect(opensDependent('This is the third closure since 2019.', 'en')).toBe(true);
    // a school year, a season, a century
    expect(leanOf('Este curso la escuela ha vuelto a abrir con once alumnos.', 'es')).toBeNull();
    expect(leanOf('Esta temporada el club ha ganado doce partidos.', 'es')).toBeNull();
    expect(leanOf('Cette saison, le club a gagné douze matchs.', 'fr')).toBeNull();
    expect(leanOf('Questo autunno la scuola ha riaperto con undici alunni.', 'it')).toBeNull();
    expect(leanOf('Este edificio fue una escuela.', 'es')).toBe('reference');
  });

  it('lets connectives lean only in a summary read line by line, or held to a budget', () => {
    expect(readLineByLine({ n: 3 })).toBe(true);
    expect(readLineByLine({ n: 5 })).toBe(true);
    expect(readLineByLine({ n: 8 })).toBe(false);
    expect(readLineByLine({ n: 8, budget: { unit: 'words', max: 200 } })).toBe(true);
  });
});

describe('an impersonal "se trata de" (es), "si tratta di" (it)', () => {
  it('leans on what the sentence before named, as "It is…" does', () => {
    expect(leanOf('No se trata de un capricho.', 'es')).toBe('reference');
    expect(leanOf('Se trata de la tercera subida desde 2019.', 'es')).toBe('reference');
    expect(leanOf('Pero no se trata de un capricho.', 'es')).toBe('reference');
    expect(leanOf('Non si tratta di un capriccio.', 'it')).toBe('reference');
    expect(leanOf('Si tratta del terzo aumento dal 2019.', 'it')).toBe('reference');
    // a sentence that only opens with "no" or "se" leans on nothing
    expect(leanOf('No hay bancos en toda la avenida.', 'es')).toBeNull();
    expect(leanOf('Se vendieron tres mil entradas en una hora.', 'es')).toBeNull();
  });
});

describe('the impersonal French "il"', () => {
  it('points at nothing before ("Il faut…", "Il y a…"); "Il a refusé" still leans', () => {
    expect(leanOf('Il faut rouvrir les petites gares.', 'fr')).toBeNull();
    expect(leanOf('Il y a trois ans, la gare a fermé.', 'fr')).toBeNull();
    expect(leanOf('Il est temps de rouvrir les gares.', 'fr')).toBeNull();
    expect(leanOf('Il a refusé de commenter.', 'fr')).toBe('reference');
    expect(leanOf('Mais il faut aussi payer les quais.', 'fr')).toBe('connective');
  });
});

describe("a writer's own 'qu'il faut'", () => {
  it('still argues ("Je suis convaincu qu\'il faut…"); a relative clause does not', async () => {
    const { LANGUAGES } = await import('../../src/core/nlp/languages.js');
    expect(LANGUAGES.fr!.argues!.test("Je suis convaincu qu'il faut rouvrir les petites gares.")).toBe(true);
    expect(LANGUAGES.fr!.argues!.test("Je pense qu'il faut rouvrir les petites gares.")).toBe(true);
    expect(LANGUAGES.fr!.argues!.test("Il attend un minibus qu'il faut réserver deux jours à l'avance.")).toBe(false);
    // "original" and "moving" are no judgement of a film or a book
    expect(LANGUAGES.en!.review!.judges.test('It is a loose adaptation of the original novel')).toBe(false);
  });
});
