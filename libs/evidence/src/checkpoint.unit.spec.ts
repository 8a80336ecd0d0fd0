import { formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint';
import { applyKeyRotations, signKeyRotation, verifyKeyRotation } from './key-rotation';
import { hashLeaf, toBase64 } from './merkle-hash';
import { createNoteSigner, parseVerifierKey, verifierKeyOf } from './note-key';
import { signNote } from './signed-note';

const seed = (byte: number) => new Uint8Array(32).fill(byte);
const ORIGIN = 'ledger.example/onderhandelingen';
const logKey = createNoteSigner(ORIGIN, seed(1));
const nextKey = createNoteSigner(ORIGIN, seed(2));
const strangerKey = createNoteSigner('stranger.example/key', seed(3));
const pinned = [parseVerifierKey(verifierKeyOf(logKey))!];
const root = hashLeaf(Uint8Array.of(7));
const checkpoint = { origin: ORIGIN, size: 20852163, root, extensions: [] };

describe('checkpoints', () => {
  it('formats the C2SP body: origin, decimal size and base64 root, one per line', () => {
    expect(formatCheckpoint(checkpoint)).toBe(`${ORIGIN}\n20852163\n${toBase64(root)}\n`);
    expect(formatCheckpoint({ ...checkpoint, extensions: ['meeting BO Jeugd 2025-04-04'] })).toMatch(/\nmeeting BO Jeugd 2025-04-04\n$/);
  });

  it('round-trips through a signed note verified against the pinned key', () => {
    const opened = openCheckpoint(signCheckpoint(checkpoint, [logKey]), pinned);
    expect(opened.ok).toBe(true);
    expect(opened.ok && opened.checkpoint).toEqual(checkpoint);
  });

  it('is unverified when signed by a key that is not pinned', () => {
    expect(openCheckpoint(signCheckpoint(checkpoint, [strangerKey]), pinned)).toMatchObject({ ok: false, reason: 'unverified' });
  });

  it('is unverified when the size was altered after signing', () => {
    const note = signCheckpoint(checkpoint, [logKey]).replace('20852163', '20852164');
    expect(openCheckpoint(note, pinned)).toMatchObject({ ok: false, reason: 'unverified', verification: { invalid: [expect.any(String)] } });
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
    expect(openCheckpoint(signNote('hello\n', [logKey]), pinned)).toEqual({ ok: false, reason: 'malformed-checkpoint' });
    expect(openCheckpoint('garbage', pinned)).toEqual({ ok: false, reason: 'malformed-note' });
  });
});

describe('key rotation', () => {
  it('accepts a rotation from a pinned key signed by the old and the new key', () => {
    const result = verifyKeyRotation(signKeyRotation(logKey, nextKey), pinned);
    expect(result).toMatchObject({ ok: true, toVkey: verifierKeyOf(nextKey) });
  });

  it('lets checkpoints signed by the new key verify after the rotation', () => {
    const { trusted } = applyKeyRotations(pinned, [signKeyRotation(logKey, nextKey)]);
    expect(openCheckpoint(signCheckpoint(checkpoint, [nextKey]), trusted).ok).toBe(true);
  });

  it('refuses a rotation away from a key that is not trusted', () => {
    expect(verifyKeyRotation(signKeyRotation(strangerKey, nextKey), pinned)).toEqual({ ok: false, reason: 'old-key-not-trusted' });
  });

  it('refuses a rotation signed by only one of the two keys', () => {
    const text = `negotiation-ledger/key-rotation/v1\nold ${verifierKeyOf(logKey)}\nnew ${verifierKeyOf(nextKey)}\n`;
    expect(verifyKeyRotation(signNote(text, [logKey]), pinned)).toEqual({ ok: false, reason: 'not-signed-by-both' });
    expect(verifyKeyRotation(signNote(text, [nextKey]), pinned)).toEqual({ ok: false, reason: 'not-signed-by-both' });
  });

  it('refuses a statement with anything beyond the two keys', () => {
    const text = `negotiation-ledger/key-rotation/v1\nold ${verifierKeyOf(logKey)}\nnew ${verifierKeyOf(nextKey)}\nextra\n`;
    expect(verifyKeyRotation(signNote(text, [logKey, nextKey]), pinned)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('follows a chain of rotations in order and skips the ones it cannot verify', () => {
    const third = createNoteSigner(ORIGIN, seed(4));
    const { trusted, results } = applyKeyRotations(pinned, [signKeyRotation(nextKey, third), signKeyRotation(logKey, nextKey)]);
    expect(results.map((result) => result.ok)).toEqual([false, true]);
    expect(trusted.map(verifierKeyOf)).toEqual([verifierKeyOf(logKey), verifierKeyOf(nextKey)]);
  });
});
