import { eventHash, findChainBreak, GENESIS_PREV_HASH, type ChainBreak } from '@ledger/evidence';
import type { NewEvent, RecordedEvent } from './event-envelope';
import { EventStoreError, EventStoreErrorCode } from './event-store.errors';
import { deterministicEventId } from './event-id';

/** An envelope before the global log has placed it: everything but the global position. */
export type SealedEvent = Omit<RecordedEvent, 'globalPosition'>;

/**
 * The one rule for which envelope fields the per-stream hash covers. The global position is left out on
 * purpose: EventStoreDB learns positions only after the write, and every adapter must compute the same hash.
 */
export function hashedFields(event: Omit<RecordedEvent, 'globalPosition' | 'hash'>) {
  return {
    eventId: event.eventId,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
  };
}

export function sealEnvelope(event: Omit<RecordedEvent, 'globalPosition' | 'hash'>): SealedEvent {
  const covered = hashedFields(event);
  return { ...covered, hash: eventHash(covered) };
}

/**
 * Turns one append's events into sealed envelopes: ids derived from the command id (so a retry gets the
 * same ids), revisions following the stream's last one, each hash chained to the one before.
 */
export function sealBatch(
  streamId: string,
  stream: Readonly<{ lastRevision: number; lastHash: string | null }>,
  events: readonly NewEvent[],
): SealedEvent[] {
  let prevHash = stream.lastHash ?? GENESIS_PREV_HASH;
  return events.map((event, index) => {
    const sealed = sealEnvelope({
      eventId: deterministicEventId(event.metadata.commandId, index),
      streamId,
      revision: stream.lastRevision + 1 + index,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
      prevHash,
    });
    prevHash = sealed.hash;
    return sealed;
  });
}

/**
 * The command id shared by all events of one append: the idempotency key. An empty batch or one mixing
 * command ids has no single key, so it is refused before anything is written.
 */
export function batchCommandId(streamId: string, events: readonly NewEvent[]): string {
  if (events.length === 0) {
    throw new EventStoreError(EventStoreErrorCode.InvalidEvent, `Append to ${streamId} carries no events`);
  }
  const commandId = events[0].metadata.commandId;
  if (!commandId) {
    throw new EventStoreError(EventStoreErrorCode.InvalidEvent, `Append to ${streamId} carries no commandId`);
  }
  if (events.some((event) => event.metadata.commandId !== commandId)) {
    throw new EventStoreError(
      EventStoreErrorCode.InvalidEvent,
      `Append to ${streamId} mixes command ids; one append is one command`,
    );
  }
  return commandId;
}

/**
 * Verifies one stream's recorded chain. `findChainBreak` hashes every field it is given, so the global
 * position is stripped first, as it was when the hashes were written.
 */
export function findRecordedChainBreak(events: readonly RecordedEvent[]): ChainBreak | null {
  return findChainBreak(events.map((event) => ({ ...hashedFields(event), hash: event.hash })));
}
