import { negotiationIdOfStream } from '@ledger/command-handling';
import type { RecordedEvent } from '@ledger/event-store';
import { toGlobalId } from '../../common/graphql/global-id';
import type { LedgerEventModel } from './ledger-event.model';
import { toClassificationModel, toSourceModel } from './value.mappers';

export const toLedgerEventModel = (event: RecordedEvent): LedgerEventModel => ({
  id: toGlobalId('LedgerEvent', `${event.streamId}/${event.revision}`),
  eventId: event.eventId,
  negotiationId: negotiationIdOfStream(event.streamId) ?? event.streamId,
  streamId: event.streamId,
  revision: event.revision,
  globalPosition: String(event.globalPosition),
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: { ...event.data },
  ...event.metadata,
  sources: event.metadata.sources.map(toSourceModel),
  classification: toClassificationModel(event.metadata.classification),
  prevHash: event.prevHash,
  hash: event.hash,
});
