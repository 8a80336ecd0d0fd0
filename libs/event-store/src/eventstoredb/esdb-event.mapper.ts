import { jsonEvent, type EventData, type Position } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from '../event-envelope';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';
import type { SealedEvent } from '../hashed-envelope';
import { toGlobalPosition } from './esdb-position.mapper';
import { toSafeNumber } from './esdb-revision.mapper';

/**
 * What the adapter writes as EventStoreDB event metadata: the envelope besides its data.
 * - `appendAttemptId` is unique per append call and not part of the envelope: the server answers a
 *   repeated write of the same event ids with success, and this is how the adapter tells its own write
 *   from an earlier one the server deduplicated.
 * - `$correlationId` and `$causationId` repeat the ledger's ids under the names the server's own
 *   projections (`$by-correlation-id`) read; on the way back the envelope's copy is the one that counts.
 */
export type EsdbEnvelopeMetadata = Readonly<{
  schemaVersion: number;
  metadata: EventMetadata;
  prevHash: string;
  hash: string;
  appendAttemptId: string;
  $correlationId: string;
  $causationId: string;
}>;

/** The shape of an event as the client returns it, narrowed to what the envelope needs. */
export type EsdbStoredEvent = Readonly<{
  id: string;
  streamId: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: Position;
}>;

/** A sealed envelope as the event to append; its id is the deterministic one, so the server dedupes retries. */
export function toEsdbEventData(event: SealedEvent, appendAttemptId: string): EventData {
  const metadata: EsdbEnvelopeMetadata = {
    schemaVersion: event.schemaVersion,
    metadata: event.metadata,
    prevHash: event.prevHash,
    hash: event.hash,
    appendAttemptId,
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata });
}

/**
 * An event read back as the port's envelope. `streamId` is the port's (unprefixed) id. Anything that is
 * not a ledger envelope is refused as INVALID_EVENT rather than guessed at: a foreign writer on the same
 * stream would otherwise break the hash chain silently.
 */
export function fromEsdbEvent(event: EsdbStoredEvent, streamId: string): RecordedEvent {
  if (!event.position) {
    throw invalid(event, 'carries no log position (EventStoreDB 22.6 or later is required)');
  }
  if (!event.isJson || !isRecord(event.data)) throw invalid(event, 'has no JSON object as data');
  const envelope = readEnvelopeMetadata(event);
  return {
    eventId: event.id,
    streamId,
    revision: toSafeNumber(event.revision, 'Stream revision'),
    globalPosition: toGlobalPosition(event.position),
    type: event.type,
    schemaVersion: envelope.schemaVersion,
    data: event.data,
    metadata: envelope.metadata,
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
}

/** The append call that wrote a stored event (see `EsdbEnvelopeMetadata`); events copied in by other tools may have none. */
export function appendAttemptIdOf(event: EsdbStoredEvent): string | undefined {
  const { appendAttemptId } = readEnvelopeMetadata(event) as Partial<EsdbEnvelopeMetadata>;
  return typeof appendAttemptId === 'string' ? appendAttemptId : undefined;
}

function readEnvelopeMetadata(event: EsdbStoredEvent): EsdbEnvelopeMetadata {
  const metadata = event.metadata;
  if (
    !isRecord(metadata) ||
    !Number.isInteger(metadata.schemaVersion) ||
    !isRecord(metadata.metadata) ||
    typeof metadata.prevHash !== 'string' ||
    typeof metadata.hash !== 'string'
  ) {
    throw invalid(event, 'has no ledger envelope in its metadata');
  }
  return metadata as EsdbEnvelopeMetadata;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(event: EsdbStoredEvent, reason: string): EventStoreError {
  return new EventStoreError(EventStoreErrorCode.InvalidEvent, `Event ${event.id} in ${event.streamId} ${reason}`);
}
