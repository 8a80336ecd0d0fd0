import canonicalizeJson from 'canonicalize';
import { createHash } from 'node:crypto';

/**
 * True when JSON.stringify already writes the value canonically: only JSON values (finite numbers, no
 * undefined, no toJSON) and every object's keys in RFC 8785 order (UTF-16 code units, as `<` compares).
 * RFC 8785 writes strings and numbers as JSON.stringify does, so only key order and non-JSON values differ.
 */
function isCanonicallyOrdered(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    // A hole or undefined item is written as null by JSON.stringify, left out or nulled by the canonicalizer.
    for (let i = 0; i < value.length; i += 1)
      if (!(i in value) || value[i] === undefined || !isCanonicallyOrdered(value[i])) return false;
    return true;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  let previousKey: string | null = null;
  for (const key of Object.keys(value)) {
    if (previousKey !== null && !(previousKey < key)) return false;
    if (!isCanonicallyOrdered((value as Record<string, unknown>)[key])) return false;
    previousKey = key;
  }
  return true;
}

/** Something sortedText leaves to the canonicalizer. */
const NOT_PLAIN = Symbol('not plain JSON');

/** A key JSON writes as it is, between quotes: nothing in it to escape. */
const PLAIN_KEY = /^[A-Za-z0-9_.$-]*$/;

/**
 * The RFC 8785 text of plain JSON (objects, arrays, strings, finite numbers, booleans, null; undefined
 * members dropped): strings and numbers as JSON.stringify writes them, which is what RFC 8785 asks, and
 * object keys sorted by UTF-16 code units (Array.prototype.sort's order). NOT_PLAIN at the first thing
 * that is not plain (toJSON, a non-finite number, an undefined array item), which the canonicalizer writes.
 */
function sortedText(value: unknown): string | typeof NOT_PLAIN {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : NOT_PLAIN;
  if (typeof value !== 'object') return NOT_PLAIN;
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) {
      const itemText = i in value ? sortedText(value[i]) : NOT_PLAIN;
      if (itemText === NOT_PLAIN) return NOT_PLAIN;
      text += i === 0 ? itemText : `,${itemText}`;
    }
    return `${text}]`;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return NOT_PLAIN;
  let text = '{';
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    const memberText = sortedText(member);
    if (memberText === NOT_PLAIN) return NOT_PLAIN;
    text += `${text.length === 1 ? '' : ','}${PLAIN_KEY.test(key) ? `"${key}"` : JSON.stringify(key)}:${memberText}`;
  }
  return `${text}}`;
}

/**
 * RFC 8785 (JCS) canonical JSON. The ledger stores no floats (money is integer cents), so every value
 * canonicalizes the same way in any language; undefined members are dropped as JSON.stringify does.
 * A value already in canonical key order (as the exporter writes envelopes) takes the native
 * JSON.stringify, several times faster; other plain JSON is sorted here, a quarter faster than the
 * canonicalizer (it hashes every event on the append path); anything else takes the canonicalizer.
 */
export function canonicalJson(value: unknown): string {
  if (isCanonicallyOrdered(value)) return JSON.stringify(value);
  const sorted = sortedText(value);
  const text = sorted === NOT_PLAIN ? canonicalizeJson(value) : sorted;
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

/** The same value with every object's keys in canonical order, so that canonicalJson takes the fast path. */
export const inCanonicalOrder = <T>(value: T): T => JSON.parse(canonicalJson(value)) as T;

/**
 * The SHA-256 (hex) of `canonicalJson(record)`, written member by member and, inside array members, item
 * by item with `pace` awaited before each item: the same digest, without the whole text at once.
 */
export async function canonicalSha256InTurns(record: object, pace: () => Promise<void>): Promise<string> {
  const hash = createHash('sha256');
  let separator = '{';
  for (const key of Object.keys(record).sort()) {
    const member = (record as Record<string, unknown>)[key];
    if (member === undefined) continue;
    hash.update(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (!Array.isArray(member)) {
      hash.update(canonicalJson(member));
      continue;
    }
    for (let i = 0; i < member.length; i += 1) {
      await pace();
      hash.update(`${i === 0 ? '[' : ','}${canonicalJson(member[i] ?? null)}`);
    }
    hash.update(member.length === 0 ? '[]' : ']');
  }
  hash.update(separator === '{' ? '{}' : '}');
  return hash.digest('hex');
}
