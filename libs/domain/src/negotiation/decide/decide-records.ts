import type { CommandMetadata } from '../../shared/decider';
import { requireDateInInterval } from '../../shared/entry-date';
import { validateFinancialTerms, type FinancialTerm } from '../../shared/financial-term';
import { illegalState, invalid, notFound } from '../../shared/negotiation-error';
import type { Period } from '../../shared/period';
import { validateSource, type SourceRef } from '../../shared/source';
import type { AttachSource, CorrectEntry } from '../negotiation.commands';
import {
  AGREEMENT_STANDINGS,
  DECISION_KINDS,
  DOCUMENT_KINDS,
  DUE_KINDS,
  ESCALATION_FORUMS,
  MEETING_KINDS,
  PARTY_KINDS,
  RESOLUTION_VOTES,
  RULING_BINDINGNESS,
  RULING_KINDS,
  STANCES,
  type EntryCorrected,
  type NegotiationEventType,
  type OpenTerm,
  type RiskAllocation,
  type SourceAttached,
} from '../negotiation.events';
import type { EntryRecord, NegotiationState, OpenNegotiationState } from '../negotiation.state';
import { requireOpenTerms, requireRisks } from './decide-agreements';
import { requireLiveProposal } from './decide-proposals';
import {
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  requireDistinct,
  requireExisting,
  requireKnown,
  requireOneOf,
  requireOpened,
  requireOptionalText,
  requireParties,
  requireParty,
  requirePeriod,
  requireText,
  requireUsableMeeting,
  requireValidTime,
} from './guards';

function entityExists(open: OpenNegotiationState, id: string): boolean {
  return (
    id === open.negotiationId ||
    [
      open.parties,
      open.meetings,
      open.proposals,
      open.positions,
      open.agreements,
      open.commitments,
      open.disputes,
      open.rulings,
      open.resolutions,
      open.decisions,
      open.suspensions,
      open.documents,
    ].some((known) => known.has(id))
  );
}

/** A document underlies entries already recorded in this negotiation, each named once. */
export function requireUnderlying(open: OpenNegotiationState, field: string, entityIds: readonly string[]): void {
  requireDistinct(field, entityIds, 'entry');
  entityIds.forEach((entityId, index) => {
    if (!entityExists(open, entityId))
      throw notFound(`${field}[${index}]`, `nothing with id ${entityId} exists in this negotiation`);
  });
}

export function attachSource({ data }: AttachSource, state: NegotiationState): SourceAttached[] {
  const open = requireOpened(state, data.negotiationId);
  if (!entityExists(open, data.entityId))
    throw notFound('entityId', `nothing with id ${data.entityId} exists in this negotiation`);
  validateSource(data.source, 'source');
  return [{ type: 'SourceAttached', data }];
}

export function correctEntry({ data, metadata }: CorrectEntry, state: NegotiationState): EntryCorrected[] {
  const open = requireOpened(state, data.negotiationId);
  const target = open.entries.get(data.correctedEventId);
  if (target === undefined)
    throw notFound('correctedEventId', `no event ${data.correctedEventId} was recorded in this negotiation`);
  if (target.type === 'EntryCorrected')
    throw illegalState('correctedEventId', 'a correction is not corrected itself: correct the original entry again');
  if (target.retracted) throw illegalState('correctedEventId', `event ${data.correctedEventId} was already retracted`);
  requireText('reason', data.reason);
  const patchKeys = Object.keys(data.patch);
  if (data.retracted) {
    if (target.type === 'NegotiationOpened')
      throw illegalState('retracted', 'the opening of a negotiation cannot be retracted');
    if (patchKeys.length > 0 || data.occurredOn !== null || data.occurredAsSaid !== null)
      throw invalid('retracted', 'a retraction carries no patch and no new date');
  } else if (patchKeys.length === 0 && data.occurredOn === null && data.occurredAsSaid === null) {
    throw invalid('patch', 'a correction changes at least one field or the date');
  }
  requireCorrectedDate(data, metadata, target);
  patchKeys.forEach((key) => requireCorrectableField(open, target, key, data.patch[key]));
  return [{ type: 'EntryCorrected', data: { ...data, entityId: target.entityId } }];
}

/**
 * A corrected day must be a valid time and a corrected date as said a valid period, and the day the entry then
 * counts from must lie inside the date it then stands for; either may change alone.
 */
function requireCorrectedDate(data: CorrectEntry['data'], metadata: CommandMetadata, target: EntryRecord): void {
  if (data.occurredOn === null && data.occurredAsSaid === null) return;
  const occurredOn = data.occurredOn ?? target.occurredOn;
  const occurredAsSaid = data.occurredAsSaid ?? target.occurredAsSaid;
  if (data.occurredOn !== null) requireValidTime({ ...metadata, occurredOn });
  if (data.occurredAsSaid !== null) requirePeriod('occurredAsSaid', data.occurredAsSaid);
  requireDateInInterval({ occurredOn, occurredAsSaid }, data.occurredOn !== null ? 'occurredOn' : 'occurredAsSaid');
}

/** The field of each entry's data that holds the id of the entity it is about. */
const IDENTITY_KEY: Record<NegotiationEventType, string> = {
  NegotiationOpened: 'negotiationId',
  PartyJoined: 'partyId',
  MeetingScheduled: 'meetingId',
  MeetingHeld: 'meetingId',
  MeetingCancelled: 'meetingId',
  ProposalTabled: 'proposalId',
  ProposalRevised: 'proposalId',
  ProposalWithdrawn: 'proposalId',
  PositionTaken: 'positionId',
  AgreementReached: 'agreementId',
  AgreementSuperseded: 'agreementId',
  CommitmentMade: 'commitmentId',
  CommitmentFulfilled: 'commitmentId',
  CommitmentMissed: 'commitmentId',
  DisputeRaised: 'disputeId',
  EscalationAnnounced: 'disputeId',
  DisputeEscalated: 'disputeId',
  DisputeSettled: 'disputeId',
  RulingIssued: 'rulingId',
  ResolutionAdopted: 'resolutionId',
  DecisionTaken: 'decisionId',
  TalksSuspended: 'suspensionId',
  TalksResumed: 'suspensionId',
  DocumentIssued: 'documentId',
  SourceAttached: 'entityId',
  EntryCorrected: 'correctedEventId',
};

