import canonicalizeJson from 'canonicalize';

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
    for (let i = 0; i < value.length; i += 1) if (!(i in value) || value[i] === undefined || !isCanonicallyOrdered(value[i])) return false;
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

/**
 * RFC 8785 (JCS) canonical JSON. The ledger stores no floats (money is integer cents), so every value
 * canonicalizes the same way in any language; undefined members are dropped as JSON.stringify does.
 * A value already in canonical key order (as the exporter writes envelopes) takes the native
 * JSON.stringify, several times faster than the canonicalizer, which builds the text piece by piece; any
 * other value takes the canonicalizer (sorting here and stringifying the members cost more than it does).
 */
export function canonicalJson(value: unknown): string {
  const text = isCanonicallyOrdered(value) ? JSON.stringify(value) : canonicalizeJson(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

/** The same value with every object's keys in canonical order, so that canonicalJson takes the fast path. */
export const inCanonicalOrder = <T>(value: T): T => JSON.parse(canonicalJson(value)) as T;
