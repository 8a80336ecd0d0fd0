import { ANY, NO_STREAM, type AppendExpectedRevision, type CurrentRevision } from '@eventstore/db-client';
import type { ExpectedRevision } from '../event-store.port';

/** The port reports a stream that does not exist as revision -1 (see `WrongExpectedRevisionError`). */
export const NO_STREAM_REVISION = -1;

/** A port revision or position as the bigint the client speaks; negative or unsafe numbers are bugs upstream. */
export function toUnsignedBigInt(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${value}`);
  }
  return BigInt(value);
}

/**
 * A bigint from the server as a port number. Revisions and log positions beyond 2^53 - 1 would lose
 * precision silently as numbers, so they are refused rather than rounded.
 */
export function toSafeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${what} ${value} is outside the range a port number can hold exactly`);
  }
  return Number(value);
}

/** Maps the port's expectation one to one: no 'stream exists' case, because the port has none. */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  return toUnsignedBigInt(expected, 'Expected revision');
}

/** The server's view of a stream's current revision, as the port reports it. */
export function fromEsdbCurrentRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? NO_STREAM_REVISION : toSafeNumber(current, 'Stream revision');
}

/** The expectation that pins an append to the revision the adapter just observed. */
export function expectedRevisionAt(observedRevision: number): ExpectedRevision {
  return observedRevision === NO_STREAM_REVISION ? 'no_stream' : observedRevision;
}
