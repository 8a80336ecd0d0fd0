import { createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { hashLeafTextHex, sha256Hex } from './merkle-hash';
import { SALT_BYTES, commitEntry, type CommittedEntry, type FieldSaltSource } from './selective-disclosure';

/**
 * The part of an event that a log leaf shows in the clear: who it is (id, stream, revision), what kind, and
 * its per-stream chain hash. Its content (data and metadata) enters the leaf only through its commitment.
 */
export type LeafHeader = Readonly<{
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  schemaVersion: number;
  hash: string;
}>;

/**
 * The version of the leaves (entry commitment and salts) the log is built of; a checkpoint records it, and
 * one signed over other leaves signs roots this log does not have. Bundles of v3 carry the same leaves.
 */
export const LEAF_FORMAT = 'negotiation-ledger-evidence/v2';

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
 * The leaf of the ledger's global log: the canonical JSON of the header plus the entry commitment (the keys
 * below are in canonical order). Because the commitment is inside the leaf, a partly shown entry is bound to
 * its place in the log.
 */
export const leafTextOf = (header: LeafHeader, commitment: string): string =>
  canonicalJson({
    commitment,
    eventId: header.eventId,
    hash: header.hash,
    revision: header.revision,
    schemaVersion: header.schemaVersion,
    streamId: header.streamId,
    type: header.type,
  });

/** The RFC 9162 leaf hash of the leaf, hex encoded. */
export const leafHashHexOf = (header: LeafHeader, commitment: string): string =>
  hashLeafTextHex(leafTextOf(header, commitment));

/**
 * eventKey = HMAC-SHA256(evidence secret, eventId); salt = the first 16 bytes of SHA-256(hex(eventKey) || fieldName),
 * the key in lower-case hex and the name in UTF-8 (one text, hashed without joining bytes).
 * Derived, so no salt is stored and every export of the same event reveals the same salts. Without the
 * secret a salt cannot be guessed, so a withheld field cannot be found by trying values. One HMAC per event
 * and one plain hash per field: an HMAC per field cost more than the rest of the leaf. A shown salt reveals
 * neither the event key (SHA-256 is one-way) nor another field's salt (only 16 of the 32 bytes are shown, so
 * the hash cannot be extended).
 */
export function fieldSaltsOf(secret: Uint8Array, eventId: string): FieldSaltSource {
  const eventKey = createHmac('sha256', secret).update(eventId).digest('hex');
  return (fieldName) => Buffer.from(sha256Hex(eventKey + fieldName).slice(0, SALT_BYTES * 2), 'hex');
}

/** The event's fields with their derived salts and commitments, as the ledger commits them. */
export const commitEvent = (event: LoggedEvent, secret: Uint8Array): CommittedEntry =>
  commitEntry(event, fieldSaltsOf(secret, event.eventId));

/** The event's leaf hash in the global log, hex encoded. */
export const eventLeafHashHex = (event: LoggedEvent, secret: Uint8Array): string =>
  leafHashHexOf(event, commitEvent(event, secret).commitment);

/** The event's leaf hash in the global log. */
export const eventLeafHash = (event: LoggedEvent, secret: Uint8Array): Uint8Array =>
  new Uint8Array(Buffer.from(eventLeafHashHex(event, secret), 'hex'));
