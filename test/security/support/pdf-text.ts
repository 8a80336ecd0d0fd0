import { inflateSync } from 'node:zlib';

/**
 * The words drawn on the pages of a pdfkit document, compressed or not: each content stream inflated where it
 * is deflated, then the hex strings of its TJ arrays decoded (pdfkit's standard fonts are WinAnsi, read as latin1).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const contents = [...raw.matchAll(/<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g)].map(([, dictionary, body]) =>
    dictionary.includes('/FlateDecode') ? inflateSync(Buffer.from(body, 'latin1')).toString('latin1') : body,
  );
  return contents
    .flatMap((content) => [...content.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\] TJ/g)])
    .map(([, parts]) =>
      [...parts.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''),
    )
    .join('\n');
}
