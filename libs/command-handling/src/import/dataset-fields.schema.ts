import type { NegotiationCommand, NegotiationCommandType } from '@ledger/domain';

/**
 * The JSON shape of each field a dataset line may carry in `data`. The domain judges the content; this only
 * makes sure every value has the type the domain expects, so a typo is refused by name instead of crashing.
 */
export type FieldKind =
  | 'text'
  | 'nullable-text'
  | 'boolean'
  | 'text-list'
  | 'period'
  | 'financial-terms'
  | 'open-terms'
  | 'risks'
  | 'source'
  | 'patch';

export type FieldSpec = Readonly<{
  kind: FieldKind;
  fallback?: null | false | 'unknown' | 'unspecified' | readonly never[];
}>;

const text: FieldSpec = { kind: 'text' };
const reference: FieldSpec = { kind: 'nullable-text', fallback: null };
const flag: FieldSpec = { kind: 'boolean', fallback: false };
const list: FieldSpec = { kind: 'text-list', fallback: [] };
const money: FieldSpec = { kind: 'financial-terms', fallback: [] };
const periodField: FieldSpec = { kind: 'period' };
/** What no document says is recorded as unknown, never as a guessed yes or no. */
const unknownUnlessSaid: FieldSpec = { kind: 'text', fallback: 'unknown' };

type DataOf<T extends NegotiationCommandType> = Extract<NegotiationCommand, { type: T }>['data'];

/**
 * Exactly one spec for each field of a command's data, checked by the compiler against the command types: a
 * field added to a command does not compile here until the format says how a line gives it.
 */
type FieldsOf<T extends NegotiationCommandType> = { readonly [K in keyof DataOf<T>]-?: FieldSpec };

/** Optional fields have a fallback: references default to null, lists to [], flags to false, what no document says to unknown. */
export const COMMAND_FIELDS: { readonly [T in NegotiationCommandType]: FieldsOf<T> } = {
  OpenNegotiation: { negotiationId: text, title: text, description: text },
  AdmitParty: { negotiationId: text, partyId: text, name: text, kind: text, delegation: list },
  ScheduleMeeting: {
    negotiationId: text,
    meetingId: text,
    kind: text,
    title: text,
    scheduledFor: periodField,
    participants: list,
    confidential: flag,
  },
  RecordMeetingHeld: { negotiationId: text, meetingId: text, summary: text },
  CancelMeeting: { negotiationId: text, meetingId: text, reason: text },
  TableProposal: {
    negotiationId: text,
    proposalId: text,
    partyId: text,
    meetingId: reference,
    title: text,
    terms: text,
    financialTerms: money,
    nonNegotiable: flag,
  },
  ReviseProposal: {
    negotiationId: text,
    proposalId: text,
    title: text,
    terms: text,
    financialTerms: money,
    nonNegotiable: flag,
    meetingId: reference,
  },
  WithdrawProposal: { negotiationId: text, proposalId: text, reason: text },
  TakePosition: {
    negotiationId: text,
    positionId: text,
    partyId: text,
    proposalId: reference,
    topic: text,
    stance: text,
    reasons: list,
    meetingId: reference,
    financialTerms: money,
  },
  ReachAgreement: {
    negotiationId: text,
    agreementId: text,
    title: text,
    terms: text,
    financialTerms: money,
    parties: list,
    meetingId: reference,
    proposalIds: list,
    supersedes: list,
    standing: unknownUnlessSaid,
    openTerms: { kind: 'open-terms', fallback: [] },
    conditions: list,
    risks: { kind: 'risks', fallback: [] },
  },
  MakeCommitment: {
    negotiationId: text,
    commitmentId: text,
    owedBy: { kind: 'text-list' },
    agreementId: reference,
    description: text,
    due: periodField,
    dueKind: { kind: 'text', fallback: 'unspecified' },
  },
  FulfilCommitment: { negotiationId: text, commitmentId: text, note: text },
  RecordCommitmentMissed: { negotiationId: text, commitmentId: text, note: text },
  RaiseDispute: {
    negotiationId: text,
    disputeId: text,
    title: text,
    description: text,
    raisedBy: text,
    financialTerms: money,
    proposalId: reference,
  },
  AnnounceEscalation: {
    negotiationId: text,
    disputeId: text,
    announcedBy: text,
    forum: text,
    forumName: text,
    condition: text,
  },
  EscalateDispute: { negotiationId: text, disputeId: text, forum: text, forumName: text, reason: text },
  SettleDispute: { negotiationId: text, disputeId: text, outcome: text, agreementId: reference, rulingId: reference },
  IssueRuling: {
    negotiationId: text,
    rulingId: text,
    body: text,
    kind: text,
    bindingness: unknownUnlessSaid,
    summary: text,
    disputeId: reference,
    financialTerms: money,
  },
  AdoptResolution: {
    negotiationId: text,
    resolutionId: text,
    body: text,
    text,
    bindsParty: text,
    meetingId: reference,
    vote: unknownUnlessSaid,
  },
  TakeDecision: {
    negotiationId: text,
    decisionId: text,
    decidedBy: text,
    kind: text,
    title: text,
    text,
    financialTerms: money,
    meetingId: reference,
  },
  SuspendTalks: { negotiationId: text, suspensionId: text, suspendedBy: list, subject: text, reason: text },
  ResumeTalks: { negotiationId: text, suspensionId: text, resumedBy: list, note: text },
  IssueDocument: {
    negotiationId: text,
    documentId: text,
    kind: text,
    title: text,
    issuedBy: list,
    addressedTo: text,
    recipients: list,
    underlies: list,
  },
  AttachSource: { negotiationId: text, entityId: text, source: { kind: 'source' } },
  CorrectEntry: {
    negotiationId: text,
    correctedEventId: text,
    reason: text,
    retracted: flag,
    patch: { kind: 'patch' },
    occurredOn: reference,
    occurredAsSaid: { kind: 'period', fallback: null },
  },
};

export const COMMAND_TYPES = Object.keys(COMMAND_FIELDS) as NegotiationCommandType[];

/** Fields of a correction's patch that hold periods, written in a dataset as {asSaid, precision, anchor}. */
export const PERIOD_FIELDS: readonly string[] = ['scheduledFor', 'due'];
