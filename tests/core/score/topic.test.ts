// No title, no problem: what an untitled article is about, from its first heading or its opening.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../../src/core/summarize.js';

const BODY = [
  'We study how river sediment settles behind small dams in mountain valleys.',
  'Sediment behind dams reduces the storage of the reservoir over time.',
  'Our survey measured sediment depth behind forty dams over ten years.',
  'The weather in the valleys was mild during most of the survey.',
  'Sediment grew fastest behind dams on steep rivers.',
  'Dams on gentle rivers filled more slowly, and their reservoirs kept most of their storage.',
  'We propose a simple model of sediment growth for planners.',
].join(' ');

describe('topic terms of an untitled article', () => {
  it("takes the opening's terms that recur in the rest, not those said once", () => {
    const doc = prepareDoc(BODY);
    expect(doc.title).toBeNull();
    expect(doc.topicGuessed).toBe(true);
    expect(doc.titleTerms.length).toBeGreaterThan(0);
    expect(doc.titleTerms.length).toBeLessThanOrEqual(4);
    expect(doc.titleTerms).toContain('sediment');
    expect(doc.titleTerms).toContain('dam');
    expect(doc.titleTerms).not.toContain('weather');
  });

  it('uses a title or a dek when there is one, and guesses nothing', () => {
    const titled = prepareDoc(BODY, 'Mud behind mountain dams');
    expect(titled.topicGuessed).toBeUndefined();
    expect(titled.titleTerms).toContain('mud');
    const dek = prepareDoc(BODY, undefined, 'auto', false, 'How fast reservoirs fill with mud');
    expect(dek.topicGuessed).toBeUndefined();
    expect(dek.titleTerms).toContain('reservoir');
  });
});
