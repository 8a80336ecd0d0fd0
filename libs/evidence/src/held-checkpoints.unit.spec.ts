import { verifyBundle } from './bundle-verifier';
import { signCheckpoint } from './checkpoint';
import { eventHash } from './event-hash';
import { buildTestBundle, TEST_ORIGIN, testPinnedKeys } from './evidence-bundle.testing';
import type { LoggedEvent } from './evidence-leaf';
import { hashLeaf } from './merkle-hash';
import { createNoteSigner } from './note-key';

const bundle = buildTestBundle();
const heldResults = (held: readonly string[]) =>
  verifyBundle(bundle, testPinnedKeys, { heldCheckpoints: held })
    .checks.filter((item) => item.check === 'held-checkpoint')
    .map(({ status, message }) => `${status} ${message.en}`);

/** The same log with one amount changed, as a ledger showing another party another history would sign it. */
const forked = buildTestBundle({
  rewrite: (events: LoggedEvent[]) =>
    events.map((event, index) => {
      if (index !== 1) return event;
      const unhashed = { ...event, data: { ...event.data, amountCents: 100 } };
      return { ...unhashed, hash: eventHash(unhashed) };
    }),
});

describe('a checkpoint the reader already holds', () => {
  it('passes when it is one of the bundle heads with the same root', () => {
    expect(heldResults([bundle.checkpoints[0]])).toEqual([
      'PASS The bundle extends the checkpoint of 6 entries you hold.',
    ]);
    expect(verifyBundle(bundle, testPinnedKeys, { heldCheckpoints: [bundle.checkpoints[0]] }).verdict).toBe('PASS');
  });

  it('fails when the reader was shown another version of the log at that size (a split view)', () => {
    expect(heldResults([forked.checkpoints[0]])).toEqual([
      'FAIL Two signed heads of the log at 6 entries differ: the log was shown in two versions.',
    ]);
  });

  it('fails when the bundle does not reach it, as there is then no proof the log only grew since', () => {
    const held = signCheckpoint({ origin: TEST_ORIGIN, size: 7, root: hashLeaf(Uint8Array.of(1)), extensions: [] }, [
      createNoteSigner(TEST_ORIGIN, new Uint8Array(32).fill(11)),
    ]);
    expect(heldResults([held])).toEqual([expect.stringMatching(/^FAIL The bundle has no signed head of 7 entries/)]);
  });

  it('fails when no pinned key signed it', () => {
    const stranger = signCheckpoint(
      { origin: TEST_ORIGIN, size: 6, root: hashLeaf(Uint8Array.of(1)), extensions: [] },
      [createNoteSigner(TEST_ORIGIN, new Uint8Array(32).fill(99))],
    );
    expect(heldResults([stranger, 'not a note'])).toEqual([
      expect.stringMatching(/^FAIL The checkpoint you hold is not validly signed/),
      expect.stringMatching(/^FAIL/),
    ]);
  });
});
