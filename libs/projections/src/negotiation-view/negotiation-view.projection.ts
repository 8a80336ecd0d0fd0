import { assertUnreachable, bindingOf, entityIdOf, touchedEntityIds, type SourceRef } from '@ledger/domain';
import { canonicalJson } from '@ledger/evidence';
import { NEGOTIATION_EVENT_TYPES, type LedgerEntry } from '../shared/ledger-entry';
import type { EntityTrace, NegotiationView, ProposalTerms } from './negotiation-view.document';

/** Every negotiation event shapes the view (and every other read model here); other types in the log are skipped. */
export const negotiationViewCanHandle = NEGOTIATION_EVENT_TYPES;

type Table<V> = Readonly<Record<string, V>>;

const withRow = <V>(table: Table<V>, id: string, row: V): Table<V> => ({ ...table, [id]: row });
/** Changes a row that exists; an event about an unknown entity (its creation was retracted) changes nothing. */
const patchRow = <V>(table: Table<V>, id: string, change: (row: V) => V): Table<V> =>
  table[id] === undefined ? table : withRow(table, id, change(table[id]));

/**
 * Folds one entry (an event as corrected so far) into the view. Pure: returns a new document. A retracted
 * entry stays in the traces, because it did happen in the ledger, but its facts are not applied.
 */
export function evolveNegotiationView(view: NegotiationView | null, entry: LedgerEntry): NegotiationView | null {
  if (view === null)
    return entry.type === 'NegotiationOpened' && !entry.retracted ? traced(opened(entry), entry) : null;
  const next = traced({ ...view, revision: entry.revision, globalPosition: entry.globalPosition }, entry);
  return entry.retracted ? next : applyFacts(next, entry);
}

function opened(entry: LedgerEntry & { type: 'NegotiationOpened' }): NegotiationView {
  return {
    negotiationId: entry.data.negotiationId,
    title: entry.data.title,
    description: entry.data.description,
    openedOn: entry.occurredOn,
    parties: {},
    meetings: {},
    proposals: {},
    positions: {},
    agreements: {},
    commitments: {},
    disputes: {},
    rulings: {},
    resolutions: {},
    decisions: {},
    suspensions: {},
    documents: {},
    corrections: [],
    traces: {},
    revision: entry.revision,
    globalPosition: entry.globalPosition,
  };
}

