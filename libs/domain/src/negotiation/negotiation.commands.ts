import type { DomainCommand } from '../shared/decider';
import type { FinancialTerm } from '../shared/financial-term';
import type { Period } from '../shared/period';
import type { SourceRef } from '../shared/source';
import type {
  AgreementReached,
  CommitmentMade,
  DecisionTaken,
  DocumentIssued,
  DisputeEscalated,
  EscalationAnnounced,
  DisputeRaised,
  DisputeSettled,
  MeetingScheduled,
  NegotiationOpened,
  PartyJoined,
  PositionTaken,
  ProposalTabled,
  ResolutionAdopted,
  RulingIssued,
  TalksResumed,
  TalksSuspended,
} from './negotiation.events';

type DataOf<E extends { data: unknown }> = E['data'];

export type OpenNegotiation = DomainCommand<'OpenNegotiation', DataOf<NegotiationOpened>>;
export type AdmitParty = DomainCommand<'AdmitParty', DataOf<PartyJoined>>;
export type ScheduleMeeting = DomainCommand<'ScheduleMeeting', DataOf<MeetingScheduled>>;
export type RecordMeetingHeld = DomainCommand<
  'RecordMeetingHeld',
  Readonly<{ negotiationId: string; meetingId: string; summary: string }>
>;
export type CancelMeeting = DomainCommand<
  'CancelMeeting',
  Readonly<{ negotiationId: string; meetingId: string; reason: string }>
>;
export type TableProposal = DomainCommand<'TableProposal', DataOf<ProposalTabled>>;
export type ReviseProposal = DomainCommand<
  'ReviseProposal',
  Readonly<{
    negotiationId: string;
    proposalId: string;
    title: string;
    terms: string;
    financialTerms: FinancialTerm[];
    nonNegotiable: boolean;
    meetingId: string | null;
  }>
>;
export type WithdrawProposal = DomainCommand<
  'WithdrawProposal',
  Readonly<{ negotiationId: string; proposalId: string; reason: string }>
>;
export type TakePosition = DomainCommand<'TakePosition', DataOf<PositionTaken>>;
/** Reaching an agreement may supersede agreements in force: each gets an AgreementSuperseded event. */
export type ReachAgreement = DomainCommand<
  'ReachAgreement',
  DataOf<AgreementReached> & Readonly<{ supersedes: string[] }>
>;
export type MakeCommitment = DomainCommand<'MakeCommitment', DataOf<CommitmentMade>>;
export type FulfilCommitment = DomainCommand<
  'FulfilCommitment',
  Readonly<{ negotiationId: string; commitmentId: string; note: string }>
>;
export type RecordCommitmentMissed = DomainCommand<
  'RecordCommitmentMissed',
  Readonly<{ negotiationId: string; commitmentId: string; note: string }>
>;
export type RaiseDispute = DomainCommand<'RaiseDispute', DataOf<DisputeRaised>>;
export type AnnounceEscalation = DomainCommand<'AnnounceEscalation', DataOf<EscalationAnnounced>>;
export type EscalateDispute = DomainCommand<'EscalateDispute', DataOf<DisputeEscalated>>;
export type SettleDispute = DomainCommand<'SettleDispute', DataOf<DisputeSettled>>;
export type IssueRuling = DomainCommand<'IssueRuling', DataOf<RulingIssued>>;
export type AdoptResolution = DomainCommand<'AdoptResolution', DataOf<ResolutionAdopted>>;
export type TakeDecision = DomainCommand<'TakeDecision', DataOf<DecisionTaken>>;
export type SuspendTalks = DomainCommand<'SuspendTalks', DataOf<TalksSuspended>>;
export type ResumeTalks = DomainCommand<'ResumeTalks', DataOf<TalksResumed>>;
export type IssueDocument = DomainCommand<'IssueDocument', DataOf<DocumentIssued>>;
export type AttachSource = DomainCommand<
  'AttachSource',
  Readonly<{ negotiationId: string; entityId: string; source: SourceRef }>
>;
/** Says an earlier entry was wrong: retract it, or patch fields of its data and/or its date (as said). */
export type CorrectEntry = DomainCommand<
  'CorrectEntry',
  Readonly<{
    negotiationId: string;
    correctedEventId: string;
    reason: string;
    retracted: boolean;
    patch: Record<string, unknown>;
    occurredOn: string | null;
    occurredAsSaid: Period | null;
  }>
>;

export type NegotiationCommand =
  | OpenNegotiation
  | AdmitParty
  | ScheduleMeeting
  | RecordMeetingHeld
  | CancelMeeting
  | TableProposal
  | ReviseProposal
  | WithdrawProposal
  | TakePosition
  | ReachAgreement
  | MakeCommitment
  | FulfilCommitment
  | RecordCommitmentMissed
  | RaiseDispute
  | AnnounceEscalation
  | EscalateDispute
  | SettleDispute
  | IssueRuling
  | AdoptResolution
  | TakeDecision
  | SuspendTalks
  | ResumeTalks
  | IssueDocument
  | AttachSource
  | CorrectEntry;

export type NegotiationCommandType = NegotiationCommand['type'];
