// The API described for machines, served at /openapi.json; tests post its examples and check the
// answers against it.
import { SUMMARY_OPTIONS } from '../args/summary.js';
import { DEFAULTS } from '../defaults.js';

/** The summary options' fields, as summary.ts declares them. */
const SUMMARY_FIELDS = Object.fromEntries(SUMMARY_OPTIONS.flatMap((o) => ('api' in o ? [[o.key, o.api]] : [])));

const sentence = {
  type: 'object',
  required: ['index', 'text', 'score'],
  properties: {
    index: { type: 'integer', description: "0-based position among the article's sentences" },
    text: { type: 'string', description: 'the sentence, verbatim' },
    score: { type: 'number' },
  },
};

const error = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', example: 'EINVALID' }, message: { type: 'string' } },
    },
  },
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const EXAMPLE_TEXT =
  'The city council approved a new budget for the coming year on Tuesday night. ' +
  'Spending on schools rises by a tenth, the largest increase in a decade. ' +
  'The mayor said the plan would hire two hundred teachers and repair forty buildings. ' +
  'Opponents argued that the city could not afford the rise without new taxes. ' +
  'A final vote on the tax question is expected next month.';

export const openApi = {
  openapi: '3.1.0',
  info: {
    title: 'summarize',
    description: 'Extractive summaries: the sentences that best carry an article, verbatim and in article order.',
    version: '1',
  },
  paths: {
    '/api/summarize': {
      post: {
        summary: 'Summarize an article given as text, HTML, a URL or an uploaded document (PDF, Word, EPUB, captions)',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Request' },
              examples: {
                text: { summary: 'Plain text, two sentences', value: { text: EXAMPLE_TEXT, sentences: 2 } },
                html: {
                  summary: 'An HTML page, with keywords',
                  value: {
                    html: `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>${EXAMPLE_TEXT.split('. ')
                      .map((s) => `<p>${s.replace(/\.?$/, '.')}</p>`)
                      .join('')}</article></body></html>`,
                    sentences: 2,
                    keywords: 3,
                  },
                },
                ratio: { summary: 'A share of the sentences', value: { text: EXAMPLE_TEXT, ratio: '40%', method: 'lead' } },
                headline: { summary: `A headline of at most ${DEFAULTS.lengths.headline.short} words`, value: { text: EXAMPLE_TEXT, type: 'headline', length: 'short' } },
                budget: { summary: 'At most 40 words, no questions', value: { text: EXAMPLE_TEXT, words: 40, avoid: ['questions'] } },
              },
            },
            'text/plain': { schema: { type: 'string' }, description: 'the article as text; options go in the query string' },
            'text/html': { schema: { type: 'string' }, description: 'the page as HTML; options go in the query string' },
            'application/pdf': { schema: { type: 'string', format: 'binary' }, description: 'a PDF upload; options go in the query string' },
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
              schema: { type: 'string', format: 'binary' },
              description: 'a Word (.docx) upload; options go in the query string',
            },
            'application/epub+zip': { schema: { type: 'string', format: 'binary' }, description: 'an EPUB upload; options go in the query string' },
            'text/vtt': { schema: { type: 'string' }, description: 'WebVTT captions; options go in the query string' },
            'application/x-subrip': { schema: { type: 'string' }, description: 'SRT captions; options go in the query string' },
          },
        },
        responses: {
          '200': { description: 'The summary (the same object as `summarize --json`)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Summary' } } } },
          '400': errorResponse('Malformed JSON or a bad value'),
          '403': errorResponse('The URL leads to a private, loopback or link-local address'),
          '413': errorResponse('The body, or the page fetched, is larger than the limit'),
          '415': errorResponse('A content type other than JSON, plain text, HTML or a document type above'),
          '422': errorResponse('No article could be found in what was sent (or the document is encrypted, scanned or corrupt)'),
          '429': errorResponse('Too many requests from this address'),
          '502': errorResponse('The page could not be fetched'),
          '504': errorResponse('The page or the summary took too long'),
        },
      },
      get: {
        summary: 'Summarize a web page named by its URL',
        parameters: [
          { name: 'url', in: 'query', required: true, schema: { type: 'string', format: 'uri' } },
          { name: 'sentences', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
        ],
        responses: {
          '200': { description: 'The summary', content: { 'application/json': { schema: { $ref: '#/components/schemas/Summary' } } } },
          '400': errorResponse('A bad value'),
          '403': errorResponse('The URL leads to a private address'),
          '502': errorResponse('The page could not be fetched'),
        },
      },
    },
    '/healthz': { get: { summary: 'Ready to serve', responses: { '200': { description: 'ready' } } } },
    '/widget.js': { get: { summary: 'The embeddable "No time to read?" widget', responses: { '200': { description: 'JavaScript' } } } },
  },
  components: {
    schemas: {
      Request: {
        type: 'object',
        description: 'Exactly one of text, html and url.',
        additionalProperties: false,
        properties: {
          text: { type: 'string' },
          html: { type: 'string' },
          url: { type: 'string', format: 'uri', description: 'http or https; fetched by the server' },
          title: { type: 'string', description: 'the headline, when known (not with url)' },
          ...SUMMARY_FIELDS,
        },
      },
      Summary: {
        type: 'object',
        required: ['title', 'type', 'lang', 'sentenceCount', 'sentences', 'stats'],
        properties: {
          title: { type: ['string', 'null'] },
          type: { type: 'string' },
          lang: { type: 'string', description: 'ISO 639-1, or und' },
          subtitle: { type: 'string' },
          sentenceCount: { type: 'integer' },
          sentences: { type: 'array', items: sentence },
          stats: {
            type: 'object',
            required: ['words', 'summaryWords', 'reduction', 'readingSeconds', 'summaryReadingSeconds'],
            properties: {
              words: { type: 'integer' },
              summaryWords: { type: 'integer' },
              reduction: { type: 'number', description: 'share of the words left out, 0..1' },
              readingSeconds: { type: 'integer', description: `at ${DEFAULTS.wpm} words a minute` },
              summaryReadingSeconds: { type: 'integer' },
            },
          },
          keywords: { type: 'array', items: { type: 'object', properties: { keyword: { type: 'string' }, score: { type: 'number' } } } },
          warnings: { type: 'array', items: { type: 'string' } },
        },
      },
      Error: error,
    },
  },
} as const;
