// Markdown → title and text: headings give the title and paragraph breaks; code, tables, images,
// front matter and link syntax never reach the text (a link's words do). Pure, line by line.
import type { Extracted } from './extracted.js';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const LIST_MARKER = /^\s*([-*+]|\d{1,9}[.)])\s+/;

/**
 * Inline syntax → plain words. No pattern may scan past the start of another construct of its kind
 * (link text stops at the next `[`, emphasis at the next marker), so that a line of a million `[` or
 * `**` costs linear time, not quadratic.
 */
const inline = (line: string): string =>
  line
    .replace(/!\[[^[\]]*\]\([^()\s]*\)|!\[[^[\]]*\]\[[^[\]]*\]/g, '') // images
    .replace(/\[([^[\]]+)\]\([^()\s]*(?:\s+"[^"]*")?\)/g, '$1') // [text](url "title")
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1') // [text][ref]
    .replace(/<(https?:\/\/|mailto:)[^<>\s]+>/g, '') // autolinks
    .replace(/<!--(?:(?!<!--)[^])*?-->/g, '')
    .replace(/`+([^`]*)`+/g, '$1') // inline code keeps its words
    .replace(/(\*\*|__)(?=\S)((?:(?!\*\*|__)[^])+?)(?<=\S)\1/g, '$2') // strong
    .replace(/(^|[^\w*])[*_](?=\S)((?:(?![*_])[^])+?)(?<=\S)[*_](?![\w*])/g, '$1$2'); // emphasis, not snake_case

/** The first heading is the title; every heading and blank line ends a paragraph. */
export const extractMarkdown = (markdown: string): Extracted => {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let title: string | null = null;
  let fence: string | null = null;
  let i = 0;
  // front matter
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) i = end + 1;
  }
  let previousBlank = true;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f !== null && f[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (f !== null) {
      fence = f[1]!.slice(0, 3);
      out.push('');
      continue;
    }
    // an indented code block starts after a blank line
    if (previousBlank && /^( {4}|\t)/.test(line) && !LIST_MARKER.test(line)) continue;
    const heading = HEADING.exec(line);
    const next = lines[i + 1] ?? '';
    const setext = line.trim() !== '' && SETEXT.test(next) && !LIST_MARKER.test(line) ? line.trim() : null;
    if (heading !== null || setext !== null) {
      const text = inline(heading !== null ? heading[2]! : setext!).trim();
      title ??= text || null;
      out.push('', '');
      if (setext !== null) i++;
      previousBlank = true;
      continue;
    }
    if (TABLE_ROW.test(line) || RULE.test(line) || LINK_DEFINITION.test(line) || /^\s*<\/?[a-z][^>]*>\s*$/i.test(line)) {
      out.push('');
      previousBlank = true;
      continue;
    }
    const text = inline(line.replace(/^\s{0,3}(>\s?)+/, '').replace(LIST_MARKER, ''));
    // each list item is a paragraph of its own
    if (LIST_MARKER.test(line)) out.push('');
    out.push(text);
    previousBlank = text.trim() === '';
  }
  return { title, text: out.join('\n').replace(/\n{3,}/g, '\n\n').trim() };
};
