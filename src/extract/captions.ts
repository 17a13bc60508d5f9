// Captions (.srt, .vtt) → the talk as text. Cue numbers, timings, settings, tags and sound notes
// ("[Music]") are dropped; cues are joined, since captions cut sentences anywhere; a change of speaker
// ("JOHN:", "<v John>", "- " dialogue) starts a paragraph, and the label is not read as words. Each
// cue's place in the text is kept with its start time, so that a summary's sentences can say when
// they are spoken.
import type { Summary } from '../core/types.js';
import type { Cue, Extracted } from './extracted.js';

/** 01:02:03,456 or 02:03.456 (WebVTT may leave out the hours) → seconds. */
const seconds = (stamp: string): number | undefined => {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(stamp.trim());
  if (m === null) return undefined;
  const [, h = '0', min = '0', s = '0', ms = '0'] = m;
  return Number(h) * 3600 + Number(min) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000;
};

const TIMING = /^\s*([\d:.,]+)\s*-->\s*([\d:.,]+)/;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };

/** One caption's text lines, with the speaker a `<v>` tag names. */
type RawCue = { readonly start: number; readonly lines: readonly string[] };

/** The cues of an SRT or WebVTT file, in order; blocks without a timing (headers, notes, styles) are skipped. */
export const parseCues = (text: string): RawCue[] => {
  const cues: RawCue[] = [];
  const blocks = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const at = lines.findIndex((l) => TIMING.test(l));
    // a cue's timing is its first or second line (after an identifier or an SRT number)
    if (at < 0 || at > 1) continue;
    const start = seconds((TIMING.exec(lines[at] as string) as RegExpExecArray)[1] as string);
    if (start === undefined) continue;
    cues.push({ start, lines: lines.slice(at + 1).filter((l) => l.trim() !== '') });
  }
  return cues;
};

/** A speaker's label at the start of a line: "JOHN:", "Dr. Ana Ruiz:", ">> JOHN:". */
const LABEL = /^(?:>>\s*)?((?:[A-Z][\p{L}'.-]*)(?:\s+[A-Z][\p{L}'.-]*){0,3}):\s+/u;
/** Sounds and notes for the hard of hearing: [Music], (applause), ♪ … ♪. */
const SOUND = /\[[^\]]*\]|\([^)]*\b(?:music|applause|laughter|laughs|inaudible|silence|cheering|sighs)\b[^)]*\)|♪[^♪]*♪?/giu;

/** A line of captions; `turn` changes with each speaker (named or a dialogue dash), `name` is the speaker's name if given. */
type Piece = { readonly text: string; readonly turn: string | undefined; readonly name: string | undefined; readonly start: number };

/** A cue line → its words and the speaker it names (by a `<v>` tag or a label), tags and sounds gone. */
const readLine = (line: string): { text: string; speaker: string | undefined; dash: boolean } => {
  let speaker = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(line)?.[1]?.trim();
  let text = line
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (all, e: string) =>
      e.startsWith('#x') || e.startsWith('#X')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e.toLowerCase()] ?? all),
    )
    // SRT's own tags: {\an8}, {i}
    .replace(/\{[^}]*\}/g, '')
    .replace(SOUND, ' ')
    .trim();
  const dash = /^[-–]\s+/.test(text);
  if (dash) text = text.replace(/^[-–]\s+/, '');
  const label = LABEL.exec(text);
  // a label is a name, not the start of a sentence with a colon ("Note: …" has no second capital, but "Remember:" might)
  if (label !== null && label[1] !== undefined && (label[1] === label[1].toUpperCase() || label[1].includes(' '))) {
    speaker = label[1].replace(/\s+/g, ' ');
    text = text.slice(label[0].length);
  }
  return { text: text.replace(/\s+/g, ' '), speaker, dash };
};

const toTitleCase = (name: string): string => (name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase()) : name);

/** The talk in a caption file: paragraphs by speaker, and each cue's start time at its place in the text. */
export const extractCaptions = (text: string, _kind: 'srt' | 'vtt'): Extracted => {
  const pieces: Piece[] = [];
  let turn: string | undefined;
  let name: string | undefined;
  let previous = '';
  for (const cue of parseCues(text)) {
    for (const line of cue.lines) {
      const read = readLine(line);
      if (read.speaker !== undefined) turn = name = toTitleCase(read.speaker);
      else if (read.dash) {
        // another voice, unnamed
        turn = `${turn ?? ''}\u2014`;
        name = undefined;
      }
      // rolling captions repeat the line before
      if (read.text === '' || read.text === previous) continue;
      previous = read.text;
      pieces.push({ text: read.text, turn, name, start: cue.start });
    }
  }
  let out = '';
  const times: Cue[] = [];
  let last: string | undefined;
  for (const piece of pieces) {
    if (out !== '') out += piece.turn !== last ? '\n\n' : ' ';
    last = piece.turn;
    times.push({ offset: out.length, start: piece.start, ...(piece.name === undefined ? {} : { speaker: piece.name }) });
    out += piece.text;
  }
  return { title: null, text: out, times };
};

/**
 * When a sentence of the text is spoken: the start of the cue its first words are in. Sentences are
 * looked for in order, from where the last was found; one not found (changed by cleaning) gets none.
 */
export const sentenceCues = (text: string, times: readonly Cue[], sentences: readonly string[]): (Cue | undefined)[] => {
  let from = 0;
  return sentences.map((sentence) => {
    const probe = sentence.slice(0, 40);
    let at = text.indexOf(probe, from);
    if (at < 0) at = text.indexOf(probe);
    if (at < 0) return undefined;
    from = at + 1;
    let found: Cue | undefined;
    for (const cue of times) {
      if (cue.offset > at) break;
      found = cue;
    }
    return found;
  });
};

/** When each sentence is spoken (see sentenceCues). */
export const sentenceStarts = (text: string, times: readonly Cue[], sentences: readonly string[]): (number | undefined)[] =>
  sentenceCues(text, times, sentences).map((cue) => cue?.start);

/** A summary of captions with each sentence's start time and speaker. */
export const withStarts = (summary: Summary, text: string, times: readonly Cue[]): Summary => {
  const cues = sentenceCues(text, times, summary.sentences.map((s) => s.text));
  return {
    ...summary,
    sentences: summary.sentences.map((s, i) => {
      const cue = cues[i];
      return cue === undefined ? s : { ...s, start: cue.start, ...(cue.speaker === undefined ? {} : { speaker: cue.speaker }) };
    }),
  };
};
