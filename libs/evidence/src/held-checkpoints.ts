import { openCheckpoint, parseCheckpoint } from './checkpoint';
import { keysValidAt, type KeyTrust } from './key-rotation';
import { bytesEqual } from './merkle-hash';
import { parseNote } from './signed-note';
import { messages, type VerificationCheck } from './verification-report';

/** A signed head of the log: a checkpoint, or the log's size and root a key rotation states. */
export type SignedHead = Readonly<{ size: number; root: Uint8Array }>;

/** What a reader brings to a verification besides the keys it pins. */
export type VerifyOptions = Readonly<{
  /** Signed checkpoints the reader already holds (from an earlier dossier, or its witness). */
  heldCheckpoints?: readonly string[];
  /** Witness vkeys (type 0x04): each must have cosigned the checkpoint the entries are proven against. */
  witnessKeys?: readonly string[];
}>;

const result = (passed: boolean, where: string, message: VerificationCheck['message']): VerificationCheck => ({
  check: 'held-checkpoint',
  status: passed ? 'PASS' : 'FAIL',
  where,
  message,
});

/**
 * Each checkpoint the reader holds must be signed by a key trusted for its size and be one of the bundle's
 * signed heads with the same root: the bundle's consistency proofs then join the log it shows to the log
 * the reader knew, and a log shown to the reader in two versions (a split view) fails.
 */
export function checkHeldCheckpoints(
  held: readonly string[],
  origin: string,
  trust: KeyTrust,
  heads: readonly SignedHead[],
): VerificationCheck[] {
  return held.map((note, i) => {
    const where = `held[${i}]`;
    const text = parseNote(note)?.text;
    const stated = text === undefined ? null : parseCheckpoint(text);
    const opened = openCheckpoint(note, stated ? keysValidAt(trust.trusted, stated.size) : []);
    if (!opened.ok) return result(false, where, messages.heldUnverified());
    const { size, root } = opened.checkpoint;
    if (opened.checkpoint.origin !== origin)
      return result(false, where, messages.checkpointOtherLog(opened.checkpoint.origin));
    const head = heads.find((item) => item.size === size);
    if (!head) return result(false, where, messages.heldNotReached(size));
    return bytesEqual(head.root, root)
      ? result(true, where, messages.heldConsistent(size))
      : result(false, where, messages.splitView(size));
  });
}
