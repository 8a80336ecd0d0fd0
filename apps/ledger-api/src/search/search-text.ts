import type { RecordedEvent } from '@ledger/event-store';
import { isSealed } from '@ledger/personal-data';

/** Keys whose values are codes or identifiers, not words anyone would search for. */
const CODE_KEY = /(Id|Ids|kind|precision|nature|basis|forum|stance|level|status|start|end|sha256|amountCents|On)$/;

function collectWords(value: unknown, key: string, into: string[]): void {
  if (typeof value === 'string') {
    // Sealed personal data stays out of the index: its ciphertext is no word, and its plain text must stay erasable.
    if (!CODE_KEY.test(key) && !isSealed(value)) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectWords(item, key, into);
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) collectWords(child, childKey, into);
  }
}

/** The words an entry is found by: its titles, terms, reasons and other prose, and its sources' titles and quotes. */
export function searchableText(event: RecordedEvent): string {
  const words: string[] = [];
  collectWords(event.data, '', words);
  for (const source of event.metadata.sources ?? []) words.push(source.document.title, source.quote);
  return words.join('\n');
}

/**
 * A user's words as an FTS5 query: every word must occur, each as a prefix, so "compens gemeent" finds
 * "compensatie voor gemeenten". Each word is quoted, so FTS5 operators and punctuation in the input are plain text.
 */
export function ftsQueryOf(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}