/** A citation counts once per entity, however many of its events cite the same words of the same document. */
function withNewSources(known: readonly SourceRef[], cited: readonly SourceRef[]): SourceRef[] {
  const seen = new Set(known.map(canonicalJson));
  const fresh = cited.filter((source) => {
    const key = canonicalJson(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...known, ...fresh];
}

/** Sources go to the entry's own entity; the event id goes to every entity it touches. */
function traced(view: NegotiationView, entry: LedgerEntry): NegotiationView {
  const ownId = entityIdOf(entry);
  const citedHere: SourceRef[] = entry.retracted ? [] : [...entry.metadata.sources];
  if (entry.type === 'SourceAttached' && !entry.retracted) citedHere.push(entry.data.source);
  const ids = new Set([entry.data.negotiationId, ...touchedEntityIds(entry)]);
  const traces = { ...view.traces };
  for (const id of ids) {
    const trace: EntityTrace = traces[id] ?? { sources: [], eventIds: [] };
    traces[id] = {
      sources: id === ownId ? withNewSources(trace.sources, citedHere) : trace.sources,
      eventIds: [...trace.eventIds, entry.eventId],
    };
  }
  return { ...view, traces };
}

function termsOf(entry: LedgerEntry & { type: 'ProposalTabled' | 'ProposalRevised' }): ProposalTerms {
  const { title, terms, financialTerms, nonNegotiable, meetingId } = entry.data;
  return {
    title,
    terms,
    financialTerms,
    nonNegotiable,
    meetingId,
    occurredOn: entry.occurredOn,
    eventId: entry.eventId,
  };
}

function applyFacts(view: NegotiationView, entry: LedgerEntry): NegotiationView {
  const on = entry.occurredOn;
  switch (entry.type) {
    case 'NegotiationOpened':
      return { ...view, title: entry.data.title, description: entry.data.description, openedOn: on };
    case 'PartyJoined': {
      const { partyId, name, kind, delegation } = entry.data;
      return { ...view, parties: withRow(view.parties, partyId, { partyId, name, kind, delegation, joinedOn: on }) };
    }
    case 'MeetingScheduled': {
      const { negotiationId: _, ...meeting } = entry.data;
      return {
        ...view,
        meetings: withRow(view.meetings, meeting.meetingId, {
          ...meeting,
          status: 'scheduled',
          heldOn: null,
          summary: null,
          cancelledReason: null,
        }),
      };
    }
    case 'MeetingHeld':
      return {
        ...view,
        meetings: patchRow(view.meetings, entry.data.meetingId, (m) => ({
          ...m,
          status: 'held',
          heldOn: on,
          summary: entry.data.summary,
        })),
      };
    case 'MeetingCancelled':
      return {
        ...view,
        meetings: patchRow(view.meetings, entry.data.meetingId, (m) => ({
          ...m,
          status: 'cancelled',
          cancelledReason: entry.data.reason,
        })),
      };
    case 'ProposalTabled': {
      const { proposalId, partyId } = entry.data;
      const terms = termsOf(entry);
      return {
        ...view,
        proposals: withRow(view.proposals, proposalId, {
          proposalId,
          partyId,
          status: 'tabled',
          agreed: false,
          current: terms,
          history: [terms],
          withdrawnReason: null,
        }),
      };
    }
    case 'ProposalRevised': {
      const terms = termsOf(entry);
      return {
        ...view,
        proposals: patchRow(view.proposals, entry.data.proposalId, (p) => ({
          ...p,
          current: terms,
          history: [...p.history, terms],
        })),
      };
    }
    case 'ProposalWithdrawn':
      return {
        ...view,
        proposals: patchRow(view.proposals, entry.data.proposalId, (p) => ({
          ...p,
          status: 'withdrawn',
          withdrawnReason: entry.data.reason,
        })),
      };
    case 'PositionTaken': {
      const { negotiationId: _, ...position } = entry.data;
      return {
        ...view,
        positions: withRow(view.positions, position.positionId, {
          ...position,
          takenOn: on,
          globalPosition: entry.globalPosition,
        }),
      };
    }
    case 'AgreementReached': {
      const { negotiationId: _, ...agreement } = entry.data;
      const proposals = agreement.proposalIds.reduce(
        (table, id) => patchRow(table, id, (p) => ({ ...p, agreed: true })),
        view.proposals,
      );
      return {
        ...view,
        proposals,
        agreements: withRow(view.agreements, agreement.agreementId, {
          ...agreement,
          reachedOn: on,
          status: 'in-force',
          supersession: null,
        }),
      };
    }
    case 'AgreementSuperseded': {
      const { supersededBy, reason } = entry.data;
      return {
        ...view,
        agreements: patchRow(view.agreements, entry.data.agreementId, (a) => ({
          ...a,
          status: 'superseded',
          supersession: { supersededBy, reason, on },
        })),
      };
    }
    case 'CommitmentMade': {
      const { negotiationId: _, ...commitment } = entry.data;
      return {
        ...view,
        commitments: withRow(view.commitments, commitment.commitmentId, {
          ...commitment,
          madeOn: on,
          status: 'open',
          outcome: null,
          missedOn: null,
        }),
      };
    }
    case 'CommitmentFulfilled':
      return {
        ...view,
        commitments: patchRow(view.commitments, entry.data.commitmentId, (c) => ({
          ...c,
          status: 'fulfilled',
          outcome: { on, note: entry.data.note },
        })),
      };
    case 'CommitmentMissed': {
      const missed = { status: 'missed' as const, outcome: { on, note: entry.data.note }, missedOn: on };
      return {
        ...view,
        commitments: patchRow(view.commitments, entry.data.commitmentId, (c) => ({ ...c, ...missed })),
      };
    }
    case 'DisputeRaised': {
      const { negotiationId: _, ...dispute } = entry.data;
      return {
        ...view,
        disputes: withRow(view.disputes, dispute.disputeId, {
          ...dispute,
          raisedOn: on,
          status: 'open',
          escalations: [],
          announcedEscalations: [],
          settlement: null,
        }),
      };
    }
    case 'EscalationAnnounced': {
      const { announcedBy, forum, forumName, condition } = entry.data;
      const announcement = { announcedBy, forum, forumName, condition, on };
      return {
        ...view,
        disputes: patchRow(view.disputes, entry.data.disputeId, (d) => ({
          ...d,
          announcedEscalations: [...d.announcedEscalations, announcement],
        })),
      };
    }
    case 'DisputeEscalated': {
      const { forum, forumName, reason } = entry.data;
      return {
        ...view,
        disputes: patchRow(view.disputes, entry.data.disputeId, (d) => ({
          ...d,
          status: 'escalated',
          escalations: [...d.escalations, { forum, forumName, reason, on }],
        })),
      };
    }
    case 'DisputeSettled': {
      const { outcome, agreementId, rulingId } = entry.data;
      return {
        ...view,
        disputes: patchRow(view.disputes, entry.data.disputeId, (d) => ({
          ...d,
          status: 'settled',
          settlement: { outcome, agreementId, rulingId, on },
        })),
      };
    }
    case 'RulingIssued': {
      const { negotiationId: _, ...ruling } = entry.data;
      return {
        ...view,
        rulings: withRow(view.rulings, ruling.rulingId, {
          ...ruling,
          binding: bindingOf(ruling.bindingness),
          issuedOn: on,
        }),
      };
    }
    case 'ResolutionAdopted': {
      const { negotiationId: _, ...resolution } = entry.data;
      return {
        ...view,
        resolutions: withRow(view.resolutions, resolution.resolutionId, { ...resolution, adoptedOn: on }),
      };
    }
    case 'DecisionTaken': {
      const { negotiationId: _, ...decision } = entry.data;
      return { ...view, decisions: withRow(view.decisions, decision.decisionId, { ...decision, decidedOn: on }) };
    }
    case 'TalksSuspended': {
      const { negotiationId: _, ...suspension } = entry.data;
      return {
        ...view,
        suspensions: withRow(view.suspensions, suspension.suspensionId, {
          ...suspension,
          suspendedOn: on,
          resumption: null,
        }),
      };
    }
    case 'TalksResumed': {
      const { resumedBy, note } = entry.data;
      return {
        ...view,
        suspensions: patchRow(view.suspensions, entry.data.suspensionId, (s) => ({
          ...s,
          resumption: { resumedBy, note, on },
        })),
      };
    }
    case 'DocumentIssued': {
      const { negotiationId: _, ...document } = entry.data;
      return { ...view, documents: withRow(view.documents, document.documentId, { ...document, issuedOn: on }) };
    }
    case 'SourceAttached':
      return view;
    case 'EntryCorrected': {
      const { correctedEventId, entityId, reason, retracted } = entry.data;
      const correction = {
        eventId: entry.eventId,
        correctedEventId,
        entityId,
        reason,
        retracted,
        recordedAt: entry.metadata.recordedAt,
      };
      return { ...view, corrections: [...view.corrections, correction] };
    }
    default:
      return assertUnreachable(entry);
  }
}
