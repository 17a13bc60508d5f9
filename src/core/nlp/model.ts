// wink-eng-lite-web-model, loaded lean. The package's own loader requires every model at once (named
// entities, sentiment, parts of speech: 600 KB of JSON that the 'sbd' pipe never runs), deep-copies the
// 3 MB core model with JSON.parse(JSON.stringify()), and decodes base64 a character at a time. This
// loader builds the same core model from the same file, parsed once and decoded by Buffer, gives wink
// the real sentence-boundary machines, and empty machines for the annotations it never runs.
// tests/core/nlp/model.test.ts checks that it segments exactly as the stock model does; the package's
// version is pinned in package.json, because this loader knows the shape of its files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('wink-eng-lite-web-model/dist/model.js'));

type Layout = Record<string, number[]>;
type Feature = { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number };
type CoreModel = {
  packing: { layout: Layout; size: number; efList?: string[] };
  features: Record<string, Feature> & { posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
};

/** base64 → Uint32Array, through Buffer (copied, so that the array starts aligned). */
const words32 = (base64: string): Uint32Array => {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
};

const hashOf = (list: readonly string[]): Record<string, number> => {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
};

/**
 * How the lexicon's hash (88,000 words, which wink reads and adds to: `hash[word]`, `hash[word] = k`)
 * is built: 'object', an object of a key per word, 28 ms to build at start (each key is interned) and
 * the fastest to read; 'map', a Map behind a proxy, 11 ms to build and some 70 ns more for each token
 * read (a tenth of a millisecond for a news article). A few articles start sooner with 'map'; many
 * are read sooner with 'object'.
 */
export type LexiconIndex = 'object' | 'map';

const mapHash = (list: readonly string[]): Record<string, number> => {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k++) map.set(list[k]!, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word) => (typeof word === 'string' ? map.get(word) : undefined),
    set: (_, word, index: number) => (typeof word === 'string' ? (map.set(word, index), true) : false),
    has: (_, word) => typeof word === 'string' && map.has(word),
  });
};

/** What read-core-model.js and load-core-model.js build, in one pass over one parse. */
const core = (index: LexiconIndex): CoreModel => {
  const model = JSON.parse(readFileSync(join(DIST, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.hash = hashOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  const lexeme = features.lexeme!;
  lexeme.hash = index === 'map' ? mapHash(lexeme.list) : hashOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] ?? 0));
  return model;
};

/** The core model, once wink has loaded it: its lexicon knows each word's parts of speech. */
const loaded: { model?: CoreModel } = {};

/** A packed field of lexeme `index` of the model's own lexicon, as wink's cache reads it. */
const fieldOf = (model: CoreModel, name: string, index: number): number => {
  const [at, mask, shift] = model.packing.layout[name]!;
  return ((model.lexicon as Uint32Array)[at! + index * model.packing.size]! & mask!) >>> shift!;
};

/** What the lexicon says of a word as a verb: 'verb' (mostly a verb or an auxiliary), 'maybe' (one of its uses), 'no'. */
export type VerbUse = 'verb' | 'maybe' | 'no';
export type WordClass = { readonly verb: VerbUse; readonly subject: boolean; readonly adverb: boolean };
const UNKNOWN: WordClass = { verb: 'maybe', subject: false, adverb: false };

/**
 * A lower-case word's class by the lexicon alone (no tagger runs): whether it is mostly a verb or an
 * auxiliary, may be one, or never is; whether it is mostly a noun, a proper noun or a pronoun (a
 * subject a verb may follow), or an adverb. A word the lexicon does not hold may be anything.
 */
