/**
 * Where a quote stands in its document: offsets into the document's text (UTF-16 code units, as JavaScript
 * and the browser count them, end exclusive), the page where the text marks pages, and whether the quote is
 * the document's characters exactly or differs only in whitespace.
 */
export type QuoteLocation = Readonly<{ start: number; end: number; page?: number; exact: boolean }>;

/** Marks a page break in an extracted text: what `pdftotext` writes between pages. */
const PAGE_BREAK = '\f';
const WHITESPACE = /\s/;

/**
 * Finds quotes in one document's text. A quote is found when it is the document's text exactly, or when it
 * differs only in whitespace: a text extracted from a PDF breaks lines inside sentences and sets spaces
 * before commas (`taken , waaronder`), and a quote gives the words as a reader reads them. Every other
 * character must be the document's, in order; the first place it stands is its location.
 */
export function quoteFinder(text: string): (quote: string) => QuoteLocation | null {
  let squeezed: Squeezed | undefined;
  return (quote) => {
    if (quote.trim() === '') return null;
    const exactAt = text.indexOf(quote);
    if (exactAt >= 0) return withPage(text, { start: exactAt, end: exactAt + quote.length, exact: true });
    squeezed ??= squeeze(text);
    const needle = squeeze(quote).chars;
    const at = squeezed.chars.indexOf(needle);
    if (at < 0) return null;
    const start = squeezed.offsets[at];
    const end = squeezed.offsets[at + needle.length - 1] + 1;
    return withPage(text, { start, end, exact: false });
  };
}

/** A text without its whitespace, with the offset in the text of each character left. */
type Squeezed = Readonly<{ chars: string; offsets: readonly number[] }>;

function squeeze(text: string): Squeezed {
  const kept: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (WHITESPACE.test(text[i])) continue;
    kept.push(text[i]);
    offsets.push(i);
  }
  return { chars: kept.join(''), offsets };
}

function withPage(text: string, location: QuoteLocation): QuoteLocation {
  if (!text.includes(PAGE_BREAK)) return location;
  let page = 1;
  for (let at = text.indexOf(PAGE_BREAK); at >= 0 && at < location.start; at = text.indexOf(PAGE_BREAK, at + 1)) page++;
  return { ...location, page };
}
