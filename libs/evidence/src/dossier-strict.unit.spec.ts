import { canonicalJson } from './canonical-json';
import { verifyDossier, verifyDossierJson, type Dossier } from './dossier';
import { buildTestDossier, resigned } from './dossier.testing';
import { testPinnedKeys } from './evidence-bundle.testing';
import { seededGenerator } from './seeded-random.testing';
import { parseStrictJson } from './strict-json';

const honest: Dossier = buildTestDossier();
const honestText = canonicalJson(honest);
const failuresOf = (report: ReturnType<typeof verifyDossier>) =>
  report.checks.filter((item) => item.status === 'FAIL').map(({ check, where }) => `${check} ${where}`);

/** Re-assembles the manifest over edited parts, as a forger who understands it would. */
const remanifested = (parts: Partial<Dossier>): Dossier => resigned(honest, parts);

describe('a dossier read strictly', () => {
  it('passes as exported, as text and as a value', () => {
    expect(verifyDossierJson(honestText, testPinnedKeys).verdict).toBe('PASS');
    expect(verifyDossier(JSON.parse(honestText), testPinnedKeys).verdict).toBe('PASS');
  });

  it('refuses a repeated key, a forged value placed before the real one, naming it', () => {
    const text = honestText.replace('"exportedAt":', '"exportedAt":"2030-01-01T00:00:00.000Z","exportedAt":');
    expect(JSON.parse(text)).toEqual(honest);
    expect(failuresOf(verifyDossierJson(text, testPinnedKeys))).toEqual(['bundle-format (json)']);
    expect(verifyDossierJson(text, testPinnedKeys).checks[0].message.en).toContain('duplicate key "exportedAt"');
  });

  it('refuses a repeated key written with an escape, deep inside the bundle', () => {
    const text = honestText.replace('"index":3,', '"index":3,"\\u0069ndex":3,');
    expect(text).not.toBe(honestText);
    expect(verifyDossierJson(text, testPinnedKeys).checks[0].message.en).toContain('duplicate key "index"');
  });

  it.each([
    ['{"x":"he said \\"x\\": \\\\","x":1}', 'duplicate key "x"'],
    ['{"x":"\\\\","y":"\\"x\\":1"}', null],
    ['{"a":{"x":1},"b":{"x":2},"x":[{"x":3}]}', null],
  ])('tells escaped quotes and nested objects apart: %s', (text, problem) => {
    const reading = parseStrictJson(text);
    expect(reading.ok ? null : reading.problem.slice(0, problem?.length)).toBe(problem);
  });

  it.each([
    ['53.0 as an index', '"index":3,', '"index":3.0,'],
    ['an exponent', '"index":3,', '"index":0.3e1,'],
    ['a leading zero', '"index":3,', '"index":03,'],
    ['minus zero', '"fields":2', '"fields":-0'],
  ])('refuses a number written otherwise than RFC 8785 writes it: %s', (_label, from, to) => {
    const text = honestText.replace(from, to);
    expect(text).not.toBe(honestText);
    expect(verifyDossierJson(text, testPinnedKeys).verdict).toBe('FAIL');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown top-level key', { ...honest, signedBy: 'the court' }, '(dossier keys)'],
    ['an unknown subject key', { ...honest, subject: { ...honest.subject, scope: 'all' } }, 'subject'],
    ['an unknown withheld key', { ...honest, withheld: { ...honest.withheld, hidden: 0 } }, 'withheld'],
    ['an unknown manifest key', { ...honest, manifest: { ...honest.manifest, signature: 'x' } }, 'manifest'],
    ['manifest algorithm md5', { ...honest, manifest: { ...honest.manifest, algorithm: 'md5' } }, 'manifest.algorithm'],
    [
      'an extra manifest part',
      { ...honest, manifest: { ...honest.manifest, parts: { ...honest.manifest.parts, notes: 'ab'.repeat(32) } } },
      'manifest.parts',
    ],
    [
      'a manifest part missing',
      { ...honest, manifest: { ...honest.manifest, parts: { ...honest.manifest.parts, specification: undefined } } },
      'manifest.parts',
    ],
    [
      'a manifest hash in upper case',
      { ...honest, manifest: { ...honest.manifest, parts: { ...honest.manifest.parts, evidence: 'AB'.repeat(32) } } },
      'manifest.parts.evidence',
    ],
    [
      'withheld entries of -5',
      remanifested({ withheld: { ...honest.withheld, entries: -5, outsideSubject: 8 } }),
      'withheld.entries',
    ],
    [
      'withheld fields as a string',
      remanifested({ withheld: { ...honest.withheld, fields: '2' as never } }),
      'withheld.fields',
    ],
    ['withheld fields of 2.5', remanifested({ withheld: { ...honest.withheld, fields: 2.5 } }), 'withheld.fields'],
    ['an export time that is no instant', remanifested({ exportedAt: 'yesterday' }), 'exportedAt'],
    [
      'a subject day that is no day',
      remanifested({ subject: { ...honest.subject, from: '16 april' } }),
      'subject.from',
    ],
    ['public keys that are not strings', remanifested({ publicKeys: [1] as never }), 'publicKeys'],
  ])('refuses %s, naming where', (_label, dossier, where) => {
    const report = verifyDossier(JSON.parse(JSON.stringify(dossier)), testPinnedKeys);
    expect(failuresOf(report)).toEqual([`bundle-format ${where}`]);
  });

  it('covers the embedded specification by the manifest', () => {
    const report = verifyDossier({ ...honest, specification: 'FORMAT.md, with a friendlier rule' }, testPinnedKeys);
    expect(failuresOf(report)).toEqual(['manifest manifest.parts.specification']);
  });

  it('fails, and never throws, on any single character changed, inserted or removed', () => {
    const random = seededGenerator(15);
    const alphabet = '{}[]",:0123456789.-eE abcdef\\';
    for (let round = 0; round < 300; round += 1) {
      const at = Math.floor(random() * honestText.length);
      const character = alphabet[Math.floor(random() * alphabet.length)];
      const edits = [
        honestText.slice(0, at) + character + honestText.slice(at + 1),
        honestText.slice(0, at) + character + honestText.slice(at),
        honestText.slice(0, at) + honestText.slice(at + 1),
      ];
      for (const text of edits) {
        // Some edits leave the value equal (a digit of a hash replaced by itself, a space inserted between tokens).
        const same = (() => {
          try {
            return canonicalJson(JSON.parse(text)) === honestText;
          } catch {
            return false;
          }
        })();
        expect(verifyDossierJson(text, testPinnedKeys).verdict).toBe(same ? 'PASS' : 'FAIL');
      }
    }
  });
});
