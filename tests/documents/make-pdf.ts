// Small PDFs written by hand for the tests: pages of text lines placed where a paper places them
// (Helvetica, no embedded fonts), with an optional metadata title and an optional /Encrypt entry.

/** One line of text: where its baseline starts and how large it is. */
export type PdfLine = { readonly text: string; readonly x: number; readonly y: number; readonly size?: number };

export type PdfOptions = {
  readonly title?: string;
  /** An encryption dictionary whose user password is not empty: a reader must ask for it. */
  readonly encrypted?: boolean;
  /** Draw a filled rectangle on each page (an image stands for a scan) and no text. */
  readonly scanned?: boolean;
};

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF of the given pages (595 × 842 points, A4), each a list of lines. */
export const makePdf = (pages: readonly (readonly PdfLine[])[], options: PdfOptions = {}): Buffer => {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = options.scanned
      ? '0.5 g 40 60 515 720 re f'
      : lines.map((l) => `BT /F1 ${l.size ?? 10} Tf 1 0 0 1 ${l.x} ${l.y} Tm (${escape(l.text)}) Tj ET`).join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = options.title === undefined ? undefined : add(`<< /Title (${escape(options.title)}) >>`);
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : undefined;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
};

/** Words wrapped into lines of at most `width` characters. */
export const wrap = (text: string, width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
};

export type PaperOptions = {
  readonly title: string;
  /** The running header on every page but the first. */
  readonly header?: string;
  /** Page 1's own header line, where the running header sits on the others. */
  readonly firstHeader?: string;
  /** "Page x of y" at the foot of every page. */
  readonly footer?: boolean;
  /** Lines per column. */
  readonly rows?: number;
};

/**
 * A two-column paper: the title across the top of page 1 (16 pt), then the paragraphs in 10 pt,
 * each first line indented, down the left column and then the right, page after page.
 */
export const paperPdf = (paragraphs: readonly string[], o: PaperOptions, extra: (page: number) => PdfLine[] = () => []): Buffer => {
  const rows = o.rows ?? 45;
  const lines = paragraphs.flatMap((p) => wrap(p, 48).map((text, i) => ({ text, indent: i === 0 })));
  const pages: PdfLine[][] = [];
  let at = 0;
  for (let page = 0; at < lines.length; page++) {
    const out: PdfLine[] = [];
    if (page === 0) out.push({ text: o.title, x: 120, y: 770, size: 16 });
    for (let col = 0; col < 2 && at < lines.length; col++) {
      const top = page === 0 ? 740 : 780;
      for (let r = 0; r < rows && at < lines.length; r++, at++) {
        const line = lines[at] as { text: string; indent: boolean };
        out.push({ text: line.text, x: (col === 0 ? 50 : 310) + (line.indent ? 12 : 0), y: top - r * 13.5 });
      }
    }
    const header = page === 0 ? (o.firstHeader ?? o.header) : o.header;
    if (header !== undefined) out.push({ text: header, x: 200, y: 815, size: 8 });
    out.push(...extra(page));
    pages.push(out);
  }
  if (o.footer) pages.forEach((p, i) => p.push({ text: `Page ${i + 1} of ${pages.length}`, x: 280, y: 25, size: 8 }));
  return makePdf(pages, {});
};
