import { createHmac, hash } from 'node:crypto';

/** The id of the `index`-th event a command writes; the same command id and index give the same id. */
export type EventIdDeriver = (commandId: string, index: number) => string;

/**
 * The id of the `index`-th event written by a command, derived from the command id alone: the id of events
 * whose writer gives none (the read audit, events stored before ids were keyed). Anyone who guesses a
 * command id can compute it, so the write path gives its events keyed ids instead (`keyedEventIds`).
 * Formatted as an RFC 4122 version 5-style UUID (name-based, SHA hash).
 */
export function deterministicEventId(commandId: string, index: number): string {
  // One-shot: a Hash object per event cost more than hashing its few bytes (it is on every append).
  return asUuid(hash('sha256', `${commandId}\u0000${index}`, 'buffer'));
}

/** Keeps the ids of differently keyed derivations apart should one key ever serve another purpose too. */
const KEYED_ID_LABEL = 'ledger event id v1';

/**
 * Event ids derived from the command id under a secret (HMAC-SHA256): a retry gets the same ids, but an id
 * seen in a dossier or a withheld row cannot be matched to a guessed command id without the secret.
 */
export function keyedEventIds(secret: Uint8Array): EventIdDeriver {
  const key = createHmac('sha256', secret).update(KEYED_ID_LABEL).digest();
  return (commandId, index) => asUuid(createHmac('sha256', key).update(`${commandId}\u0000${index}`).digest());
}

function asUuid(digest: Buffer): string {
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
