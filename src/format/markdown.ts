// Summary → Markdown, ready to paste into an issue or a note: the title as a heading, the sentences as
// bullets, the keywords in a line of their own.
import type { Summary } from '../core/types.js';
import { asParagraph, isParagraph, keywordList } from './text.js';

/** Characters that would turn a sentence into Markdown syntax at the start of a line or inline. */
const escape = (text: string): string => text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^([#+-]|\d+\.)(?=\s)/, '\\$1');

/** The keywords paragraph, when there are keywords: a blank line, then the line. */
export const markdownKeywords = (summary: Summary): string[] =>
  summary.keywords.length === 0 ? [] : ['', `**Keywords:** ${escape(keywordList(summary))}`];

export const formatMarkdown = (summary: Summary): string => {
  if (summary.sentences.length === 0) return '';
  const lines = [
    ...(summary.title === null ? [] : [`## ${escape(summary.title)}`, '']),
    ...(summary.subtitle === undefined ? [] : [`*${escape(summary.subtitle)}*`, '']),
    ...(isParagraph(summary) ? [escape(asParagraph(summary.sentences.map((s) => s.text)))] : summary.sentences.map((s) => `- ${escape(s.text)}`)),
    ...markdownKeywords(summary),
  ];
  return `${lines.join('\n')}\n`;
};
