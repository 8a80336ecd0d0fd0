import { eventHash } from './event-hash';
import { commitEvent, type LoggedEvent } from './evidence-leaf';
import { testEvidenceSecret, testLog } from './evidence-bundle.testing';
import { recomputeShownEntry } from './shown-entry';

const [first, second] = testLog(2);
/** Keys out of canonical order and texts that need escaping: the recomputation must canonicalize them itself. */
const awkward: LoggedEvent = {
  ...second,
  data: {
    zin: 'aanhalingsteken " backslash \\ regel\neinde € 😀',
    amountCents: 72_800_000_000,
    bronnen: [{ title: 'Voorjaarsnota', date: '2025-05-15' }],
    leeg: undefined,
  },
  metadata: { recordedBy: 'griffie', classification: { level: 'parties' }, occurredOn: '2025-04-16' },
};
const saltsOf = (event: LoggedEvent) =>
  Object.fromEntries(commitEvent(event, testEvidenceSecret).fields.map((field) => [field.name, field.salt]));

describe('recomputeShownEntry', () => {
  it.each([
    ['a logged event', first],
    ['an event with keys out of order and awkward texts', awkward],
  ])('gives the chain hash and the entry commitment the ledger computes, for %s', (_label, event) => {
    const { hash: _hash, ...covered } = event;
    expect(recomputeShownEntry(event, saltsOf(event))).toEqual({
      chainHash: eventHash(covered),
      commitment: commitEvent(event, testEvidenceSecret).commitment,
    });
  });

  it('gives another chain hash and commitment when a field is altered', () => {
    const altered = { ...first, data: { ...first.data, amountCents: 1 } };
    const recomputed = recomputeShownEntry(altered, saltsOf(first));
    expect(recomputed.chainHash).not.toBe(first.hash);
    expect(recomputed.commitment).not.toBe(commitEvent(first, testEvidenceSecret).commitment);
  });

  const salts = saltsOf(first);
  const [firstName, secondName] = Object.keys(salts);
  it.each([
    ['a missing salt', { ...salts, [firstName]: undefined }],
    ['an extra salt', { ...salts, 'data.extra': salts[firstName] }],
    ['a salt that is not 16 bytes of base64', { ...salts, [firstName]: 'c2FsdA==' }],
    ['a salt that is not canonical base64', { ...salts, [firstName]: `${salts[firstName].slice(0, 21)}B==` }],
    [
      'a salt under another name',
      Object.fromEntries(
        Object.entries(salts).map(([name, salt]) => [name === secondName ? 'data.other' : name, salt]),
      ),
    ],
  ])('has no commitment for %s', (_label, wrongSalts) => {
    expect(recomputeShownEntry(first, wrongSalts as Record<string, unknown>).commitment).toBeNull();
  });
});
