import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/extract/extract.js';
import { extractHtml } from '../../src/extract/html.js';
import { summarize } from '../../src/index.js';

const PAGE = readFileSync(new URL('../../fixtures/pages/city-news.html', import.meta.url), 'utf8');
/** Text that appears on the page but outside the article body. */
const FURNITURE = ['cookies', 'Riverton Daily', 'News', 'Search the archive', 'Holiday sale', 'Velocity e-bike', 'Share on', 'Related stories', 'cycle lane', 'Storm damage', 'winter timetable', 'Comments', 'riverfan77', 'Two years is a joke', 'packed every single morning', 'Morning Briefing', 'newsletter', 'All rights reserved', 'Privacy', 'Tracking pixel', 'track', 'Maria Okafor', 'Published'];

describe('extractHtml on a saved news page', () => {
  it('finds the headline as the title', () => {
    expect(extractHtml(PAGE).title).toBe('Harbour bridge to close for two years of repairs');
  });

  it('summarizes only from the article body: no navigation, ad, share box, related story, comment, footer or script', () => {
    const { title, text } = extractHtml(PAGE);
    const all = summarize(text, { title: title ?? undefined, length: { kind: 'ratio', r: 1 } });
    expect(all.sentenceCount).toBe(6);
    for (const s of all.sentences) {
      for (const junk of FURNITURE) expect(s.text).not.toContain(junk);
      expect(PAGE).toContain(s.text);
    }
  });
});

describe('detectKind', () => {
  it.each([
    ['auto', 'page.html', 'plain', 'html'],
    ['auto', 'notes.md', 'plain', 'markdown'],
    ['auto', '-', '<!doctype html><html><body><p>x</p></body></html>', 'html'],
    ['auto', '-', 'Just text. More text.', 'text'],
    ['auto', 'story.txt', '<div><p>Pasted page.</p></div>', 'html'],
    ['markdown', 'x.txt', 'plain', 'markdown'],
  ] as const)('%s for %s with %j is %s', (choice, name, text, expected) => {
    expect(detectKind(choice, name, text)).toBe(expected);
  });
});

describe('extractHtml on fragments', () => {
  it('reads HTML pasted into text, dropping a script, instead of failing', () => {
    const { text } = extractHtml('Intro text here. <script>var a = "x. y."</script> More text follows here.');
    expect(text).toContain('Intro text here.');
    expect(text).toContain('More text follows here.');
    expect(text).not.toContain('var a');
  });
});
