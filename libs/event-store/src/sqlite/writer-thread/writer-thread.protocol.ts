import type { RecordedEvent } from '../../event-envelope';
import type { AppendResult } from '../../event-store.port';
import { EventStoreError, EventStoreErrorCode, WrongExpectedRevisionError } from '../../event-store.errors';
import { appendResult } from '../../append-plan';
import type { AppendOutcome, AppendRequest } from '../sqlite-write-group';

export type WriterThreadData = Readonly<{ filename: string; busyTimeoutMs: number }>;

export type ToWriterThread =
  Readonly<{ kind: 'append'; id: number; request: AppendRequest }> | Readonly<{ kind: 'close' }>;

/** Where the writer placed one event; the main thread already holds the rest of it (type, data, metadata). */
type PlacedEvent = Pick<RecordedEvent, 'eventId' | 'revision' | 'globalPosition' | 'prevHash' | 'hash'>;

type StoreErrorWire = Readonly<{
  code: EventStoreErrorCode;
  message: string;
  actualRevision?: number;
  streamId?: string;
  expected?: string | number;
}>;

/**
 * One append's outcome as it crosses threads. A new write sends back only what the writer added to each
 * event (the events themselves would be copied twice for nothing); a retried command sends back the events
 * as first written, which the caller does not hold.
 */
export type OutcomeWire = Readonly<
  | { id: number; kind: 'written'; placed: readonly PlacedEvent[] }
  | { id: number; kind: 'duplicate'; result: AppendResult }
  | { id: number; kind: 'refused'; error: StoreErrorWire }
>;

/** The outcomes of one committed group (or of one failed commit), in the order the appends arrived. */
export type FromWriterThread = Readonly<{ kind: 'outcomes'; outcomes: readonly OutcomeWire[] }>;

export function toOutcomeWire(id: number, outcome: AppendOutcome): OutcomeWire {
  if ('error' in outcome) return { id, kind: 'refused', error: toStoreErrorWire(outcome.error) };
  if (outcome.result.duplicate) return { id, kind: 'duplicate', result: outcome.result };
  const placed = outcome.result.events.map(({ eventId, revision, globalPosition, prevHash, hash }) => ({
    eventId,
    revision,
    globalPosition,
    prevHash,
    hash,
  }));
  return { id, kind: 'written', placed };
}

export function fromOutcomeWire(wire: OutcomeWire, request: AppendRequest): AppendOutcome {
  switch (wire.kind) {
    case 'refused':
      return { error: fromStoreErrorWire(wire.error) };
    case 'duplicate':
      return { result: wire.result };
    case 'written':
      return {
        result: appendResult(
          wire.placed.map((placed, index) => recordedEvent(request, index, placed)),
          false,
        ),
      };
  }
}

/** The same envelope, field for field and in the same key order, as the writer stored and hashed. */
function recordedEvent(request: AppendRequest, index: number, placed: PlacedEvent): RecordedEvent {
  const { type, schemaVersion, data, metadata } = request.events[index];
  return {
    eventId: placed.eventId,
    streamId: request.streamId,
    revision: placed.revision,
    type,
    schemaVersion,
    data,
    metadata,
    prevHash: placed.prevHash,
    hash: placed.hash,
    globalPosition: placed.globalPosition,
  };
}

export function toStoreErrorWire(error: EventStoreError): StoreErrorWire {
  const { code, message, actualRevision } = error;
  if (error instanceof WrongExpectedRevisionError)
    return { code, message, actualRevision, streamId: error.streamId, expected: error.expected };
  return { code, message, actualRevision };
}

function fromStoreErrorWire(wire: StoreErrorWire): EventStoreError {
  if (
    wire.code === EventStoreErrorCode.WrongExpectedRevision &&
    wire.streamId !== undefined &&
    wire.expected !== undefined &&
    wire.actualRevision !== undefined
  ) {
    return new WrongExpectedRevisionError(wire.streamId, wire.expected, wire.actualRevision);
  }
  return new EventStoreError(wire.code, wire.message, wire.actualRevision);
}
