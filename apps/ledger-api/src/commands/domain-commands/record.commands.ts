import type { AttachSource, CommandMetadata, CorrectEntry } from '@ledger/domain';
import type { AttachSourceInput, CorrectEntryInput } from '../dto/record.inputs';
import { toPeriod, toSourceRef } from './input-values.mapper';

export const toAttachSource = (input: AttachSourceInput, metadata: CommandMetadata): AttachSource => ({
  type: 'AttachSource',
  data: { negotiationId: input.negotiationId, entityId: input.entityId, source: toSourceRef(input.source) },
  metadata,
});

/** The correction's own occurredOn (metadata) is when it was made; the entry's corrected date is data. */
export const toCorrectEntry = (input: CorrectEntryInput, metadata: CommandMetadata): CorrectEntry => ({
  type: 'CorrectEntry',
  data: {
    negotiationId: input.negotiationId,
    correctedEventId: input.correctedEventId,
    reason: input.reason,
    retracted: input.retracted,
    patch: input.patch ?? {},
    occurredOn: input.correctedOccurredOn ?? null,
    occurredAsSaid: input.correctedOccurredAsSaid
      ? toPeriod('correctedOccurredAsSaid', input.correctedOccurredAsSaid)
      : null,
  },
  metadata,
});