export const wordClassOf = (lower: string): WordClass => {
  const model = loaded.model;
  const index = model?.features.lexeme!.hash?.[lower];
  if (model === undefined || index === undefined) return UNKNOWN;
  const names = model.features.pos!.list;
  const pos = names[fieldOf(model, 'pos', index)];
  const uses = model.features.posClusters.list[fieldOf(model, 'lexemeCID', index)] as Set<number> | undefined;
  const { hash } = model.pos;
  const verb: VerbUse = pos === 'VERB' || pos === 'AUX' ? 'verb' : uses !== undefined && (uses.has(hash.VERB!) || uses.has(hash.AUX!)) ? 'maybe' : 'no';
  // a past tense the lexicon takes for an adjective ("blushed") may still be one
  const past = verb === 'no' && lower.length > 4 && lower.endsWith('ed') ? 'maybe' : verb;
  return { verb: past, subject: pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON', adverb: pos === 'ADV' };
};

/** Expansions come as [lexeme, normal, lemma, part of speech] in the model's `xpansions`. */
const EXPANSION_SIZE = 4;
const varying: { of?: Uint8Array } = {};

/** The lexemes of which some contraction's part is a stop word where the word alone is not, or the reverse. */
const varyingLexemes = (model: CoreModel): Uint8Array => {
  const xpansions = model.xpansions as Uint32Array;
  const own = model.features.lexeme!.intrinsicSize!;
  // the fields read, each as a function of a lexeme's index (made once: this runs at start-up)
  const field = (name: string): ((index: number) => number) => {
    const [at, mask, shift] = model.packing.layout[name]!;
    const lexicon = model.lexicon as Uint32Array;
    const { size } = model.packing;
    return (index) => (lexicon[at! + index * size]! & mask!) >>> shift!;
  };
  const [mapped, lemma, normal, stop] = [field('isSpellingMapped'), field('lemma'), field('normal'), field('isStopWord')];
  // as wink's cache.normal() finds a lexeme's normal form: the lemma for a mapped spelling, else an offset
  const normalOf = (index: number): number => (mapped(index) === 1 ? lemma(index) : index + normal(index));
  const isStop = (index: number): boolean => stop(index) === 1;
  const of = new Uint8Array(own);
  for (let k = 0; k < xpansions.length; k += EXPANSION_SIZE) {
    const part = xpansions[k]!;
    const normal = xpansions[k + 1]!;
    // a part or a normal outside the model's own lexicon is not expected: asked token by token
    if (part >= own) continue;
    if (normal >= own || normalOf(part) >= own || isStop(normal) !== isStop(normalOf(part))) of[part] = 1;
  }
  return of;
};

/**
 * Whether a token of wink's lexeme `id` may be a stop word in one place and not in another: a part
 * that a contraction expands into takes the contraction's normal form ("ca" of "can't" reads "can"),
 * and where that is a stop word and the part alone is not (or the reverse), wink must be asked token
 * by token. Any other lexeme is a stop word or not wherever it occurs. Before the model is loaded,
 * every lexeme may vary.
 */
export const stopWordVaries = (id: number): boolean => {
  const model = loaded.model;
  if (model === undefined) return true;
  const of = (varying.of ??= varyingLexemes(model));
  // a lexeme learnt from the text (past the model's own) is no contraction's part
  return id < of.length ? of[id] === 1 : false;
};

/** A state machine that recognises nothing, as wink's automaton exports an empty one. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';
const nothing = (): void => {};

/** The model's own stemmer (what its.stem calls). */
export const stemWord = require(join(DIST, 'porter-stemmer.js')) as (word: string) => string;

/** The model object winkNLP() takes, for the 'sbd' pipe only, its lexicon indexed as `index` says. */
export const leanModel = (index: LexiconIndex = 'object'): Record<string, unknown> => {
  const model: Record<string, unknown> = Object.create(null);
  model.core = (): CoreModel => (loaded.model = core(index));
  model.sbd = require(join(DIST, 'load-sbd-model.js'));
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = () => ({ machines: [EMPTY_MACHINE], setter: nothing });
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: nothing });
  model.pos = () => ({ machines: [], setter: nothing, updater: nothing, transformers: [] });
  model.metaCER = () => ({ machines: '[]', transformers: [nothing] });
  model.featureFn = require(join(DIST, 'feature.js'));
  const addons: Record<string, unknown> = Object.create(null);
  addons.stem = stemWord;
  model.addons = addons;
  return model;
};
