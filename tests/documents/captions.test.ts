import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCaptions, parseCues, sentenceStarts } from '../../src/extract/captions.js';
import { runCli } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'summarize-captions-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A talk cut every few words, as captions cut it: [start second, text]. */
const TALK: ReadonlyArray<[number, string]> = [
  [1, 'ANA: Welcome to the harbour'],
  [3, 'council, where tonight we'],
  [5, 'talk about the rooftop bees.'],
  [8, 'The survey counted two hundred'],
  [11, 'hives on ninety warehouse roofs.'],
  [14, '[Music]'],
  [75, 'BEN: Thank you, Ana. The'],
  [78, 'ecologists want a pause before'],
  [81, 'any new hives are licensed.'],
  [84, 'Solitary bees need the same'],
  [87, 'flowers along the railway banks.'],
  [752, 'ANA: The council agreed to'],
  [754, 'count the solitary bees first.'],
];

const stamp = (s: number, sep: string, hours = true): string => {
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${hours ? `${hh}:` : ''}${mm}:${ss}${sep}500`;
};

const srt = TALK.map(([s, t], i) => `${i + 1}\n${stamp(s, ',')} --> ${stamp(s + 2, ',')}\n<i>${t}</i>\n`).join('\n');

const vtt =
  'WEBVTT - the harbour council\n\nNOTE written for the tests\n\nSTYLE\n::cue { color: yellow }\n\n' +
  TALK.map(([s, t], i) => {
    const voiced = t.replace(/^(ANA|BEN): (.*)$/, (_, who: string, rest: string) => `<v ${who === 'ANA' ? 'Ana' : 'Ben'}>${rest}`);
    return `cue-${i}\n${stamp(s, '.', false)} --> ${stamp(s + 2, '.', false)} align:start position:10%\n${voiced.replace('&', '&amp;')}\n`;
  }).join('\n');

const PARAGRAPHS = [
  'Welcome to the harbour council, where tonight we talk about the rooftop bees. The survey counted two hundred hives on ninety warehouse roofs.',
  'Thank you, Ana. The ecologists want a pause before any new hives are licensed. Solitary bees need the same flowers along the railway banks.',
  'The council agreed to count the solitary bees first.',
];

describe('captions', () => {
  it.each([
    ['srt', srt],
    ['vtt', vtt],
  ] as const)('%s: cue numbers, timings, tags, sounds and speaker labels dropped; cues joined; a paragraph per speaker', (format, text) => {
    const extracted = extractCaptions(text, format);
    expect(extracted.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('reads WebVTT times without hours, and skips its header, notes and styles', () => {
    const cues = parseCues(vtt);
    expect(cues).toHaveLength(TALK.length);
    expect(cues[0]!.start).toBe(1.5);
    expect(cues[11]!.start).toBe(752.5);
  });

  it('knows when each sentence starts: the cue its first words are in', () => {
    const { text, times } = extractCaptions(srt, 'srt');
    const starts = sentenceStarts(text, times!, ['The survey counted two hundred hives on ninety warehouse roofs.', 'The council agreed to count the solitary bees first.']);
    expect(starts).toEqual([8.5, 752.5]);
  });

  it('puts the start time before each sentence on a terminal, and in JSON; piped output stays bare', async () => {
    const path = file('talk.srt', srt);
    const terminal = await runCli(['-n', '5', path], { tty: true, env: { NO_COLOR: '1' } });
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toMatch(/\[\d\d:\d\d\] /);
    const json = JSON.parse((await runCli(['--json', '-n', '5', path])).stdout) as { sentences: { text: string; start: number }[] };
    expect(json.sentences.map((s) => [s.start, s.text])).toContainEqual([752.5, 'The council agreed to count the solitary bees first.']);
    // the label is the speaker, in JSON, never a word of the sentence
    expect(json.sentences.map((s) => (s as { speaker?: string }).speaker)).toContain('Ben');
    expect(json.sentences.some((s) => /ANA|BEN|Ana:|Ben:/.test(s.text))).toBe(false);
    expect(json.sentences.every((s) => typeof s.start === 'number')).toBe(true);
    const piped = await runCli(['-n', '5', path]);
    expect(piped.stdout).toContain('The council agreed to count the solitary bees first.\n');
    expect(piped.stdout).not.toMatch(/\[\d|-->|ANA|BEN|<i>/);
    expect(terminal.stdout).toContain('[12:32] The council agreed');
  });

  it('is recognised by its content on standard input and under another name', async () => {
    for (const [argv, stdin] of [
      [['-n', '5'], vtt],
      [['-n', '5', file('talk.txt', srt)], undefined],
    ] as const) {
      const { code, stdout } = await runCli([...argv], stdin === undefined ? {} : { stdin });
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/-->|WEBVTT|^\d+$/m);
      expect(stdout).toContain('The council agreed to count the solitary bees first.');
    }
  });

  it('is read as captions when --input says so', async () => {
    const path = file('talk.log', `\n${srt}`);
    const { stdout } = await runCli(['--input', 'srt', '-n', '5', path]);
    expect(stdout).not.toMatch(/-->/);
    expect(stdout).toContain('The council agreed to count the solitary bees first.');
  });
});
