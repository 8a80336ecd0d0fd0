import { signCheckpoint } from './checkpoint';
import { verifyBundle, verifyBundleJson } from './bundle-verifier';
import type { BundleEntry, EvidenceBundle } from './evidence-bundle';
import type { LoggedEvent } from './evidence-leaf';
import { buildTestBundle, TEST_ORIGIN, testLogKey, testPinnedKeys } from './evidence-bundle.testing';
import { eventHash } from './event-hash';
import { EMPTY_ROOT } from './merkle-hash';
import { createNoteSigner, verifierKeyOf } from './note-key';

const bundle = buildTestBundle();
const failures = (report: ReturnType<typeof verifyBundle>) =>
  report.checks.filter((item) => item.status === 'FAIL').map(({ check, where }) => ({ check, where }));
const withEntries = (entries: readonly BundleEntry[]): EvidenceBundle => ({ ...bundle, entries });

describe('verifyBundle on an honest bundle', () => {
  const report = verifyBundle(bundle, testPinnedKeys);

  it('passes every check', () => {
    expect(failures(report)).toEqual([]);
    expect(report.verdict).toBe('PASS');
  });

  it('counts disclosed, partly shown and withheld entries, and withheld fields, without their content', () => {
    expect(report.summary).toEqual({
      checkpoints: 2,
      entries: 7,
      disclosedEntries: 2,
      partialEntries: 2,
      withheldEntries: 3,
      withheldFields: 2,
    });
    expect(JSON.stringify(report)).not.toContain('vertrouwelijk');
  });

  it('reports each check in Dutch and in English', () => {
    const inclusion = report.checks.find((item) => item.check === 'inclusion');
    expect(inclusion).toEqual({
      check: 'inclusion',
      status: 'PASS',
      where: 'entries[0]',
      message: {
        nl: 'Item 2 is opgenomen in het checkpoint van 10 items.',
        en: 'Entry 2 is included in the checkpoint of 10 entries.',
      },
    });
  });

  it('accepts the same bundle as JSON text', () => {
    expect(verifyBundleJson(JSON.stringify(bundle), testPinnedKeys).verdict).toBe('PASS');
  });
});

