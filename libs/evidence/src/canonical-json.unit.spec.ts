import canonicalizeJson from 'canonicalize';
import { canonicalJson, inCanonicalOrder } from './canonical-json';
import { seededGenerator } from './seeded-random.testing';

const next = seededGenerator(2025);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
const KEYS = [
  'b',
  'a',
  'é',
  'A',
  '€',
  'aa',
  '10',
  '9',
  '\u2028',
  '😀',
  '',
  'a.b',
  'x-y',
  '__proto__',
  'quote"d',
  '\ud800',
];
const TEXTS = ['', 'tekst', 'aanhalingsteken " en \\ backslash', 'regel\neinde\t', '€ 728 mln', '😀', '\u0001'];

/** A random JSON value, objects with their keys in random order. */
function randomValue(depth: number): unknown {
  const kind = depth > 3 ? Math.floor(next() * 4) : Math.floor(next() * 6);
  if (kind === 0) return pick(TEXTS);
  if (kind === 1) return pick([0, -1, 42, 72_800_000_000, 2 ** 53 - 1, 1.5, -0]);
  if (kind === 2) return pick([true, false, null]);
  if (kind === 3) return pick(TEXTS) + String(Math.floor(next() * 100));
  if (kind === 4) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick(KEYS), randomValue(depth + 1)]));
}

describe('canonicalJson', () => {
  it('writes exactly what the RFC 8785 canonicalizer writes, for values in and out of canonical key order', () => {
    for (let i = 0; i < 2_000; i += 1) {
      const value = randomValue(0);
      expect(canonicalJson(value)).toBe(canonicalizeJson(value));
      expect(canonicalJson(inCanonicalOrder(value))).toBe(canonicalizeJson(value));
    }
  });

  it('leaves out undefined members and refuses what has no JSON form, as the canonicalizer does', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: { z: undefined, y: [1] } })).toBe('{"b":1,"c":{"y":[1]}}');
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow();
  });

  it('writes a value with toJSON through it, in canonical order', () => {
    expect(canonicalJson({ at: new Date('2025-04-16T00:00:00Z'), b: { toJSON: () => ({ y: 1, x: 2 }) } })).toBe(
      '{"at":"2025-04-16T00:00:00.000Z","b":{"x":2,"y":1}}',
    );
  });
});
