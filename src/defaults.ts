// Every default of the tool in one object: the core, the command line, the help text, the man page
// and the completions all read them from here.
export const DEFAULTS = {
  /** Sentences in a summary. */
  sentences: 3,
  method: 'tfidf',
  /** Keywords shown by a bare --keywords. */
  keywords: 10,
  /** Where IDF comes from: each article's own sentences, or the whole batch ('corpus'). */
  idf: 'article',
  /** How long fetching a URL may take, in seconds. */
  timeoutSeconds: 15,
  /** Inputs larger than this (bytes) are refused. */
  maxBytes: 16 * 1024 * 1024,
  /** Redirects followed when fetching a URL. */
  maxRedirects: 5,
  input: 'auto',
  encoding: 'auto',
  format: 'text',
  color: 'auto',
} as const;
