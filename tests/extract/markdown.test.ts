import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/extract/markdown.js';

const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

describe('extractMarkdown', () => {
  it('takes the first heading as the title and makes every heading a paragraph break', () => {
    const { title, text } = extractMarkdown('# Budget Passes\nThe council voted.\n## Reactions\nThe mayor was pleased.');
    expect(title).toBe('Budget Passes');
    expect(paragraphs(text)).toEqual(['The council voted.', 'The mayor was pleased.']);
  });

  it('reads setext headings and skips front matter', () => {
    const { title, text } = extractMarkdown('---\ntitle: x\ndraft: true\n---\nBudget Passes\n=============\n\nThe council voted.');
    expect(title).toBe('Budget Passes');
    expect(paragraphs(text)).toEqual(['The council voted.']);
  });

  it('drops fenced and indented code, tables, images, rules and link definitions', () => {
    const md = [
      'Intro sentence here.',
      '',
      '```js',
      'const secret = "Code. Must. Not. Leak.";',
      '```',
      '',
      '    indented code line.',
      '',
      '| col | col |',
      '|-----|-----|',
      '| cell one. | cell two. |',
      '',
      '![A chart of things.](chart.png)',
      '',
      '---',
      '',
      '[ref]: https://example.com',
      'Closing sentence.',
    ].join('\n');
    const { text } = extractMarkdown(md);
    expect(text).not.toMatch(/secret|indented|cell|chart|example\.com|---|\|/);
    expect(paragraphs(text)).toEqual(['Intro sentence here.', 'Closing sentence.']);
  });

  it('keeps the words of links and emphasis but not their syntax', () => {
    const { text } = extractMarkdown('The [council](https://c.org "C") met **on Monday** to discuss `snake_case` and _plans_ [here][1].');
    expect(text).toBe('The council met on Monday to discuss snake_case and plans here.');
  });

  it('makes each list item a paragraph and strips quote markers', () => {
    const { text } = extractMarkdown('- First item.\n- Second item.\n1. Third item.\n\n> A quoted line.');
    expect(paragraphs(text)).toEqual(['First item.', 'Second item.', 'Third item.', 'A quoted line.']);
  });
});
