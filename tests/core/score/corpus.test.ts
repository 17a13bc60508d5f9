import { describe, expect, it } from 'vitest';
import { CorpusBuilder, blendIdf, buildCorpus, corpusIdf } from '../../../src/core/score/corpus.js';
import { corpusTerms } from '../../../src/core/nlp/language.js';
import { resolveLanguage } from '../../../src/core/nlp/language.js';
import { wordTermIds } from '../../../src/core/nlp/segment.js';
import { termId, termById } from '../../../src/core/nlp/terms.js';

describe('corpus IDF', () => {
  it('counts in how many documents each term appears', () => {
    const corpus = buildCorpus([['alpha', 'beta'], ['alpha'], ['gamma']]);
    expect(corpus.documents).toBe(3);
    expect(corpus.df.get('alpha')).toBe(2);
    const idf = corpusIdf(corpus);
    expect(idf('gamma')).toBeGreaterThan(idf('alpha'));
    expect(idf('unseen')).toBeGreaterThan(idf('gamma'));
  });

  it('blends the corpus IDF into the article IDF', () => {
    const idf = blendIdf(() => 1, () => 3);
    expect(idf('x')).toBeGreaterThan(1);
    expect(idf('x')).toBeLessThan(2);
  });

  it('counts a term once per document, however often it occurs, and merges the counts of parts', () => {
    const [a, b] = [termId('corpus-test-a'), termId('corpus-test-b')];
    const part = new CorpusBuilder();
    part.addIds([a, a, b, a]);
    part.addIds([b]);
    const whole = new CorpusBuilder();
    whole.add(['corpus-test-a']);
    whole.merge(part.corpus());
    // ids past the first table size make it grow without losing counts
    const far = Array.from({ length: 3000 }, (_, i) => termId(`corpus-test-${i}`));
    whole.addIds([...far, a]);
    const { documents, df } = whole.corpus();
    expect(documents).toBe(4);
    expect(df.get('corpus-test-a')).toBe(3);
    expect(df.get('corpus-test-b')).toBe(2);
    expect(df.get('corpus-test-2999')).toBe(1);
  });

  it('numbers the words of a text by their stems', () => {
    const ids = wordTermIds('Councils approved; the council approves.');
    expect(ids.map(termById)).toEqual(['council', 'approv', 'the', 'council', 'approv']);
  });

  it("lists an article's distinct stemmed words", () => {
    const terms = corpusTerms('Budget Headline\n\nThe councils approved budgets. Councils met.', 'en');
    expect(terms).toContain('council');
    expect(terms).toContain('budget');
    expect(terms.filter((t) => t === 'council')).toHaveLength(1);
  });

  it('counts an article in its own language: French stems and stop words, as its sentences have them', () => {
    const text = [
      'Les conseils municipaux ont approuvé les budgets nationaux mardi soir après un long débat.',
      'Le maire a déclaré que les nouvelles dépenses seraient financées par des économies.',
      "L'opposition a critiqué les choix du conseil et réclamé un nouveau vote.",
    ].join(' ');
    const french = resolveLanguage('fr', text).adapter;
    for (const lang of ['fr', 'auto']) {
      const terms = corpusTerms(text, lang);
      expect(new Set(terms), lang).toEqual(new Set(french.termsOf(text)));
      // French stop words are no terms: the English list does not know them
      expect(terms).not.toContain('les');
      expect(terms).not.toContain('que');
    }
  });
});
