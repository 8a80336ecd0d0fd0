import { parseVerifierKey, verifierKeyOf, type NoteSigner, type NoteVerifier } from './note-key';
import { parseNote, signNote, verifyNote } from './signed-note';

/** First line of a rotation statement; versioned so the text can never be read as anything else. */
const ROTATION_HEADER = 'negotiation-ledger/key-rotation/v1';

export type VerifiedRotation =
  | Readonly<{ ok: true; from: NoteVerifier; to: NoteVerifier; toVkey: string }>
  | Readonly<{ ok: false; reason: 'malformed' | 'old-key-not-trusted' | 'not-signed-by-both' }>;

/**
 * A rotation statement names the old and the new key and is signed by both: the old key vouches for the
 * new one, and the new key proves it is held by whoever asked for the rotation.
 */
export function signKeyRotation(from: NoteSigner, to: NoteSigner): string {
  return signNote(`${ROTATION_HEADER}\nold ${verifierKeyOf(from)}\nnew ${verifierKeyOf(to)}\n`, [from, to]);
}

const sameKey = (left: NoteVerifier, right: NoteVerifier) =>
  left.name === right.name && left.keyId === right.keyId && Buffer.from(left.publicKey).equals(right.publicKey);

/** Accepts a rotation only from a trusted old key, with valid signatures of both keys; never throws. */
export function verifyKeyRotation(statement: unknown, trusted: readonly NoteVerifier[]): VerifiedRotation {
  const note = parseNote(statement);
  const [header, oldLine, newLine, end, ...rest] = note ? note.text.split('\n') : [];
  const isStatement = header === ROTATION_HEADER && end === '' && rest.length === 0;
  const from = isStatement && oldLine.startsWith('old ') ? parseVerifierKey(oldLine.slice(4)) : null;
  const to = isStatement && newLine.startsWith('new ') ? parseVerifierKey(newLine.slice(4)) : null;
  if (!note || !from || !to || sameKey(from, to)) return { ok: false, reason: 'malformed' };
  if (!trusted.some((key) => sameKey(key, from))) return { ok: false, reason: 'old-key-not-trusted' };
  const byOld = verifyNote(note, [from]);
  const byNew = verifyNote(note, [to]);
  if (!byOld.verified || !byNew.verified) return { ok: false, reason: 'not-signed-by-both' };
  return { ok: true, from, to, toVkey: newLine.slice(4) };
}

/** Follows rotations in order: each one verified against the keys trusted so far, pinned ones first. */
export function applyKeyRotations(
  pinned: readonly NoteVerifier[],
  rotations: readonly unknown[],
): Readonly<{ trusted: readonly NoteVerifier[]; results: readonly VerifiedRotation[] }> {
  const trusted = [...pinned];
  const results = rotations.map((rotation) => {
    const result = verifyKeyRotation(rotation, trusted);
    if (result.ok && !trusted.some((key) => sameKey(key, result.to))) trusted.push(result.to);
    return result;
  });
  return { trusted, results };
}
