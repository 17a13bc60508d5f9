// Every default of the tool in one object: the core, the command line, the HTTP API, the help text,
// the man page and the completions all read them from here. Each value is written once.

/** --length short, medium, long: sentences of key points, a tl;dr or a teaser; words of a headline. */
const LENGTHS = {
  'key-points': { short: 3, medium: 5, long: 7 },
  tldr: { short: 3, medium: 5, long: 7 },
  teaser: { short: 1, medium: 2, long: 3 },
  headline: { short: 12, medium: 17, long: 22 },
} as const;

export const DEFAULTS = {
  /** Sentences in a summary (key points, a tl;dr) when no length is given. */
  sentences: 3,
  lengths: LENGTHS,
  /** A headline's words when no length is given: --length medium. */
  headlineWords: LENGTHS.headline.medium,
  /** A teaser's sentences when no length is given: --length medium. */
  teaserSentences: LENGTHS.teaser.medium,
  type: 'key-points',
  method: 'tfidf',
  /** Keywords listed when none are asked for. */
  keywords: 0,
  /** Keywords listed by a bare --keywords (`"keywords": true` in the API). */
  keywordsAsked: 10,
  /** The article's language: detected from its body, or an ISO 639-1 code. */
  lang: 'auto',
  /** Where IDF comes from: each article's own sentences, or the whole batch ('corpus'). */
  idfSource: 'article',
  /** How long fetching a URL may take, in seconds. */
  timeoutSeconds: 15,
  /** Inputs larger than this (bytes) are refused. */
  maxBytes: 16 * 1024 * 1024,
  /**
   * The memory (MB of V8's old generation) a worker thread may use: this much, or workerHeapMbPerInputMb
   * for each MB of the largest input allowed (--max-bytes) if that is more. Enough for any input allowed, hostile
   * shapes included (16 MB of one-letter lines needs about 600 MB), and low enough that V8 collects
   * before its heap is several times the live data.
   */
  workerHeapMb: 768,
  workerHeapMbPerInputMb: 48,
  /**
   * Worker threads pay off from this many inputs, or this many bytes of them: below it, one thread is
   * done before workers would have loaded the model and warmed up (on the 2-core development machine,
   * 550 news articles, 1.6 MB, took as long with two jobs as with one; 1,000, 2.9 MB, 10% less).
   */
  poolMinFiles: 600,
  poolMinBytes: 2_000_000,
  /** Redirects followed when fetching a URL. */
  maxRedirects: 5,
  input: 'auto',
  encoding: 'auto',
  /** The output's form (--format). */
  form: 'text',
  color: 'auto',
  /** What a bare --color means. */
  colorBare: 'always',
  /** Reading speed behind "time saved": words per minute of an adult reading non-fiction (Brysbaert, 2019). */
  wpm: 238,
  /** `summarize serve`: where it listens, and what it lets a request do. */
  serve: {
    host: '127.0.0.1',
    port: 8787,
    /** Largest request body, and largest page fetched for a request. */
    maxBytes: 2 * 1024 * 1024,
    /** Requests per minute from one client address; 0 for no limit. */
    rateLimit: 120,
    /** The most sentences and keywords one request may ask for: more would only cost it. */
    maxSentences: 100,
    maxKeywords: 50,
    /** How long one request may take, fetching included, in seconds. */
    timeoutSeconds: 15,
    /** How long a stop waits for requests in flight, in seconds. */
    graceSeconds: 5,
  },
} as const;
