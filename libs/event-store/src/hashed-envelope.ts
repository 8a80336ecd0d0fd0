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
 * Turns one append's events into sealed envelopes: under the ids the writer gave, or else ids derived from
 * the command id (so a retry gets the same ids), revisions following the stream's last one, each hash
 * chained to the one before.
 */
export function sealBatch(
  streamId: string,
  stream: Readonly<{ lastRevision: number; lastHash: string | null }>,
  events: readonly NewEvent[],
): SealedEvent[] {
  let prevHash = stream.lastHash ?? GENESIS_PREV_HASH;
  return events.map((event, index) => {
    const sealed = sealEnvelope({
      eventId: eventIdAt(events, index),
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

/** The id the `index`-th event of an append is stored under: the one its writer gave, or the derived one. */
export const eventIdAt = (events: readonly NewEvent[], index: number): string =>
  events[index]?.eventId ?? deterministicEventId(events[0].metadata.commandId, index);

/**
 * The command id shared by all events of one append: the idempotency key. An empty batch, one mixing
 * command ids, or one giving ids to some of its events only, is refused before anything is written.
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
  const given = events.filter((event) => event.eventId !== undefined).length;
  if (given !== 0 && (given !== events.length || !events.every((event) => isEventId(event.eventId)))) {
    throw new EventStoreError(
      EventStoreErrorCode.InvalidEvent,
      `Append to ${streamId} must give every event an id of 1-128 characters, or none`,
    );
  }
  return commandId;
}

const isEventId = (id: string | undefined): boolean => typeof id === 'string' && id.length > 0 && id.length <= 128;

/**
 * Verifies one stream's recorded chain. `findChainBreak` hashes every field it is given, so the global
 * position is stripped first, as it was when the hashes were written.
 */
export function findRecordedChainBreak(events: readonly RecordedEvent[]): ChainBreak | null {
  return findChainBreak(events.map((event) => ({ ...hashedFields(event), hash: event.hash })));
}
