import type { LeanEvent } from '@ledger/event-store';
import { negotiationViewCanHandle } from '../negotiation-view/negotiation-view.projection';
import { negotiationEventView } from '../shared/ledger-entry';
import type { LeanProjection } from '../shared/projection';
import type { NegotiationListIndex, SummaryRow } from './negotiation-list.document';

export const negotiationListCanHandle = negotiationViewCanHandle;

export const emptyNegotiationList = (): NegotiationListIndex => ({ rows: new Map(), order: [], firstPositions: [], lastPosition: 0 });

function rowFor(index: NegotiationListIndex, negotiationId: string, event: LeanEvent): SummaryRow {
  const existing = index.rows.get(negotiationId);
  if (existing) return existing;
  const row: SummaryRow = {
    negotiationId, title: '', openedOn: null, lastOccurredOn: event.metadata.occurredOn, eventCount: 0, lastRevision: event.revision,
    firstGlobalPosition: event.globalPosition, lastGlobalPosition: event.globalPosition, openedEventId: null,
  };
  index.rows.set(negotiationId, row);
  index.order.push(negotiationId);
  index.firstPositions.push(event.globalPosition);
  return row;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Counts the event into its negotiation's summary. Mutates rows in place (one small row per negotiation,
 * but a map of them all: copying it per event would make a rebuild quadratic). A correction of the
 * NegotiationOpened entry updates the title and opening date, as the effective history would.
 */
export function evolveNegotiationList(index: NegotiationListIndex, event: LeanEvent): NegotiationListIndex {
  if (event.globalPosition <= index.lastPosition) return index;
  const domainEvent = negotiationEventView(event);
  const row = rowFor(index, domainEvent.data.negotiationId, event);
  row.eventCount += 1;
  row.lastRevision = event.revision;
  row.lastGlobalPosition = event.globalPosition;
  row.lastOccurredOn = later(row.lastOccurredOn, event.metadata.occurredOn);
  if (domainEvent.type === 'NegotiationOpened') {
    Object.assign(row, { title: domainEvent.data.title, openedOn: event.metadata.occurredOn, openedEventId: event.eventId });
  }
  if (domainEvent.type === 'EntryCorrected' && domainEvent.data.correctedEventId === row.openedEventId) {
    const { patch, occurredOn } = domainEvent.data;
    if (typeof patch.title === 'string') row.title = patch.title;
    if (occurredOn !== null) row.openedOn = occurredOn;
  }
  index.lastPosition = event.globalPosition;
  return index;
}

export const negotiationListProjection: LeanProjection<NegotiationListIndex> = {
  name: 'negotiation-list',
  lean: true,
  canHandle: negotiationListCanHandle,
  initialDocument: emptyNegotiationList,
  evolve: evolveNegotiationList,
};
