import { GrowingMap } from '../shared/growing-map';
import { assertUnreachable } from '../shared/negotiation-error';
import type { EffectiveEvent } from './effective-history';
import { entityIdOf } from './negotiation.events';
import type { NegotiationState, OpenNegotiationState } from './negotiation.state';

const withEntry = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> => new Map(map).set(key, value);
const patchEntry = <K, V>(map: ReadonlyMap<K, V>, key: K, change: Partial<V>): ReadonlyMap<K, V> => {
  const current = map.get(key);
  return current === undefined ? map : withEntry(map, key, { ...current, ...change });
};
const withMember = <T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> => new Set(set).add(value);

/** Folds one event into the decision state. Never throws; an event that does not apply leaves the state as it was. */
export function evolve(state: NegotiationState, event: EffectiveEvent): NegotiationState {
  if (state.status === 'empty') {
    if (event.type !== 'NegotiationOpened' || event.retracted) return state;
    return registered(opened(event.data.negotiationId), event);
  }
  const next = registered(state, event);
  return event.retracted ? next : apply(next, event);
}

function opened(negotiationId: string): OpenNegotiationState {
  return {
    status: 'open',
    negotiationId,
    parties: new Map(),
    meetings: new Map(),
    proposals: new Map(),
    positions: new Set(),
    agreements: new Map(),
    commitments: new Map(),
    disputes: new Map(),
    rulings: new Set(),
    resolutions: new Set(),
    decisions: new Set(),
    suspensions: new Map(),
    documents: new Set(),
    entries: GrowingMap.empty(),
  };
}

function registered(state: OpenNegotiationState, event: EffectiveEvent): OpenNegotiationState {
  const entry = {
    type: event.type,
    entityId: entityIdOf(event),
    data: event.data,
    occurredOn: event.occurredOn,
    occurredAsSaid: event.occurredAsSaid ?? null,
    retracted: event.retracted,
  };
  return { ...state, entries: state.entries.with(event.eventId, entry) };
}

function apply(state: OpenNegotiationState, event: EffectiveEvent): OpenNegotiationState {
  switch (event.type) {
    case 'NegotiationOpened':
    case 'SourceAttached':
    case 'EntryCorrected':
    case 'EscalationAnnounced':
      return state;
    case 'PartyJoined':
      return {
        ...state,
        parties: withEntry(state.parties, event.data.partyId, { name: event.data.name, kind: event.data.kind }),
      };
    case 'MeetingScheduled':
      return { ...state, meetings: withEntry(state.meetings, event.data.meetingId, { status: 'scheduled' }) };
    case 'MeetingHeld':
      return { ...state, meetings: patchEntry(state.meetings, event.data.meetingId, { status: 'held' }) };
    case 'MeetingCancelled':
      return { ...state, meetings: patchEntry(state.meetings, event.data.meetingId, { status: 'cancelled' }) };
    case 'ProposalTabled':
      return {
        ...state,
        proposals: withEntry(state.proposals, event.data.proposalId, {
          status: 'tabled',
          partyId: event.data.partyId,
          agreed: false,
        }),
      };
    case 'ProposalRevised':
      return state;
    case 'ProposalWithdrawn':
      return { ...state, proposals: patchEntry(state.proposals, event.data.proposalId, { status: 'withdrawn' }) };
    case 'PositionTaken':
      return { ...state, positions: withMember(state.positions, event.data.positionId) };
    case 'AgreementReached': {
      const proposals = event.data.proposalIds.reduce(
        (map, id) => patchEntry(map, id, { agreed: true }),
        state.proposals,
      );
      return {
        ...state,
        proposals,
        agreements: withEntry(state.agreements, event.data.agreementId, { status: 'in-force' }),
      };
    }
    case 'AgreementSuperseded':
      return { ...state, agreements: patchEntry(state.agreements, event.data.agreementId, { status: 'superseded' }) };
    case 'CommitmentMade':
      return {
        ...state,
        commitments: withEntry(state.commitments, event.data.commitmentId, {
          status: 'open',
          due: event.data.due,
          madeOn: event.occurredOn,
        }),
      };
    case 'CommitmentFulfilled':
      return { ...state, commitments: patchEntry(state.commitments, event.data.commitmentId, { status: 'fulfilled' }) };
    case 'CommitmentMissed':
      return { ...state, commitments: patchEntry(state.commitments, event.data.commitmentId, { status: 'missed' }) };
    case 'DisputeRaised':
      return { ...state, disputes: withEntry(state.disputes, event.data.disputeId, { status: 'open' }) };
    case 'DisputeEscalated':
      return { ...state, disputes: patchEntry(state.disputes, event.data.disputeId, { status: 'escalated' }) };
    case 'DisputeSettled':
      return { ...state, disputes: patchEntry(state.disputes, event.data.disputeId, { status: 'settled' }) };
    case 'RulingIssued':
      return { ...state, rulings: withMember(state.rulings, event.data.rulingId) };
    case 'ResolutionAdopted':
      return { ...state, resolutions: withMember(state.resolutions, event.data.resolutionId) };
    case 'DecisionTaken':
      return { ...state, decisions: withMember(state.decisions, event.data.decisionId) };
    case 'TalksSuspended':
      return { ...state, suspensions: withEntry(state.suspensions, event.data.suspensionId, { resumed: false }) };
    case 'TalksResumed':
      return { ...state, suspensions: patchEntry(state.suspensions, event.data.suspensionId, { resumed: true }) };
    case 'DocumentIssued':
      return { ...state, documents: withMember(state.documents, event.data.documentId) };
    default:
      return assertUnreachable(event);
  }
}
