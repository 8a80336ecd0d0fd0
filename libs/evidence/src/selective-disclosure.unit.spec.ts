import { canonicalJson } from './canonical-json';
import { sha256Hex } from './merkle-hash';
import { seededSaltSource } from './seeded-random.testing';
import {
  commitEntry,
  discloseFields,
  fieldCommitment,
  verifyDisclosure,
  type Disclosure,
} from './selective-disclosure';

const entry = {
  data: { negotiationId: 'jeugdzorg-2025', amountCents: 72_800_000_000, note: 'vertrouwelijk: bod onder voorbehoud' },
  metadata: { occurredOn: '2025-04-16', recordedBy: 'vng-delegatie', classification: { level: 'parties' } },
};
const committed = commitEntry(entry, seededSaltSource(42));
const showPublicParts = (name: string) => name !== 'data.note' && name !== 'metadata.recordedBy';

describe('commitEntry', () => {
  it('commits every top-level field of data and metadata, sorted by name', () => {
    expect(committed.fields.map((field) => field.name)).toEqual([
      'data.amountCents',
      'data.negotiationId',
      'data.note',
      'metadata.classification',
      'metadata.occurredOn',
      'metadata.recordedBy',
    ]);
  });

  it('hashes each field as SHA-256 of the canonical JSON of name, salt and value', () => {
    const [first] = committed.fields;
    expect(first.commitment).toBe(fieldCommitment(first.name, first.salt, first.value));
    expect(fieldCommitment('data.x', 'c2FsdA==', { b: 1, a: 2 })).toBe(
      sha256Hex('{"name":"data.x","salt":"c2FsdA==","value":{"a":2,"b":1}}'),
    );
  });

  it('hashes texts that need escaping, and a value without a JSON form, exactly as canonical JSON writes them', () => {
    const awkward = 'aanhalingsteken " backslash \\ regel\neinde \u2028 € 😀';
    expect(fieldCommitment('data."x"', 'c2FsdA==', awkward)).toBe(
      sha256Hex(canonicalJson({ name: 'data."x"', salt: 'c2FsdA==', value: awkward })),
    );
    expect(fieldCommitment('data.x', 'c2FsdA==', undefined)).toBe(sha256Hex('{"name":"data.x","salt":"c2FsdA=="}'));
  });

  it('takes SHA-256 of the field commitments joined in committed order as the entry commitment', () => {
    const two = commitEntry({ data: { a: 1 }, metadata: { b: 2 } }, seededSaltSource(1));
    const [a, b] = two.fields.map((field) => Buffer.from(field.commitment, 'hex'));
    expect(two.commitment).toBe(sha256Hex(Buffer.concat([a, b])));
    expect(commitEntry({ data: {}, metadata: {} }, seededSaltSource(1)).commitment).toBe(sha256Hex(''));
  });

  it('is deterministic for a given random source and differs with other salts', () => {
    expect(commitEntry(entry, seededSaltSource(42)).commitment).toBe(committed.commitment);
    expect(commitEntry(entry, seededSaltSource(43)).commitment).not.toBe(committed.commitment);
  });
});

describe('disclosure', () => {
  const disclosure = discloseFields(committed, showPublicParts);

  it('verifies, showing the revealed fields and counting the withheld ones', () => {
    expect(verifyDisclosure(disclosure)).toEqual({
      ok: true,
      disclosed: {
        'data.amountCents': 72_800_000_000,
        'data.negotiationId': 'jeugdzorg-2025',
        'metadata.classification': { level: 'parties' },
        'metadata.occurredOn': '2025-04-16',
      },
      withheldFields: 2,
    });
  });

  it('reveals neither the name nor the value of a withheld field', () => {
    const exported = JSON.stringify(disclosure);
    expect(exported).not.toContain('vertrouwelijk');
    expect(exported).not.toContain('data.note');
    expect(exported).not.toContain('vng-delegatie');
  });

  const replaceField = (index: number, field: Disclosure['fields'][number]): Disclosure => ({
    ...disclosure,
    fields: disclosure.fields.map((existing, i) => (i === index ? field : existing)),
  });

  it.each([
    [
      'an altered value',
      replaceField(0, { name: 'data.amountCents', salt: committed.fields[0].salt, value: 36_400_000_000 }),
    ],
    [
      'an altered salt',
      replaceField(0, { name: 'data.amountCents', salt: committed.fields[1].salt, value: 72_800_000_000 }),
    ],
    ['a dropped withheld field', { ...disclosure, fields: disclosure.fields.filter((field) => 'name' in field) }],
    ['another entry commitment', { ...disclosure, commitment: commitEntry(entry, seededSaltSource(7)).commitment }],
  ])('rejects %s as not matching the commitment', (_label, forged) => {
    expect(verifyDisclosure(forged)).toEqual({ ok: false, reason: 'commitment-mismatch' });
  });

  it.each([
    ['null', null],
    ['a string', 'disclosure'],
    ['an extra key', { ...disclosure, extra: true }],
    [
      'reordered shown fields',
      { ...disclosure, fields: [disclosure.fields[1], disclosure.fields[0], ...disclosure.fields.slice(2)] },
    ],
    ['a short commitment', { ...disclosure, commitment: 'abcd' }],
    ['an upper-case commitment', { ...disclosure, commitment: disclosure.commitment.toUpperCase() }],
    ['a field without a salt', replaceField(0, { name: 'data.amountCents', value: 1 } as never)],
    [
      'a value with no JSON form',
      replaceField(0, { name: 'data.amountCents', salt: committed.fields[0].salt, value: 10n }),
    ],
  ])('rejects %s as malformed without throwing', (_label, malformed) => {
    expect(verifyDisclosure(malformed)).toEqual({ ok: false, reason: 'malformed' });
  });
});
