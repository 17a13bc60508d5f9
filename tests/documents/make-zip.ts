// Word files and EPUB books built in the tests from text written for them, with fflate.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx: a paragraph in the Title style, then the paragraphs (a `# ` prefix makes a Heading 1). */
export const makeDocx = (title: string, paragraphs: readonly string[], options: { coreTitle?: string } = {}): Buffer => {
  const para = (text: string, style?: string): string =>
    `<w:p>${style === undefined ? '' : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  const body = [para(title, 'Title'), ...paragraphs.map((p) => (p.startsWith('# ') ? para(p.slice(2), 'Heading1') : para(p)))].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  };
  if (options.coreTitle !== undefined) {
    files['docProps/core.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        `<dc:title>${esc(options.coreTitle)}</dc:title></cp:coreProperties>`,
    );
  }
  return Buffer.from(zipSync(files));
};

/**
 * An .epub whose chapters are listed in its manifest in the reverse of their spine order, so that a
 * reader going by the manifest (or the zip's order) reads them wrong.
 */
export const makeEpub = (title: string, chapters: ReadonlyArray<readonly string[]>): Buffer => {
  const xhtml = (paras: readonly string[], i: number): Uint8Array =>
    strToU8(
      `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${esc(title)}</title></head>` +
        `<body><h2>Chapter ${i + 1}</h2>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</body></html>`,
    );
  const ids = chapters.map((_, i) => `ch${i + 1}`);
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>' +
        '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    'OEBPS/content.opf': strToU8(
      '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">' +
        `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">test-book</dc:identifier><dc:title>${esc(title)}</dc:title><dc:language>en</dc:language></metadata>` +
        `<manifest>${[...ids].reverse().map((id) => `<item id="${id}" href="text/${id}.xhtml" media-type="application/xhtml+xml"/>`).join('')}</manifest>` +
        `<spine>${ids.map((id) => `<itemref idref="${id}"/>`).join('')}</spine></package>`,
    ),
  };
  [...chapters.entries()].reverse().forEach(([i, paras]) => (files[`OEBPS/text/ch${i + 1}.xhtml`] = xhtml(paras, i)));
  return Buffer.from(zipSync(files));
};
