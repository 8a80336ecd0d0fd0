import { applyKeyRotations, keysValidAt, readKeyRotation, signKeyRotation } from './key-rotation';
import { hashLeaf, toBase64 } from './merkle-hash';
import { createNoteSigner, parseVerifierKey, verifierKeyOf, type NoteSigner } from './note-key';
import { signNote } from './signed-note';

const ORIGIN = 'ledger.example/onderhandelingen';
const keyOf = (byte: number) => createNoteSigner(ORIGIN, new Uint8Array(32).fill(byte));
const [first, second, third, forger] = [keyOf(1), keyOf(2), keyOf(3), keyOf(9)];
const pin = (...keys: NoteSigner[]) => keys.map((key) => parseVerifierKey(verifierKeyOf(key))!);
const root = hashLeaf(Uint8Array.of(7));
const rotation = (from: NoteSigner, to: NoteSigner, size: number) => signKeyRotation(from, to, { size, root });
const validAt = (trusted: ReturnType<typeof applyKeyRotations>['trusted'], size: number) =>
  keysValidAt(trusted, size).map((key) => key.keyId);

describe('key rotation with a lifetime', () => {
  it('states the old and the new key, the size and the root, signed by both', () => {
    const statement = rotation(first, second, 40);
    expect(statement.split('\n').slice(0, 5)).toEqual([
      'negotiation-ledger/key-rotation/v2',
      `old ${verifierKeyOf(first)}`,
      `new ${verifierKeyOf(second)}`,
      'size 40',
      `root ${toBase64(root)}`,
    ]);
    expect(readKeyRotation(statement)).toMatchObject({
      size: 40,
      fromVkey: verifierKeyOf(first),
      toVkey: verifierKeyOf(second),
    });
  });

  it('from a pinned old key: the new key signs from the size on, the old one up to it', () => {
    const { trusted, results } = applyKeyRotations(pin(first), [rotation(first, second, 40)]);
    expect(results.map((result) => result.ok)).toEqual([true]);
    expect(validAt(trusted, 39)).toEqual([first.keyId]);
    expect(validAt(trusted, 40)).toEqual([first.keyId, second.keyId]);
    expect(validAt(trusted, 41)).toEqual([second.keyId]);
  });

  it('from a pinned new key: the old key is trusted up to the size it was retired at, and no further', () => {
    const { trusted } = applyKeyRotations(pin(second), [rotation(first, second, 40)]);
    expect(validAt(trusted, 12)).toEqual([first.keyId]);
    expect(validAt(trusted, 41)).toEqual([second.keyId]);
  });

  it('follows a chain listed in any order from its newest key', () => {
    const { trusted, results } = applyKeyRotations(pin(third), [
      rotation(second, third, 90),
      rotation(first, second, 40),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect([12, 60, 95].map((size) => validAt(trusted, size))).toEqual([[first.keyId], [second.keyId], [third.keyId]]);
  });

  it('refuses a second rotation away from a retired key, which only a holder of the retired key could sign', () => {
    const { trusted, results } = applyKeyRotations(pin(second), [
      rotation(first, forger, 20),
      rotation(first, second, 40),
    ]);
    expect(results).toEqual([{ ok: false, reason: 'already-retired' }, expect.objectContaining({ ok: true })]);
    expect(trusted.map((key) => key.verifier.keyId)).not.toContain(forger.keyId);
  });

  it('refuses a rotation neither of whose keys is trusted', () => {
    expect(applyKeyRotations(pin(third), [rotation(first, second, 40)]).results).toEqual([
      { ok: false, reason: 'no-key-trusted' },
    ]);
  });

  it('refuses a rotation signed by only one of its keys', () => {
    const text = rotation(first, second, 40).split('\n\n')[0] + '\n';
    expect(readKeyRotation(signNote(text, [first]))).toBe('not-signed-by-both');
    expect(readKeyRotation(signNote(text, [second]))).toBe('not-signed-by-both');
  });

  it.each([
    [
      'a version 1 statement (no size, no root)',
      `negotiation-ledger/key-rotation/v1\nold ${verifierKeyOf(first)}\nnew ${verifierKeyOf(second)}\n`,
    ],
    ['an extra line', `${rotation(first, second, 40).split('\n\n')[0]}\nextra\n`],
    ['a size with a leading zero', rotation(first, second, 40).split('\n\n')[0].replace('size 40', 'size 040') + '\n'],
    [
      'a short root',
      rotation(first, second, 40)
        .split('\n\n')[0]
        .replace(/root \S+/, `root ${toBase64(root.slice(1))}`) + '\n',
    ],
  ])('refuses %s', (_label, text) => {
    expect(readKeyRotation(signNote(text, [first, second]))).toBe('malformed');
  });
});
