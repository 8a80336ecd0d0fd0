import type { GrowingMap } from '../shared/growing-map';
import type { Period } from '../shared/period';
import type { NegotiationEventType, PartyKind } from './negotiation.events';

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';
export type ProposalStatus = 'tabled' | 'withdrawn';
export type AgreementStatus = 'in-force' | 'superseded';
export type CommitmentStatus = 'open' | 'fulfilled' | 'missed';
export type DisputeStatus = 'open' | 'escalated' | 'settled';

/** What the decider must remember of each recorded entry to judge a later correction of it. */
export type EntryRecord = Readonly<{
  type: NegotiationEventType;
  entityId: string;
  data: Readonly<Record<string, unknown>>;
  occurredOn: string;
  /** The date as a document said it, when it said more than a day. */
  occurredAsSaid: Period | null;
  retracted: boolean;
}>;

/** The slice of a negotiation that `decide` needs to enforce its rules; read models live in libs/projections. */
export type OpenNegotiationState = Readonly<{
  status: 'open';
  negotiationId: string;
  parties: ReadonlyMap<string, Readonly<{ name: string; kind: PartyKind }>>;
  meetings: ReadonlyMap<string, Readonly<{ status: MeetingStatus }>>;
  proposals: ReadonlyMap<string, Readonly<{ status: ProposalStatus; partyId: string; agreed: boolean }>>;
  positions: ReadonlySet<string>;
  agreements: ReadonlyMap<string, Readonly<{ status: AgreementStatus }>>;
  commitments: ReadonlyMap<string, Readonly<{ status: CommitmentStatus; due: Period; madeOn: string }>>;
  disputes: ReadonlyMap<string, Readonly<{ status: DisputeStatus }>>;
  rulings: ReadonlySet<string>;
  resolutions: ReadonlySet<string>;
  decisions: ReadonlySet<string>;
  /** Each suspension of the talks and whether they were resumed since. */
  suspensions: ReadonlyMap<string, Readonly<{ resumed: boolean }>>;
  documents: ReadonlySet<string>;
  /** Every entry by event id; it grows with each event, so it is shared between states rather than copied. */
  entries: GrowingMap<string, EntryRecord>;
}>;

export type NegotiationState = Readonly<{ status: 'empty' }> | OpenNegotiationState;

export const initialState = (): NegotiationState => ({ status: 'empty' });
