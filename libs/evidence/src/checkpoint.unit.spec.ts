import { formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint';
import { hashLeaf, toBase64 } from './merkle-hash';
import { createNoteSigner, parseVerifierKey, verifierKeyOf } from './note-key';
import { signNote } from './signed-note';

const seed = (byte: number) => new Uint8Array(32).fill(byte);
const ORIGIN = 'ledger.example/onderhandelingen';
const logKey = createNoteSigner(ORIGIN, seed(1));
const strangerKey = createNoteSigner('stranger.example/key', seed(3));
const pinned = [parseVerifierKey(verifierKeyOf(logKey))!];
const root = hashLeaf(Uint8Array.of(7));
const checkpoint = { origin: ORIGIN, size: 20852163, root, extensions: [] };

describe('checkpoints', () => {
  it('formats the C2SP body: origin, decimal size and base64 root, one per line', () => {
    expect(formatCheckpoint(checkpoint)).toBe(`${ORIGIN}\n20852163\n${toBase64(root)}\n`);
    expect(formatCheckpoint({ ...checkpoint, extensions: ['meeting BO Jeugd 2025-04-04'] })).toMatch(
      /\nmeeting BO Jeugd 2025-04-04\n$/,
    );
  });

  it('round-trips through a signed note verified against the pinned key', () => {
    const opened = openCheckpoint(signCheckpoint(checkpoint, [logKey]), pinned);
    expect(opened.ok).toBe(true);
    expect(opened.ok && opened.checkpoint).toEqual(checkpoint);
  });

  it('is unverified when signed by a key that is not pinned', () => {
    expect(openCheckpoint(signCheckpoint(checkpoint, [strangerKey]), pinned)).toMatchObject({
      ok: false,
      reason: 'unverified',
    });
  });

  it('is unverified when the size was altered after signing', () => {
    const note = signCheckpoint(checkpoint, [logKey]).replace('20852163', '20852164');
    expect(openCheckpoint(note, pinned)).toMatchObject({
      ok: false,
      reason: 'unverified',
      verification: { invalid: [expect.any(String)] },
    });
  });

  it.each([
    ['a leading zero in the size', `${ORIGIN}\n012\n${toBase64(root)}\n`],
    ['a negative size', `${ORIGIN}\n-1\n${toBase64(root)}\n`],
    ['a short root', `${ORIGIN}\n12\n${toBase64(root.slice(1))}\n`],
    ['an empty origin', `\n12\n${toBase64(root)}\n`],
    ['no root line', `${ORIGIN}\n12\n`],
    ['an empty extension line', `${ORIGIN}\n12\n${toBase64(root)}\nx\n\ny\n`],
  ])('refuses a body with %s', (_label, body) => {
    expect(parseCheckpoint(body)).toBeNull();
  });

  it('refuses a signed note whose body is not a checkpoint', () => {
    expect(openCheckpoint(signNote('hello\n', [logKey]), pinned)).toEqual({
      ok: false,
      reason: 'malformed-checkpoint',
    });
    expect(openCheckpoint('garbage', pinned)).toEqual({ ok: false, reason: 'malformed-note' });
  });
});
