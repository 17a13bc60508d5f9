// What an extractor gives back: the article's title, if it has one, and its text in paragraphs.
/** The article's title, its dek (standfirst) when one was found, and its text in paragraphs. */
export type Extracted = { readonly title: string | null; readonly subtitle?: string; readonly text: string };

/** The kinds of input summarize reads. */
export type InputFormat = 'text' | 'html' | 'markdown';
