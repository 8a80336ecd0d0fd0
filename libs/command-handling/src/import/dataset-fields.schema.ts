import type { NegotiationCommandType } from '@ledger/domain';

/**
 * The JSON shape of each field a dataset line may carry in `data`. The domain judges the content; this only
 * makes sure every value has the type the domain expects, so a typo is refused by name instead of crashing.
 */
export type FieldKind =
  | 'text' | 'nullable-text' | 'boolean' | 'text-list' | 'period' | 'financial-terms' | 'open-terms' | 'risks' | 'source' | 'patch';

export type FieldSpec = Readonly<{ kind: FieldKind; fallback?: null | false | 'unknown' | 'unspecified' | readonly never[] }>;

const text: FieldSpec = { kind: 'text' };
const reference: FieldSpec = { kind: 'nullable-text', fallback: null };
const flag: FieldSpec = { kind: 'boolean', fallback: false };
const list: FieldSpec = { kind: 'text-list', fallback: [] };
const money: FieldSpec = { kind: 'financial-terms', fallback: [] };
const periodField: FieldSpec = { kind: 'period' };
/** What no document says is recorded as unknown, never as a guessed yes or no. */
const unknownUnlessSaid: FieldSpec = { kind: 'text', fallback: 'unknown' };

type Fields = Readonly<Record<string, FieldSpec>>;

const ofNegotiation = (fields: Fields): Fields => ({ negotiationId: text, ...fields });

/** Optional fields have a fallback: references default to null, lists to [], flags to false, what no document says to unknown. */
export const COMMAND_FIELDS: Readonly<Record<NegotiationCommandType, Fields>> = {
  OpenNegotiation: ofNegotiation({ title: text, description: text }),
  AdmitParty: ofNegotiation({ partyId: text, name: text, kind: text, delegation: list }),
  ScheduleMeeting: ofNegotiation({
    meetingId: text, kind: text, title: text, scheduledFor: periodField, participants: list, confidential: flag,
  }),
  RecordMeetingHeld: ofNegotiation({ meetingId: text, summary: text }),
  CancelMeeting: ofNegotiation({ meetingId: text, reason: text }),
  TableProposal: ofNegotiation({
    proposalId: text, partyId: text, meetingId: reference, title: text, terms: text, financialTerms: money, nonNegotiable: flag,
  }),
  ReviseProposal: ofNegotiation({
    proposalId: text, title: text, terms: text, financialTerms: money, nonNegotiable: flag, meetingId: reference,
  }),
  WithdrawProposal: ofNegotiation({ proposalId: text, reason: text }),
  TakePosition: ofNegotiation({
    positionId: text, partyId: text, proposalId: reference, topic: text, stance: text, reasons: list, meetingId: reference,
  }),
  ReachAgreement: ofNegotiation({
    agreementId: text, title: text, terms: text, financialTerms: money, parties: list, meetingId: reference,
    proposalIds: list, supersedes: list, standing: unknownUnlessSaid, openTerms: { kind: 'open-terms', fallback: [] },
    conditions: list, risks: { kind: 'risks', fallback: [] },
  }),
  MakeCommitment: ofNegotiation({
    commitmentId: text, owedBy: { kind: 'text-list' }, agreementId: reference, description: text, due: periodField,
    dueKind: { kind: 'text', fallback: 'unspecified' },
  }),
  FulfilCommitment: ofNegotiation({ commitmentId: text, note: text }),
  RecordCommitmentMissed: ofNegotiation({ commitmentId: text, note: text }),
  RaiseDispute: ofNegotiation({
    disputeId: text, title: text, description: text, raisedBy: text, financialTerms: money, proposalId: reference,
  }),
  AnnounceEscalation: ofNegotiation({ disputeId: text, announcedBy: text, forum: text, forumName: text, condition: text }),
  EscalateDispute: ofNegotiation({ disputeId: text, forum: text, forumName: text, reason: text }),
  SettleDispute: ofNegotiation({ disputeId: text, outcome: text, agreementId: reference, rulingId: reference }),
  IssueRuling: ofNegotiation({
    rulingId: text, body: text, kind: text, bindingness: unknownUnlessSaid, summary: text, disputeId: reference, financialTerms: money,
  }),
  AdoptResolution: ofNegotiation({ resolutionId: text, body: text, text, bindsParty: text }),
  AttachSource: ofNegotiation({ entityId: text, source: { kind: 'source' } }),
  CorrectEntry: ofNegotiation({
    correctedEventId: text, reason: text, retracted: flag, patch: { kind: 'patch' }, occurredOn: reference,
  }),
};

export const COMMAND_TYPES = Object.keys(COMMAND_FIELDS) as NegotiationCommandType[];

/** Fields of a correction's patch that hold periods, written in a dataset as {asSaid, precision, anchor}. */
export const PERIOD_FIELDS: readonly string[] = ['scheduledFor', 'due'];
