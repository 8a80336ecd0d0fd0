import type { LeanEvent } from '@ledger/event-store';
import { audienceKey } from '../access/audience';
import { negotiationViewCanHandle } from '../negotiation-view/negotiation-view.projection';
import { negotiationEventView } from '../shared/ledger-entry';
import type { LeanProjection } from '../shared/projection';
import type { NegotiationListIndex, SummaryRow } from './negotiation-list.document';

export const negotiationListCanHandle = negotiationViewCanHandle;

export const emptyNegotiationList = (): NegotiationListIndex => ({
  rows: new Map(),
  order: [],
  firstPositions: [],
  lastPosition: 0,
});

function rowFor(index: NegotiationListIndex, negotiationId: string, event: LeanEvent): SummaryRow {
  const existing = index.rows.get(negotiationId);
  if (existing) return existing;
  const row: SummaryRow = {
    negotiationId,
    firstGlobalPosition: event.globalPosition,
    opening: null,
    openingCorrections: [],
    tallies: new Map(),
  };
  index.rows.set(negotiationId, row);
  index.order.push(negotiationId);
  index.firstPositions.push(event.globalPosition);
  return row;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Counts the event into its negotiation's summary, under its audience. Mutates rows in place (one small
 * row per negotiation, but a map of them all: copying it per event would make a rebuild quadratic). A
 * correction of the NegotiationOpened entry is kept with its audience, applied for viewers of that audience only.
 */
export function evolveNegotiationList(index: NegotiationListIndex, event: LeanEvent): NegotiationListIndex {
  if (event.globalPosition <= index.lastPosition) return index;
  const domainEvent = negotiationEventView(event);
  const row = rowFor(index, domainEvent.data.negotiationId, event);
  const audience = audienceKey(event.metadata.classification);
  const tally = row.tallies.get(audience);
  const { occurredOn } = event.metadata;
  if (tally) {
    Object.assign(tally, { eventCount: tally.eventCount + 1, lastOccurredOn: later(tally.lastOccurredOn, occurredOn) });
    Object.assign(tally, { lastRevision: event.revision, lastGlobalPosition: event.globalPosition });
  } else {
    row.tallies.set(audience, {
      eventCount: 1,
      lastOccurredOn: occurredOn,
      lastRevision: event.revision,
      lastGlobalPosition: event.globalPosition,
    });
  }
  if (domainEvent.type === 'NegotiationOpened') {
    row.opening = { title: domainEvent.data.title, openedOn: occurredOn, eventId: event.eventId, audience };
  }
  if (domainEvent.type === 'EntryCorrected' && domainEvent.data.correctedEventId === row.opening?.eventId) {
    const { patch, occurredOn: correctedOn } = domainEvent.data;
    row.openingCorrections.push({
      audience,
      ...(typeof patch.title === 'string' ? { title: patch.title } : {}),
      ...(correctedOn !== null ? { openedOn: correctedOn } : {}),
    });
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
