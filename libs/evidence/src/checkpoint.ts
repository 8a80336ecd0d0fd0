import { HASH_SIZE, fromBase64, toBase64 } from './merkle-hash';
import type { NoteSigner, NoteVerifier } from './note-key';
import { parseNote, signNote, verifyNote, type NoteVerification } from './signed-note';

/** A C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the signed head of the log at one size. */
export type Checkpoint = Readonly<{
  origin: string;
  size: number;
  root: Uint8Array;
  /** Opaque, non-empty lines after the root; the spec discourages them, we keep them possible. */
  extensions: readonly string[];
}>;

export type OpenedCheckpoint =
  | Readonly<{ ok: true; checkpoint: Checkpoint; verification: NoteVerification }>
  | Readonly<{
      ok: false;
      reason: 'malformed-note' | 'malformed-checkpoint' | 'unverified';
      verification?: NoteVerification;
    }>;

export function formatCheckpoint({ origin, size, root, extensions }: Checkpoint): string {
  return [origin, String(size), toBase64(root), ...extensions].map((line) => `${line}\n`).join('');
}

/** Parses checkpoint note text; null unless every line has the form the spec prescribes. */
export function parseCheckpoint(text: string): Checkpoint | null {
  if (!text.endsWith('\n')) return null;
  const [origin, size, root, ...extensions] = text.slice(0, -1).split('\n');
  if (!origin || size === undefined || root === undefined || extensions.some((line) => line === '')) return null;
  // No leading zeros, so that one tree size has exactly one signed form.
  if (!/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) return null;
  const rootHash = fromBase64(root);
  if (!rootHash || rootHash.length !== HASH_SIZE) return null;
  return { origin, size: Number(size), root: rootHash, extensions };
}

export function signCheckpoint(checkpoint: Checkpoint, signers: readonly NoteSigner[]): string {
  if (parseCheckpoint(formatCheckpoint(checkpoint)) === null) throw new TypeError('not a well-formed checkpoint');
  return signNote(formatCheckpoint(checkpoint), signers);
}

/** Parses a signed checkpoint and verifies it against pinned keys; never throws. */
export function openCheckpoint(note: unknown, verifiers: readonly NoteVerifier[]): OpenedCheckpoint {
  const parsed = parseNote(note);
  if (!parsed) return { ok: false, reason: 'malformed-note' };
  const checkpoint = parseCheckpoint(parsed.text);
  if (!checkpoint) return { ok: false, reason: 'malformed-checkpoint' };
  const verification = verifyNote(parsed, verifiers);
  return verification.verified
    ? { ok: true, checkpoint, verification }
    : { ok: false, reason: 'unverified', verification };
}
