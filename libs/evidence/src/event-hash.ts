import { canonicalJson } from './canonical-json';
import { sha256Hex } from './merkle-hash';

export const GENESIS_PREV_HASH = '0'.repeat(64);

/** The fields of a stored event that its hash covers: everything but the hash itself. */
export type HashableEvent = Readonly<{ prevHash: string } & Record<string, unknown>>;

/** The chain hash from the canonical JSON of the event without its hash, for a caller that has that text already. */
export const chainHashOf = (prevHash: string, canonicalCovered: string): string => sha256Hex(prevHash + canonicalCovered);

/** `hash = SHA-256(prevHash || canonical(event without hash))`, hex encoded. */
export function eventHash(event: HashableEvent): string {
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
