import { HASH_SIZE, fromBase64, toBase64 } from './merkle-hash';
import { parseVerifierKey, verifierKeyOf, type NoteSigner, type NoteVerifier } from './note-key';
import { parseNote, signNote, verifyNote } from './signed-note';

/** First line of a rotation statement; versioned so the text can never be read as anything else. */
const ROTATION_HEADER = 'negotiation-ledger/key-rotation/v2';

/** The log's head when a key was rotated: the old key signs sizes up to it, the new key from it on. */
export type RotationPoint = Readonly<{ size: number; root: Uint8Array }>;

/** A key the verifier trusts, for checkpoints of tree sizes `minSize` to `maxSize` inclusive. */
export type TrustedKey = Readonly<{ verifier: NoteVerifier; minSize: number; maxSize: number }>;

export type RotationStatement = RotationPoint &
  Readonly<{ from: NoteVerifier; to: NoteVerifier; fromVkey: string; toVkey: string }>;

export type VerifiedRotation =
  | Readonly<{ ok: true; rotation: RotationStatement }>
  | Readonly<{ ok: false; reason: 'malformed' | 'no-key-trusted' | 'not-signed-by-both' | 'already-retired' }>;

/**
 * A rotation statement names the old and the new key and the log's size and root when it was made, and
 * is signed by both: the old key vouches for the new one and retires itself after that size; the new key
 * proves it is held by whoever asked for the rotation, and vouches for the old key up to that size.
 */
export function signKeyRotation(from: NoteSigner, to: NoteSigner, at: RotationPoint): string {
  const text = `${ROTATION_HEADER}\nold ${verifierKeyOf(from)}\nnew ${verifierKeyOf(to)}\nsize ${at.size}\nroot ${toBase64(at.root)}\n`;
  return signNote(text, [from, to]);
}

export const sameKey = (left: NoteVerifier, right: NoteVerifier): boolean =>
  left.name === right.name && left.keyId === right.keyId && Buffer.from(left.publicKey).equals(right.publicKey);

/** Reads a rotation statement and checks both signatures; null unless it is one, signed by both its keys. */
export function readKeyRotation(statement: unknown): RotationStatement | 'malformed' | 'not-signed-by-both' {
  const note = parseNote(statement);
  const [header, oldLine, newLine, sizeLine, rootLine, end, ...rest] = note ? note.text.split('\n') : [];
  if (!note || header !== ROTATION_HEADER || end !== '' || rest.length > 0) return 'malformed';
  const fromVkey = oldLine.startsWith('old ') ? oldLine.slice(4) : '';
  const toVkey = newLine.startsWith('new ') ? newLine.slice(4) : '';
  const from = parseVerifierKey(fromVkey);
  const to = parseVerifierKey(toVkey);
  const size = /^size (0|[1-9][0-9]*)$/.exec(sizeLine)?.[1];
  const root = rootLine.startsWith('root ') ? fromBase64(rootLine.slice(5)) : null;
  if (
    !from ||
    !to ||
    sameKey(from, to) ||
    size === undefined ||
    !Number.isSafeInteger(Number(size)) ||
    root?.length !== HASH_SIZE
  )
    return 'malformed';
  if (!verifyNote(note, [from]).verified || !verifyNote(note, [to]).verified) return 'not-signed-by-both';
  return { from, to, fromVkey, toVkey, size: Number(size), root };
}

export type KeyTrust = Readonly<{
  trusted: readonly TrustedKey[];
  /** One per rotation, in bundle order. */
  results: readonly VerifiedRotation[];
}>;

/**
 * Follows rotations from the pinned keys, forwards (the old key is trusted: the new one is trusted from the
 * rotation's size on) and backwards (the new key is trusted: the old one is trusted up to that size), until
 * nothing changes; backwards first, so that a pinned newer key settles a key's retirement before a
 * statement made by the retired key alone could. A key is retired once: a second rotation away from it
 * (which only the holder of a retired key would sign) is refused. Pinned keys are trusted for every size
 * until a rotation retires them.
 */
export function applyKeyRotations(pinned: readonly NoteVerifier[], rotations: readonly unknown[]): KeyTrust {
  type Trust = { verifier: NoteVerifier; minSize: number; maxSize: number; retiredBy: number | null };
  const trusted: Trust[] = pinned.map((verifier) => ({
    verifier,
    minSize: 0,
    maxSize: Number.POSITIVE_INFINITY,
    retiredBy: null,
  }));
  const find = (key: NoteVerifier) => trusted.find((item) => sameKey(item.verifier, key));
  const statements = rotations.map((statement) => readKeyRotation(statement));
  const results: VerifiedRotation[] = statements.map((read) => ({
    ok: false,
    reason: typeof read === 'string' ? read : 'no-key-trusted',
  }));
  const apply = (i: number, rotation: RotationStatement) => {
    const old = find(rotation.from);
    if (old?.retiredBy != null) {
      results[i] = { ok: false, reason: 'already-retired' };
      return;
    }
    const oldKey = old ?? { verifier: rotation.from, minSize: 0, maxSize: rotation.size, retiredBy: null };
    if (!old) trusted.push(oldKey);
    oldKey.maxSize = Math.min(oldKey.maxSize, rotation.size);
    oldKey.retiredBy = i;
    const newKey = find(rotation.to);
    if (newKey) newKey.minSize = Math.max(newKey.minSize, rotation.size);
    else
      trusted.push({
        verifier: rotation.to,
        minSize: rotation.size,
        maxSize: Number.POSITIVE_INFINITY,
        retiredBy: null,
      });
    results[i] = { ok: true, rotation };
  };
  const pending = (i: number) => !results[i].ok && (results[i] as { reason: string }).reason === 'no-key-trusted';
  for (let changed = true; changed;) {
    changed = false;
    for (const direction of ['backwards', 'forwards'] as const) {
      statements.forEach((rotation, i) => {
        if (
          typeof rotation === 'string' ||
          !pending(i) ||
          !find(direction === 'backwards' ? rotation.to : rotation.from)
        )
          return;
        apply(i, rotation);
        changed = true;
      });
      if (changed) break;
    }
  }
  return { trusted: trusted.map(({ verifier, minSize, maxSize }) => ({ verifier, minSize, maxSize })), results };
}

/** The trusted keys that may sign a checkpoint of this size. */
export const keysValidAt = (trusted: readonly TrustedKey[], size: number): NoteVerifier[] =>
  trusted.filter((key) => key.minSize <= size && size <= key.maxSize).map((key) => key.verifier);