describe('verifyBundle names where a bundle was tampered with', () => {
  it('detects one altered byte in a disclosed event: its chain hash and its leaf no longer match', () => {
    const entries = bundle.entries.map((entry) =>
      entry.kind === 'disclosed' && entry.index === 3
        ? { ...entry, envelope: { ...entry.envelope, data: { ...entry.envelope.data, amountCents: 3_000_001 } } }
        : entry,
    );
    expect(failures(verifyBundle(withEntries(entries), testPinnedKeys))).toEqual([
      { check: 'chain', where: 'entries[1].envelope' },
      { check: 'inclusion', where: 'entries[1]' },
    ]);
  });

  it('detects an altered disclosed event whose chain hash was recomputed to match', () => {
    const entries = bundle.entries.map((entry) => {
      if (entry.kind !== 'disclosed' || entry.index !== 3) return entry;
      const { hash: _old, ...altered } = {
        ...entry.envelope,
        data: { ...entry.envelope.data, amountCents: 3_000_001 },
      };
      return { ...entry, envelope: { ...altered, hash: eventHash(altered) } };
    });
    expect(failures(verifyBundle(withEntries(entries), testPinnedKeys))).toEqual([
      { check: 'inclusion', where: 'entries[1]' },
      { check: 'chain', where: 'entries[4].envelope.prevHash' },
    ]);
  });

  it('detects a partly shown entry moved onto another leaf through its header', () => {
    const entries = bundle.entries.map((entry) =>
      entry.kind === 'partial' && entry.index === 4 ? { ...entry, header: { ...entry.header, revision: 0 } } : entry,
    );
    expect(failures(verifyBundle(withEntries(entries), testPinnedKeys))).toEqual([
      { check: 'inclusion', where: 'entries[2]' },
    ]);
  });

  it('detects a commitment swapped for that of another entry, even when its fields match it', () => {
    const other = bundle.entries[5];
    const entries = bundle.entries.map((entry) =>
      entry.kind === 'partial' && entry.index === 4 && other.kind === 'partial'
        ? { ...entry, disclosure: other.disclosure }
        : entry,
    );
    expect(failures(verifyBundle(withEntries(entries), testPinnedKeys))).toEqual([
      { check: 'inclusion', where: 'entries[2]' },
    ]);
  });

  it('detects two entries swapped', () => {
    const [a, b, ...rest] = bundle.entries;
    expect(failures(verifyBundle(withEntries([b, a, ...rest]), testPinnedKeys))).toContainEqual({
      check: 'coverage',
      where: 'entries[0]',
    });
  });

  it('detects a dropped entry', () => {
    const report = verifyBundle(withEntries(bundle.entries.filter((_, i) => i !== 3)), testPinnedKeys);
    expect(failures(report)).toEqual([{ check: 'coverage', where: 'entries[3]' }]);
  });

  it('detects a replaced checkpoint signature', () => {
    const forger = createNoteSigner(TEST_ORIGIN, new Uint8Array(32).fill(99));
    const [, latest] = bundle.checkpoints;
    const forged = `${latest.slice(0, latest.lastIndexOf('\n\n') + 2)}${signCheckpoint({ origin: TEST_ORIGIN, size: 0, root: EMPTY_ROOT, extensions: [] }, [forger]).split('\n\n')[1]}`;
    const report = verifyBundle({ ...bundle, checkpoints: [bundle.checkpoints[0], forged] }, testPinnedKeys);
    expect(failures(report)).toContainEqual({ check: 'checkpoint', where: 'checkpoints[1]' });
    expect(report.verdict).toBe('FAIL');
  });

  it('detects an altered disclosed field', () => {
    const entries = bundle.entries.map((entry) =>
      entry.kind === 'partial' && entry.index === 4
        ? {
            ...entry,
            disclosure: {
              ...entry.disclosure,
              fields: entry.disclosure.fields.map((field) =>
                'name' in field && field.name === 'data.amountCents' ? { ...field, value: 1 } : field,
              ),
            },
          }
        : entry,
    );
    expect(failures(verifyBundle(withEntries(entries), testPinnedKeys))).toEqual([
      { check: 'disclosure', where: 'entries[2].disclosure' },
    ]);
  });

  it('detects a checkpoint over a rewritten log through the consistency proof', () => {
    const otherHistory = signCheckpoint(
      { origin: TEST_ORIGIN, size: 6, root: EMPTY_ROOT.map((byte) => byte ^ 1), extensions: [] },
      [testLogKey],
    );
    const report = verifyBundle({ ...bundle, checkpoints: [otherHistory, bundle.checkpoints[1]] }, testPinnedKeys);
    expect(failures(report)).toEqual([{ check: 'consistency', where: 'consistency[0]' }]);
  });

  it('fails when no pinned key matches the signer', () => {
    const report = verifyBundle(bundle, [
      verifierKeyOf(createNoteSigner('other.example/log', new Uint8Array(32).fill(5))),
    ]);
    expect(report.verdict).toBe('FAIL');
    expect(failures(report)).toContainEqual({ check: 'checkpoint', where: 'checkpoints' });
  });

  it('fails a bundle whose entries point past the log', () => {
    const report = verifyBundle({ ...bundle, range: { from: 2, to: 12 } }, testPinnedKeys);
    expect(failures(report)).toContainEqual({ check: 'coverage', where: 'range' });
  });
});

