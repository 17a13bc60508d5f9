// What an extractor gives back: the article's title, if it has one, and its text in paragraphs.
export type Extracted = { readonly title: string | null; readonly text: string };

/** The kinds of input summarize reads. */
export type InputFormat = 'text' | 'html' | 'markdown';
