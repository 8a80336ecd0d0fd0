import { negotiationIdOfStream } from '@ledger/command-handling';
import { canonicalJson } from '@ledger/evidence';
import { hashedFields, type RecordedEvent } from '@ledger/event-store';
import { toGlobalId } from '../../common/graphql/global-id';
import type { LedgerEventModel } from './ledger-event.model';
import { toClassificationModel, toSourceModel } from './value.mappers';

/** What every reader sees of an event: where it sits, who may see it, and the hashes that bind it. */
function placeOf(event: RecordedEvent) {
  return {
    id: toGlobalId('LedgerEvent', `${event.streamId}/${event.revision}`),
    eventId: event.eventId,
    negotiationId: negotiationIdOfStream(event.streamId) ?? event.streamId,
    streamId: event.streamId,
    revision: event.revision,
    globalPosition: String(event.globalPosition),
    classification: toClassificationModel(event.metadata.classification),
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/** `shown` is the event as the reader sees it (personal data revealed); `hashedJson` stays what was stored and hashed. */
export const toLedgerEventModel = (event: RecordedEvent, shown: RecordedEvent = event): LedgerEventModel => ({
  ...placeOf(event),
  withheld: false,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: { ...shown.data },
  ...event.metadata,
  sources: event.metadata.sources.map(toSourceModel),
  classification: toClassificationModel(event.metadata.classification),
  // Computed only when a query asks for it: canonicalizing every event of a page is a large share of a request.
  get hashedJson() {
    return canonicalJson(hashedFields(event));
  },
});

/** An event the reader may not see: its hash and place only, never its content, its type or who recorded it. */
export const toWithheldLedgerEventModel = (event: RecordedEvent): LedgerEventModel => ({
  ...placeOf(event),
  withheld: true,
  type: null, schemaVersion: null, data: null, occurredOn: null, recordedAt: null, recordedBy: null,
  commandId: null, correlationId: null, causationId: null, sources: null, hashedJson: null,
});
