import { describe, expect, it } from 'vitest';
import { blendIdf, buildCorpus, corpusIdf } from '../../src/core/corpus.js';
import { documentTerms } from '../../src/core/segment.js';

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

  it("lists an article's distinct stemmed words", () => {
    const terms = documentTerms('Budget Headline\n\nThe councils approved budgets. Councils met.');
    expect(terms).toContain('council');
    expect(terms).toContain('budget');
    expect(terms.filter((t) => t === 'council')).toHaveLength(1);
  });
});
