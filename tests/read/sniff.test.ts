import { describe, expect, it } from 'vitest';
import { load } from '../../src/read/load.js';
import { kindByName, sniffCaptions, sniffDocument } from '../../src/read/sniff.js';

const options = { maxBytes: 1 << 20, encoding: 'auto', input: 'auto' as const, timeoutMs: 1000 };
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('what bytes are, by their content', () => {
  it.each([
    ['%PDF-1.7\n…', 'pdf'],
    ['\n  %PDF-1.4\n', 'pdf'],
    ['An article about the %PDF-1.7 header.', undefined],
    ['PK\u0003\u0004\u0014\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000mimetypeapplication/epub+zip', 'epub'],
    ['PK\u0003\u0004 [Content_Types].xml word/document.xml', 'docx'],
    ['PK\u0003\u0004 some other archive', 'zip'],
    ['Plain words.', undefined],
  ])('%j is %s', (content, kind) => {
    expect(sniffDocument(bytes(content))).toBe(kind);
  });

  it.each([
    ['WEBVTT\n\n00:01.000 --> 00:02.000\nHello.', 'vtt'],
    ['\uFEFFWEBVTT - a title\n', 'vtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nHello.', 'srt'],
    ['1\r\n00:00:01,000 --> 00:00:02,000\r\nHello.', 'srt'],
    ['WEBVTTX is no header', undefined],
    ['1. The first point.\n2. The second.', undefined],
  ])('%j is %s captions', (text, kind) => {
    expect(sniffCaptions(text)).toBe(kind);
  });

  it.each([
    ['a/paper.PDF', 'pdf'],
    ['b.docx', 'docx'],
    ['c.epub', 'epub'],
    ['talk.srt', 'srt'],
    ['talk.vtt', 'vtt'],
    ['notes.txt', undefined],
  ])('%s is named %s', (name, kind) => {
    expect(kindByName(name)).toBe(kind);
  });
});

describe('records and requests stay text', () => {
  it('reads a record whose text looks like captions as text, and the same bytes from a file as captions', async () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:03.000\nThe council met tonight.\n';
    expect((await load({ kind: 'content', name: 'recs.jsonl:1', content: vtt }, options)).inputKind).toBe('text');
    expect((await load({ kind: 'content', name: 'standard input', content: bytes(vtt) }, options)).inputKind).toBe('vtt');
  });
});
