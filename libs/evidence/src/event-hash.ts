import { canonicalJson } from './canonical-json';
import { sha256Hex } from './merkle-hash';

export const GENESIS_PREV_HASH = '0'.repeat(64);

/** The fields of a stored event that its hash covers: everything but the hash itself. */
export type HashableEvent = Readonly<{ prevHash: string } & Record<string, unknown>>;

/** The chain hash from the canonical JSON of the event without its hash, for a caller that has that text already. */
export const chainHashOf = (prevHash: string, canonicalCovered: string): string =>
  sha256Hex(prevHash + canonicalCovered);

/** The fields of a stored envelope that its hash covers, in RFC 8785 order. */
const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'data',
  'eventId',
  'metadata',
  'prevHash',
  'revision',
  'schemaVersion',
  'streamId',
  'type',
]);

/**
 * The canonical JSON of an envelope without its hash, given its data's and metadata's canonical texts: the
 * top-level keys are always the same eight, so they are written out in order instead of sorted per event.
 */
export const envelopeText = (
  envelope: Readonly<Record<string, unknown>>,
  dataText: string,
  metadataText: string,
): string =>
  `{"data":${dataText},"eventId":${canonicalJson(envelope.eventId)},"metadata":${metadataText},"prevHash":${canonicalJson(envelope.prevHash)},` +
  `"revision":${canonicalJson(envelope.revision)},"schemaVersion":${canonicalJson(envelope.schemaVersion)},` +
  `"streamId":${canonicalJson(envelope.streamId)},"type":${canonicalJson(envelope.type)}}`;

/** True when the event has exactly the envelope's fields (and perhaps its hash), none of them undefined. */
function isPlainEnvelope(event: Readonly<Record<string, unknown>>): boolean {
  let covered = 0;
  for (const key of Object.keys(event)) {
    if (key === 'hash') continue;
    if (!ENVELOPE_KEYS.has(key) || event[key] === undefined) return false;
    covered += 1;
  }
  return covered === ENVELOPE_KEYS.size;
}

/** `hash = SHA-256(prevHash || canonical(event without hash))`, hex encoded. */
export function eventHash(event: HashableEvent): string {
  if (isPlainEnvelope(event))
    return chainHashOf(event.prevHash, envelopeText(event, canonicalJson(event.data), canonicalJson(event.metadata)));
  const { hash: _ignored, ...covered } = event as HashableEvent & { hash?: string };
  return chainHashOf(event.prevHash, canonicalJson(covered));
}

export type ChainBreak = Readonly<{ index: number; eventId: unknown; reason: 'prev-hash-mismatch' | 'hash-mismatch' }>;

/** Walks one stream's events in revision order; returns the first broken link, or null when intact. */
export function findChainBreak(events: readonly (HashableEvent & { hash: string })[]): ChainBreak | null {
  let expectedPrev = GENESIS_PREV_HASH;
  for (const [index, event] of events.entries()) {
    if (event.prevHash !== expectedPrev) return { index, eventId: event.eventId, reason: 'prev-hash-mismatch' };
    if (eventHash(event) !== event.hash) return { index, eventId: event.eventId, reason: 'hash-mismatch' };
    expectedPrev = event.hash;
  }
  return null;
}
