import canonicalizeJson from 'canonicalize';

/**
 * RFC 8785 (JCS) canonical JSON. The ledger stores no floats (money is integer cents), so every value
 * canonicalizes the same way in any language; undefined members are dropped as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalizeJson(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}
