// Lines of a stream, each held in memory only up to a cap: a longer line is skipped as it streams by
// and reported by its size, so one huge record cannot take the memory of the whole run.
import type { Readable } from 'node:stream';

export type Line = { readonly text: string } | { readonly tooLong: number };

const NEWLINE = 0x0a;

/** Each line of `stream` (without its \n or \r\n), as UTF-8 text, or as too long past `maxBytes`. */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const finish = (): Line => {
    const line: Line = skipping ? { tooLong: size } : { text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    skipping = false;
    return line;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE, start); ; nl = buf.indexOf(NEWLINE, start)) {
      const end = nl < 0 ? buf.length : nl;
      size += end - start;
      if (size > maxBytes) {
        skipping = true;
        parts = [];
      } else if (end > start) parts.push(buf.subarray(start, end));
      if (nl < 0) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield finish();
}
