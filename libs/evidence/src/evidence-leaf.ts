import { createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { hashLeaf } from './merkle-hash';
import { SALT_BYTES, commitEntry, type CommittedEntry, type FieldSaltSource } from './selective-disclosure';

/**
 * The part of an event that a log leaf shows in the clear: who it is (id, stream, revision), what kind, and
 * its per-stream chain hash. Its content (data and metadata) enters the leaf only through its commitment.
 */
export type LeafHeader = Readonly<{ eventId: string; streamId: string; revision: number; type: string; schemaVersion: number; hash: string }>;

export const LEAF_HEADER_KEYS = ['eventId', 'streamId', 'revision', 'type', 'schemaVersion', 'hash'] as const;

/** A recorded event as the log sees it; the store's envelope has this shape (and a global position). */
export type LoggedEvent = LeafHeader &
  Readonly<{ data: Readonly<Record<string, unknown>>; metadata: Readonly<Record<string, unknown>>; prevHash: string }>;

export const leafHeaderOf = (event: LeafHeader): LeafHeader => ({
  eventId: event.eventId,
  streamId: event.streamId,
  revision: event.revision,
  type: event.type,
  schemaVersion: event.schemaVersion,
  hash: event.hash,
});

/**
 * The leaf of the ledger's global log: the UTF-8 bytes of the canonical JSON of the header plus the entry
 * commitment. Because the commitment is inside the leaf, a partly shown entry is bound to its place in the log.
 */
export const leafOf = (header: LeafHeader, commitment: string): Uint8Array =>
  new TextEncoder().encode(canonicalJson({ ...leafHeaderOf(header), commitment }));

/**
 * salt = HMAC-SHA256(evidence secret, eventId || 0x00 || fieldName), first 16 bytes. Derived, so no salt
 * is stored and every export of the same event reveals the same salts; the NUL keeps the two parts apart.
 * Without the secret a salt cannot be guessed, so a withheld field cannot be found by trying values.
 */
export function fieldSaltsOf(secret: Uint8Array, eventId: string): FieldSaltSource {
  return (fieldName) => {
    // One update of the joined text: each update is a call into native code, and they cost more than the bytes.
    const mac = createHmac('sha256', secret).update(`${eventId}\u0000${fieldName}`).digest();
    return new Uint8Array(mac.buffer, mac.byteOffset, SALT_BYTES);
  };
}

/** The event's fields with their derived salts and commitments, as the ledger commits them. */
export const commitEvent = (event: LoggedEvent, secret: Uint8Array): CommittedEntry =>
  commitEntry(event, fieldSaltsOf(secret, event.eventId));

/** The event's leaf hash in the global log. */
export const eventLeafHash = (event: LoggedEvent, secret: Uint8Array): Uint8Array =>
  hashLeaf(leafOf(event, commitEvent(event, secret).commitment));
