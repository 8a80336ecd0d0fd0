import type { Classification, PartyKind } from '@ledger/domain';
import type { LeanEvent } from '@ledger/event-store';
import { NEGOTIATION_EVENT_TYPES } from '../shared/ledger-entry';
import type { LeanProjection } from '../shared/projection';
import { audienceKey } from './audience';

/**
 * What the read side needs to judge access to a negotiation without reading its stream: its table, its
 * opening, and the audiences its entries are for (so a viewer who belongs to all of them needs no filter).
 */
export type NegotiationAccess = {
  table: Map<string, { kind: PartyKind }>;
  opening: Classification | null;
  audiences: Set<string>;
};

export type NegotiationAccessIndex = { negotiations: Map<string, NegotiationAccess>; lastPosition: number };

const negotiationIdOf = (event: LeanEvent): string => String(event.data.negotiationId);

/** Grows in place, like the other global indexes: copying a map of every negotiation per event would make a rebuild quadratic. */
export function evolveNegotiationAccess(index: NegotiationAccessIndex, event: LeanEvent): NegotiationAccessIndex {
  if (event.globalPosition <= index.lastPosition) return index;
  const access = index.negotiations.get(negotiationIdOf(event)) ?? {
    table: new Map(),
    opening: null,
    audiences: new Set(),
  };
  if (event.type === 'PartyJoined')
    access.table.set(String(event.data.partyId), { kind: event.data.kind as PartyKind });
  if (event.type === 'NegotiationOpened') access.opening = event.metadata.classification;
  access.audiences.add(audienceKey(event.metadata.classification));
  index.negotiations.set(negotiationIdOf(event), access);
  index.lastPosition = event.globalPosition;
  return index;
}

export const negotiationAccessProjection: LeanProjection<NegotiationAccessIndex> = {
  name: 'negotiation-access',
  lean: true,
  canHandle: NEGOTIATION_EVENT_TYPES,
  initialDocument: () => ({ negotiations: new Map(), lastPosition: 0 }),
  evolve: evolveNegotiationAccess,
};