/** Which list a `kind` is checked against depends on the entry: a party, a meeting, a ruling, a decision, a document. */
const KINDS: Partial<Record<NegotiationEventType, readonly string[]>> = {
  PartyJoined: PARTY_KINDS,
  MeetingScheduled: MEETING_KINDS,
  RulingIssued: RULING_KINDS,
  DecisionTaken: DECISION_KINDS,
  DocumentIssued: DOCUMENT_KINDS,
};

/** Texts the commands let be empty, and texts they bound as titles. */
const OPTIONAL_TEXT = new Set(['NegotiationOpened.description', 'MeetingHeld.summary', 'CommitmentFulfilled.note']);
const SHORT_TEXT = new Set(['title', 'name', 'topic', 'body', 'forumName', 'subject']);

/** A patch replaces existing fields with values of the same shape; identities cannot be corrected, only retracted. */
function requireCorrectableField(open: OpenNegotiationState, target: EntryRecord, key: string, value: unknown): void {
  const field = `patch.${key}`;
  if (!(key in target.data)) throw invalid(field, `a ${target.type} entry has no field ${key}`);
  const original = target.data[key];
  if (key === 'negotiationId' || key === IDENTITY_KEY[target.type])
    throw invalid(field, `${key} identifies the entry; retract it instead`);
  if (!sameShape(original, value))
    throw invalid(field, `${key} must keep the shape of the original (${describe(original)})`);
  validatePatchedValue(open, target, field, key, value);
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

function sameShape(original: unknown, value: unknown): boolean {
  if (original === null || value === null)
    return (original ?? value) === null || typeof (original ?? value) === 'string';
  if (Array.isArray(original)) return Array.isArray(value);
  return typeof original === typeof value && Array.isArray(value) === false;
}

/** A patched value obeys the rule the original command obeyed: same lists, same references, same text rules. */
function validatePatchedValue(
  open: OpenNegotiationState,
  target: EntryRecord,
  field: string,
  key: string,
  value: unknown,
): void {
  const text = value as string;
  const list = value as string[];
  switch (key) {
    case 'financialTerms':
      return validateFinancialTerms(value as FinancialTerm[], field);
    case 'due':
    case 'scheduledFor':
      return requirePeriod(field, value as Period);
    case 'source':
      return validateSource(value as SourceRef, field);
    case 'partyId':
    case 'raisedBy':
    case 'bindsParty':
    case 'decidedBy':
      return requireParty(open, field, text);
    case 'parties':
    case 'participants':
    case 'owedBy':
    case 'suspendedBy':
    case 'resumedBy':
    case 'issuedBy':
    case 'recipients':
      return requireParties(open, field, list);
    case 'dueKind':
      return requireOneOf(field, DUE_KINDS, text);
    case 'kind':
      return requireOneOf(field, KINDS[target.type] ?? [], text);
    case 'stance':
      return requireOneOf(field, STANCES, text);
    case 'bindingness':
      return requireOneOf(field, RULING_BINDINGNESS, text);
    case 'vote':
      return requireOneOf(field, RESOLUTION_VOTES, text);
    case 'standing':
      return requireOneOf(field, AGREEMENT_STANDINGS, text);
    case 'openTerms':
      return requireOpenTerms(open, field, value as OpenTerm[]);
    case 'risks':
      return requireRisks(open, field, value as RiskAllocation[]);
    case 'conditions':
      return list.forEach((condition, index) => requireText(`${field}[${index}]`, condition));
    case 'forum':
      return requireOneOf(field, ESCALATION_FORUMS, text);
    case 'meetingId':
      return requireUsableMeeting(open, field, text);
    case 'proposalId':
      if (value !== null) requireLiveProposal(open, field, text);
      return;
    case 'proposalIds':
      return list.forEach((id, index) => requireLiveProposal(open, `${field}[${index}]`, id));
    case 'agreementId':
      if (value !== null) requireKnown(field, open.agreements, text, 'agreement');
      return;
    case 'supersededBy':
      return void requireKnown(field, open.agreements, text, 'agreement');
    case 'disputeId':
      if (value !== null) requireKnown(field, open.disputes, text, 'dispute');
      return;
    case 'rulingId':
      if (value !== null) requireExisting(field, open.rulings, text, 'ruling');
      return;
    case 'underlies':
      return requireUnderlying(open, field, list);
    case 'addressedTo':
      return requireText(field, text, MAX_TITLE_LENGTH);
    case 'reasons':
      return list.forEach((reason, index) => requireOptionalText(`${field}[${index}]`, reason));
    case 'delegation':
      return list.forEach((member, index) => requireText(`${field}[${index}]`, member, MAX_TITLE_LENGTH));
    case 'title':
    case 'name':
    case 'topic':
    case 'body':
    case 'forumName':
    case 'terms':
    case 'description':
    case 'reason':
    case 'text':
    case 'outcome':
    case 'summary':
    case 'note':
    case 'subject':
      if (OPTIONAL_TEXT.has(`${target.type}.${key}`)) return requireOptionalText(field, text);
      return requireText(field, text, SHORT_TEXT.has(key) ? MAX_TITLE_LENGTH : MAX_TEXT_LENGTH);
  }
}
