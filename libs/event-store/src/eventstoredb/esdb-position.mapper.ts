import { START, type Position, type ReadPosition } from '@eventstore/db-client';
import { toSafeNumber, toUnsignedBigInt } from './esdb-revision.mapper';

/**
 * The rule for global positions on EventStoreDB: a ledger event's globalPosition is its commit position
 * in the transaction log. Appends through the client are written as self-committed records, so each
 * event's commit position equals its prepare position and is unique and increasing; positions have gaps
 * (they are byte offsets), which the port allows for this store.
 */
export function toGlobalPosition(position: Position): number {
  return toSafeNumber(position.commit, 'Commit position');
}

/**
 * Where to start reading `$all` to see everything after `after`. The server treats a read position as
 * inclusive, so the event at exactly `after` comes back too and the reader drops it.
 * Position 0 means "from the beginning", as the port's empty checkpoint does.
 */
export function toReadPosition(after: number): ReadPosition {
  if (after === 0) return START;
  const logPosition = toUnsignedBigInt(after, 'Global position');
  return { commit: logPosition, prepare: logPosition };
}
