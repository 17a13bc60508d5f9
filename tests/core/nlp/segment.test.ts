import { describe, expect, it } from 'vitest';
import { segment, termsOf } from '../../../src/core/nlp/segment.js';

const texts = (paragraphs: string[]): string[] => segment(paragraphs).map((s) => s.text);

describe('segment', () => {
  it.each([
    ['titles and abbreviations', 'Dr. Smith met Mrs. Jones at 10 a.m. on Monday. They talked.', ['Dr. Smith met Mrs. Jones at 10 a.m. on Monday.', 'They talked.']],
    ['country initialisms', 'Officials in the U.S. and the U.K. agreed. Talks resume today.', ['Officials in the U.S. and the U.K. agreed.', 'Talks resume today.']],
    ['e.g. and i.e.', 'Some fruits, e.g. apples, keep well. Others, i.e. berries, do not.', ['Some fruits, e.g. apples, keep well.', 'Others, i.e. berries, do not.']],
    ['initials', 'The book by J. R. Smith sold well. It was reprinted.', ['The book by J. R. Smith sold well.', 'It was reprinted.']],
    ['decimals and money', 'The deal was worth $1.2 billion. Shares rose 3.5% on Friday.', ['The deal was worth $1.2 billion.', 'Shares rose 3.5% on Friday.']],
    ['an ellipsis inside a closing quote', 'He said "it\'s over..." Then he left.', ['He said "it\'s over..."', 'Then he left.']],
    ['a full stop inside a closing quote', 'She said "No way." He went home.', ['She said "No way."', 'He went home.']],
    ['question and exclamation marks', 'Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
    ['web addresses without a scheme', 'Please visit: www.ascom.com for details. When DailyMail.com asked, he left.', ['Please visit: www.ascom.com for details.', 'When DailyMail.com asked, he left.']],
    ['line breaks inside a sentence', 'The report was\npublished on\nTuesday. It is long.', ['The report was published on Tuesday.', 'It is long.']],
  ])('splits %s correctly', (_name, input, expected) => {
    expect(texts([input])).toEqual(expected);
  });

  it('ends a sentence at every paragraph break', () => {
    const sentences = segment(['A heading without a stop', 'The body starts here. It goes on.']);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['A heading without a stop', 0],
      ['The body starts here.', 1],
      ['It goes on.', 1],
    ]);
  });

  it('numbers sentences across paragraphs', () => {
    expect(segment(['One. Two.', 'Three.']).map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('returns no sentence for blank paragraphs', () => {
    expect(segment(['', '   '])).toEqual([]);
  });

  it('keeps every character of the input apart from whitespace', () => {
    const input = "Can't stop, won't stop: it's 9:30 p.m. (EST) — e-mail me@example.com or see https://example.com/a?b=1. Done… OK.";
    expect(texts([input]).join(' ').replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
  });

  it('builds lower-cased, stemmed content terms without stop words or punctuation', () => {
    const [s] = segment(['The Runners were running quickly, and they ran 5 miles.']);
    expect(s?.terms).toEqual(['runner', 'run', 'quick', 'ran', 'mile']);
    expect(s?.wordCount).toBe(10);
  });

  it('builds title terms the same way', () => {
    expect(termsOf('Running Runners')).toEqual(['run', 'runner']);
    expect(termsOf('')).toEqual([]);
  });
});