describe('verifyBundle with a rotated key', () => {
  const newKey = createNoteSigner(TEST_ORIGIN, new Uint8Array(32).fill(12));
  const newPin = [verifierKeyOf(newKey)];
  // Rotated at 8 leaves: checkpoint 6 by the old key, checkpoint 10 by the new one.
  const signerOf = (size: number) => (size <= 8 ? testLogKey : newKey);
  const rotations = [{ from: testLogKey, to: newKey, size: 8 }];
  const rotated = buildTestBundle({ signerOf, rotations });

  it('passes pinning the old key or the new one, with the rotation a signed head among the checkpoints', () => {
    expect(failures(verifyBundle(rotated, testPinnedKeys))).toEqual([]);
    expect(failures(verifyBundle(rotated, newPin))).toEqual([]);
    expect(rotated.consistency.map(({ from, to }) => [from, to])).toEqual([
      [6, 8],
      [8, 10],
    ]);
  });

  it('does not trust the new key without the rotation', () => {
    expect(verifyBundle(buildTestBundle({ signerOf: () => newKey }), testPinnedKeys).verdict).toBe('FAIL');
  });

  it('fails a checkpoint by the retired key beyond the size it was retired at', () => {
    const report = verifyBundle(buildTestBundle({ signerOf: () => testLogKey, rotations }), newPin);
    expect(failures(report)).toContainEqual({ check: 'checkpoint', where: 'checkpoints[1]' });
    expect(report.checks.find((item) => item.where === 'checkpoints[1]')?.message.en).toContain(
      'not valid for that size',
    );
  });

  describe('a log fabricated and signed with the retired key (every amount set to 100 cents)', () => {
    const fabricate = (events: LoggedEvent[]) =>
      events.map((event) => {
        const unhashed = { ...event, data: { ...event.data, amountCents: 100 } };
        return { ...unhashed, hash: eventHash(unhashed) };
      });

    it('fails when its checkpoint lies beyond the lifetime of the old key', () => {
      const forged = buildTestBundle({ rewrite: fabricate, signerOf: () => testLogKey, checkpointSizes: [10] });
      const report = verifyBundle(
        { ...forged, rotations: rotated.rotations, consistency: rotated.consistency.slice(1) },
        newPin,
      );
      expect(report.verdict).toBe('FAIL');
      expect(failures(report)).toContainEqual({ check: 'checkpoint', where: 'checkpoints[0]' });
    });

    it('fails when its checkpoint lies within it: the root the rotation states shows the log was rewritten', () => {
      const forged = buildTestBundle({
        rewrite: fabricate,
        signerOf: () => testLogKey,
        checkpointSizes: [7],
        range: { from: 2, to: 7 },
      });
      const honestProof = buildTestBundle({
        signerOf,
        rotations,
        checkpointSizes: [7],
        range: { from: 2, to: 7 },
      }).consistency;
      const report = verifyBundle({ ...forged, rotations: rotated.rotations, consistency: honestProof }, newPin);
      expect(failures(report)).toContainEqual({ check: 'consistency', where: 'consistency[0]' });
    });

    it('fails without the rotation, the old key then not being trusted at all', () => {
      const forged = buildTestBundle({ rewrite: fabricate, signerOf: () => testLogKey });
      expect(failures(verifyBundle(forged, newPin))).toContainEqual({ check: 'checkpoint', where: 'checkpoints[0]' });
    });
  });
});

describe('verifyBundle on malformed input', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['an unknown format', { ...bundle, format: 'v0' }],
    ['an extra key', { ...bundle, signedBy: 'us' }],
    [
      'an entry with an upper-case hash',
      withEntries([{ ...bundle.entries[2], leafHash: 'A'.repeat(64) } as BundleEntry]),
    ],
    ['no entries', { ...bundle, entries: [], range: { from: 0, to: 0 } }],
    ['an envelope that is not an object', withEntries([{ ...bundle.entries[1], envelope: 'event-3' } as never])],
    [
      'an envelope with its global position',
      withEntries([
        {
          ...bundle.entries[1],
          envelope: { ...(bundle.entries[1] as { envelope: object }).envelope, globalPosition: 4 },
        } as never,
      ]),
    ],
  ])('fails %s without throwing', (_label, input) => {
    expect(verifyBundle(input, testPinnedKeys).verdict).toBe('FAIL');
  });

  it('fails JSON text cut short', () => {
    const text = JSON.stringify(bundle);
    expect(verifyBundleJson(text.slice(0, text.length - 1), testPinnedKeys).checks).toEqual([
      expect.objectContaining({ check: 'bundle-format', status: 'FAIL', where: '(json)' }),
    ]);
  });
});
