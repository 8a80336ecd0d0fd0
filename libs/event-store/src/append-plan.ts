import type { NewEvent, RecordedEvent } from './event-envelope';
import type { AppendResult, ExpectedRevision } from './event-store.port';
import { EventStoreError, EventStoreErrorCode, WrongExpectedRevisionError } from './event-store.errors';
import { batchCommandId, eventIdAt, sealBatch, type SealedEvent } from './hashed-envelope';

/** What an embedded adapter can look up inside its write transaction to decide an append. */
export type AppendLookup = Readonly<{
  /**
   * The events an earlier append with this command id wrote, in revision order; empty when none.
   * `firstEventId` is the id this append's first event would get, by which a store may find them.
   */
  eventsOfCommand(commandId: string, firstEventId: string): readonly RecordedEvent[];
  /** The stream's last revision (-1 when absent) and last hash (null when absent). */
  streamHead(streamId: string): Readonly<{ lastRevision: number; lastHash: string | null }>;
}>;

export type AppendPlan =
  Readonly<{ kind: 'duplicate'; result: AppendResult }> | Readonly<{ kind: 'write'; events: SealedEvent[] }>;

/**
 * Decides one append against the store's current state, in the order the port promises: refuse a batch
 * with no single command id, answer a retried command with its first result, then check the revision.
 */
export function planAppend(
  lookup: AppendLookup,
  streamId: string,
  expected: ExpectedRevision,
  events: readonly NewEvent[],
): AppendPlan {
  const commandId = batchCommandId(streamId, events);
  const earlier = lookup.eventsOfCommand(commandId, eventIdAt(events, 0));
  if (earlier.length > 0) {
    assertSameCommand(earlier, streamId, events);
    return { kind: 'duplicate', result: appendResult(earlier, true) };
  }
  const head = lookup.streamHead(streamId);
  assertExpectedRevision(streamId, expected, head.lastRevision);
  return { kind: 'write', events: sealBatch(streamId, head, events) };
}

export function appendResult(events: readonly RecordedEvent[], duplicate: boolean): AppendResult {
  const last = events[events.length - 1];
  return { nextExpectedRevision: last.revision, lastGlobalPosition: last.globalPosition, events, duplicate };
}

function assertExpectedRevision(streamId: string, expected: ExpectedRevision, actual: number): void {
  const matches = expected === 'any' || (expected === 'no_stream' ? actual === -1 : actual === expected);
  if (!matches) throw new WrongExpectedRevisionError(streamId, expected, actual);
}

/** A command id reused for a different stream or different events is a caller bug, not a retry. */
function assertSameCommand(earlier: readonly RecordedEvent[], streamId: string, events: readonly NewEvent[]): void {
  const sameShape =
    earlier[0].streamId === streamId &&
    earlier.length === events.length &&
    earlier.every((event, index) => event.type === events[index].type);
  if (!sameShape) {
    throw new EventStoreError(
      EventStoreErrorCode.IdempotencyMismatch,
      `Command ${earlier[0].metadata.commandId} was already appended to ${earlier[0].streamId} with other events`,
    );
  }
}
