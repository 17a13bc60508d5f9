// Score methods against reference summaries: each document is read once, then every method summarizes it.
import { buildCorpus } from '../core/score/corpus.js';
import { corpusTerms } from '../core/nlp/language.js';
import { prepareDoc, summarizeDoc } from '../core/summarize.js';
import type { Method } from '../core/types.js';
import type { IdfSource } from '../core/types.js';
import type { EvalDoc } from './dataset.js';
import { type RougeScores, type Tokens, rouge } from './rouge.js';
import { detectLanguage } from '../core/nlp/detect.js';
import { danglingLean } from '../core/coherence.js';
import { stripMarkup } from '../extract/markup.js';
import { DEFAULTS } from '../defaults.js';

/** How many sentences each summary has: a fixed count, or as many as the document's reference. */
export type EvalLength = { readonly kind: 'count'; readonly n: number } | { readonly kind: 'reference' };

export type MethodScores = {
  readonly method: Method;
  /** Mean F1 × 100 over the documents. */
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeL: number;
  /** Share of summaries (× 100) with a sentence that leans on one left out ("But…", "He said…"). */
  readonly dangling: number;
  /** Of those, the share (× 100 of all summaries) where it leans by a reference ("He said…", "This is…"), not a connective. */
  readonly danglingReference: number;
};


export type EvalReport = {
  readonly documents: number;
  /** How ROUGE saw the text: ROUGE-1.5.5's Porter-stemmed tokens (English), or Unicode words. */
  readonly tokens: Tokens;
  readonly length: EvalLength;
  readonly idfSource: IdfSource;
  readonly methods: readonly MethodScores[];
};

const mean = (scores: readonly RougeScores[], pick: (s: RougeScores) => number): number =>
  scores.length === 0 ? 0 : (100 * scores.reduce((a, s) => a + pick(s), 0)) / scores.length;

/** Classic ROUGE for English sets; Unicode tokens when most of the first documents are in another language. */
const tokensFor = (docs: readonly EvalDoc[], lang: string): Tokens => {
  if (lang !== 'auto') return lang === 'en' ? 'porter' : 'unicode';
  const sample = docs.slice(0, 20);
  const english = sample.filter((d) => detectLanguage(d.article).code === 'en').length;
  return english * 2 >= sample.length ? 'porter' : 'unicode';
};

/**
 * Evaluate `methods` on `docs`. `onDocument` is called after each document, for progress. The work
 * yields to the event loop between documents, so that Ctrl-C is heard; an aborted run gives undefined.
 */
export type EvalOptions = {
  readonly idfSource?: IdfSource;
  readonly onDocument?: (done: number) => void;
  readonly signal?: AbortSignal;
  /** The set's language, or 'auto'. */
  readonly lang?: string;
  /** False: sentences that lean on one left out are allowed, as before (for before-and-after figures). */
  readonly coherent?: boolean;
};

export const evaluate = async (
  docs: readonly EvalDoc[],
  methods: readonly Method[],
  length: EvalLength,
  { idfSource = DEFAULTS.idfSource, onDocument = () => {}, signal, lang = DEFAULTS.lang, coherent = true }: EvalOptions = {},
): Promise<EvalReport | undefined> => {
  const tokens = tokensFor(docs, lang);
  const corpus = idfSource === 'corpus' ? buildCorpus(docs.map((d) => corpusTerms(d.article, lang))) : undefined;
  const perMethod = new Map<Method, RougeScores[]>(methods.map((m) => [m, []]));
  const danglingCount = new Map<Method, number>(methods.map((m) => [m, 0]));
  const referenceCount = new Map<Method, number>(methods.map((m) => [m, 0]));
  for (const [i, d] of docs.entries()) {
    if (i % 8 === 0) await new Promise((next) => setImmediate(next));
    if (signal?.aborted === true) return undefined;
    const doc = prepareDoc(stripMarkup(d.article), d.title, lang);
    const n = length.kind === 'count' ? length.n : Math.max(1, d.reference.length);
    for (const method of methods) {
      const summary = summarizeDoc(doc, { method, length: { kind: 'count', n }, coherent, ...(corpus ? { corpus } : {}) });
      const picked = new Set(summary.sentences.map((s) => s.index));
      const leans = summary.sentences.map((s) => danglingLean(doc.sentences[s.index]!, picked, doc.lang));
      if (leans.some((l) => l !== null)) danglingCount.set(method, danglingCount.get(method)! + 1);
      if (leans.includes('reference')) referenceCount.set(method, referenceCount.get(method)! + 1);
      perMethod.get(method)?.push(
        rouge(
          summary.sentences.map((s) => s.text),
          d.reference,
          tokens,
        ),
      );
    }
    onDocument(i + 1);
  }
  return {
    documents: docs.length,
    tokens,
    length,
    idfSource,
    methods: methods.map((method) => {
      const scores = perMethod.get(method) ?? [];
      return {
        method,
        rouge1: mean(scores, (s) => s.rouge1.f1),
        rouge2: mean(scores, (s) => s.rouge2.f1),
        rougeL: mean(scores, (s) => s.rougeL.f1),
        dangling: docs.length === 0 ? 0 : (100 * (danglingCount.get(method) ?? 0)) / docs.length,
        danglingReference: docs.length === 0 ? 0 : (100 * (referenceCount.get(method) ?? 0)) / docs.length,
      };
    }),
  };
};
