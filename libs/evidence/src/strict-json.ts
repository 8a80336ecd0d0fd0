/**
 * JSON read as FORMAT.md requires: valid RFC 8259 text in which no object repeats a key (JSON.parse
 * silently keeps the last, so a forged value placed first would be shown by one reader and checked by
 * another) and every number is written as RFC 8785 writes it (`53`, never `53.0`, `5.3e1` or `053`).
 *
 * A scan beside JSON.parse rather than a parser library: the well-kept AST parser we measured
 * (@humanwhocodes/momoa) took 16 times as long as JSON.parse on a 12 MB dossier; figures of this scan are
 * in test/bench/RESULTS.md.
 */
export type StrictJsonReading = Readonly<{ ok: true; value: unknown }> | Readonly<{ ok: false; problem: string }>;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isNumberStart = (code: number) => code === 0x2d || (code >= 0x30 && code <= 0x39);
const isNumberPart = (code: number) =>
  isNumberStart(code) || code === 0x2e || code === 0x2b || code === 0x65 || code === 0x45;

/** Where the string opened at `start` ends (the index after its closing quote); the text is valid JSON. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    // A quote preceded by an odd number of backslashes is escaped; the run stops at the opening quote at the latest.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** An object's keys so far, or null for an array; `expectsKey` when the next string is a key. */
type Frame = { keys: Set<string> | null; expectsKey: boolean };

/** The first duplicate key or non-canonical number in valid JSON text, or null. */
function firstDeviation(text: string): string | null {
  const frames: Frame[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const top = frames[frames.length - 1];
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (top?.keys && top.expectsKey) {
        const raw = text.slice(at, end);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key)) return `duplicate key ${JSON.stringify(key)} at character ${at}`;
        top.keys.add(key);
        top.expectsKey = false;
      }
      at = end;
    } else if (isNumberStart(code)) {
      let end = at + 1;
      while (end < text.length && isNumberPart(text.charCodeAt(end))) end += 1;
      const raw = text.slice(at, end);
      if (String(Number(raw)) !== raw) return `number ${raw} at character ${at} is not written as RFC 8785 writes it`;
      at = end;
    } else {
      if (code === OPEN_OBJECT) frames.push({ keys: new Set(), expectsKey: true });
      else if (code === OPEN_ARRAY) frames.push({ keys: null, expectsKey: false });
      else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) frames.pop();
      else if (code === COMMA && top?.keys) top.expectsKey = true;
      at += 1;
    }
  }
  return null;
}

/** Parses untrusted JSON text strictly; never throws. */
export function parseStrictJson(text: string): StrictJsonReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not valid JSON' };
  }
  const deviation = firstDeviation(text);
  return deviation === null ? { ok: true, value } : { ok: false, problem: deviation };
}
