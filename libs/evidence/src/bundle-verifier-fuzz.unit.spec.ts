import { canonicalJson } from './canonical-json';
import { verifyBundle, verifyBundleJson } from './bundle-verifier';
import { buildTestBundle, testPinnedKeys } from './evidence-bundle.testing';
import { seededGenerator } from './seeded-random.testing';

// Property: whatever it is fed, the verifier returns a report (never throws) and never says PASS unless
// the bundle is exactly the honest one. Seeded, so a failing case repeats; no new dependencies.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const honest = buildTestBundle({ logSize: 7, checkpointSizes: [3, 7], range: { from: 1, to: 6 } });
const honestJson = JSON.stringify(honest);
const VOCABULARY = [
  'format',
  'origin',
  'range',
  'entries',
  'checkpoints',
  'consistency',
  'rotations',
  'kind',
  'index',
  'proof',
  'leafHash',
  'disclosure',
  'envelope',
  'withheld',
  '—',
  '\n\n',
  '__proto__',
];

function randomJson(next: () => number, depth = 0): Json {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const kind = Math.floor(next() * (depth > 3 ? 4 : 6));
  if (kind === 0) return pick([null, true, false]);
  if (kind === 1) return pick([0, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, Math.floor(next() * 1000)]);
  if (kind === 2) return pick(VOCABULARY);
  if (kind === 3)
    return Array.from({ length: Math.floor(next() * 40) }, () => String.fromCharCode(Math.floor(next() * 0x3000))).join(
      '',
    );
  if (kind === 4) return Array.from({ length: Math.floor(next() * 4) }, () => randomJson(next, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(next() * 5) }, () => [pick(VOCABULARY), randomJson(next, depth + 1)]),
  );
}

/** Every path to a value in the bundle, containers included, so a mutation can land anywhere. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const own = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...own, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [...own, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return own;
}

function mutate(path: (string | number)[], replacement: Json | undefined): Json {
  const copy = JSON.parse(honestJson) as Json;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key], copy) as Record<
    string | number,
    Json
  >;
  const key = path[path.length - 1];
  if (replacement !== undefined) parent[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

const verdictOf = (input: unknown) => verifyBundle(input, testPinnedKeys).verdict;

describe('verifyBundle under random and damaged input', () => {
  it('passes the honest bundle the damage is made from', () => {
    expect(verdictOf(JSON.parse(honestJson))).toBe('PASS');
  });

  it('fails 300 random JSON values without throwing', () => {
    const next = seededGenerator(1);
    for (let i = 0; i < 300; i += 1) expect(verdictOf(randomJson(next))).toBe('FAIL');
  });

  it("fails the bundle's JSON cut at 300 random places", () => {
    const next = seededGenerator(2);
    for (let i = 0; i < 300; i += 1) {
      const cut = Math.floor(next() * honestJson.length);
      expect(verifyBundleJson(honestJson.slice(0, cut), testPinnedKeys).verdict).toBe('FAIL');
    }
  });

  it('fails the bundle with any one array item, key or string cut away', () => {
    const paths = pathsOf(JSON.parse(honestJson) as Json);
    for (const path of paths) {
      const original = path.reduce<Json>(
        (node, key) => (node as Record<string, Json>)[key],
        JSON.parse(honestJson) as Json,
      );
      const shortened =
        typeof original === 'string' && original.length > 0
          ? mutate(path, original.slice(0, -1))
          : mutate(path, undefined);
      expect({ path, verdict: verdictOf(shortened) }).toEqual({ path, verdict: 'FAIL' });
    }
  });

  it('fails the bundle with one value replaced by a different random value, at 400 random places', () => {
    const next = seededGenerator(3);
    const paths = pathsOf(JSON.parse(honestJson) as Json);
    for (let i = 0; i < 400; i += 1) {
      const path = paths[Math.floor(next() * paths.length)];
      const original = canonicalJson(
        path.reduce<Json>((node, key) => (node as Record<string, Json>)[key], JSON.parse(honestJson) as Json),
      );
      let replacement = randomJson(next);
      while (canonicalJson(replacement) === original) replacement = randomJson(next);
      expect({ path, verdict: verdictOf(mutate(path, replacement)) }).toEqual({ path, verdict: 'FAIL' });
    }
  });
});
