import type {
  AgreementStanding,
  AgreementStatus,
  CommitmentStatus,
  DecisionKind,
  DocumentKind,
  DisputeStatus,
  DueKind,
  EscalationForum,
  FinancialTerm,
  MeetingKind,
  MeetingStatus,
  PartyKind,
  OpenTerm,
  Period,
  ProposalStatus,
  ResolutionVote,
  RiskAllocation,
  RulingBindingness,
  RulingKind,
  SourceRef,
  Stance,
} from '@ledger/domain';

/** Where an entity's facts come from: the citations of its own events and attached sources, and every event that touched it. */
export type EntityTrace = Readonly<{ sources: readonly SourceRef[]; eventIds: readonly string[] }>;

export type PartyView = Readonly<{
  partyId: string;
  name: string;
  kind: PartyKind;
  delegation: readonly string[];
  joinedOn: string;
}>;

export type MeetingView = Readonly<{
  meetingId: string;
  kind: MeetingKind;
  title: string;
  scheduledFor: Period;
  participants: readonly string[];
  confidential: boolean;
  status: MeetingStatus;
  /** The occurredOn of MeetingHeld: the day it actually took place. */
  heldOn: string | null;
  summary: string | null;
  cancelledReason: string | null;
}>;

/** The terms of a proposal as tabled or as one revision left them. */
export type ProposalTerms = Readonly<{
  title: string;
  terms: string;
  financialTerms: readonly FinancialTerm[];
  nonNegotiable: boolean;
  meetingId: string | null;
  occurredOn: string;
  eventId: string;
}>;

export type ProposalView = Readonly<{
  proposalId: string;
  partyId: string;
  status: ProposalStatus;
  agreed: boolean;
  /** The terms standing now: the last revision, or the tabled terms. */
  current: ProposalTerms;
  /** Tabled terms first, then every revision in order. */
  history: readonly ProposalTerms[];
  withdrawnReason: string | null;
}>;

export type PositionView = Readonly<{
  positionId: string;
  partyId: string;
  proposalId: string | null;
  topic: string;
  stance: Stance;
  reasons: readonly string[];
  meetingId: string | null;
  financialTerms: readonly FinancialTerm[];
  takenOn: string;
  globalPosition: number;
}>;

export type AgreementView = Readonly<{
  agreementId: string;
  title: string;
  terms: string;
  financialTerms: readonly FinancialTerm[];
  parties: readonly string[];
  meetingId: string | null;
  proposalIds: readonly string[];
  standing: AgreementStanding;
  openTerms: readonly OpenTerm[];
  conditions: readonly string[];
  risks: readonly RiskAllocation[];
  reachedOn: string;
  status: AgreementStatus;
  supersession: Readonly<{ supersededBy: string; reason: string; on: string }> | null;
}>;

export type CommitmentView = Readonly<{
  commitmentId: string;
  owedBy: readonly string[];
  agreementId: string | null;
  description: string;
  due: Period;
  dueKind: DueKind;
  madeOn: string;
  status: CommitmentStatus;
  /** When it was fulfilled or recorded missed, with the note. */
  outcome: Readonly<{ on: string; note: string }> | null;
  /** When it was recorded missed; it stays set when the commitment is fulfilled late after. */
  missedOn: string | null;
}>;

export type Escalation = Readonly<{ forum: EscalationForum; forumName: string; reason: string; on: string }>;

/** A party's announcement that it would escalate unless a condition is met; the dispute is not escalated by it. */
export type AnnouncedEscalation = Readonly<{
  announcedBy: string;
  forum: EscalationForum;
  forumName: string;
  condition: string;
  on: string;
}>;

export type DisputeView = Readonly<{
  disputeId: string;
  title: string;
  description: string;
  raisedBy: string;
  financialTerms: readonly FinancialTerm[];
  proposalId: string | null;
  raisedOn: string;
  status: DisputeStatus;
  escalations: readonly Escalation[];
  announcedEscalations: readonly AnnouncedEscalation[];
  settlement: Readonly<{ outcome: string; agreementId: string | null; rulingId: string | null; on: string }> | null;
}>;

export type RulingView = Readonly<{
  rulingId: string;
  body: string;
  kind: RulingKind;
  bindingness: RulingBindingness;
  /** True or false only where bindingness says so; null for zwaarwegend advice and where no document says. */
  binding: boolean | null;
  summary: string;
  disputeId: string | null;
  financialTerms: readonly FinancialTerm[];
  issuedOn: string;
}>;

export type ResolutionView = Readonly<{
  resolutionId: string;
  body: string;
  text: string;
  bindsParty: string;
  meetingId: string | null;
  vote: ResolutionVote;
  adoptedOn: string;
}>;

/** A decision one party took on its own; no other party is said to have agreed to it. */
export type DecisionView = Readonly<{
  decisionId: string;
  decidedBy: string;
  kind: DecisionKind;
  title: string;
  text: string;
  financialTerms: readonly FinancialTerm[];
  meetingId: string | null;
  decidedOn: string;
}>;

/** Talks stopped, and when and by whom they started again; `resumption` is null while they stand suspended. */
export type SuspensionView = Readonly<{
  suspensionId: string;
  suspendedBy: readonly string[];
  subject: string;
  reason: string;
  suspendedOn: string;
  resumption: Readonly<{ resumedBy: readonly string[]; note: string; on: string }> | null;
}>;

/** A letter or report: by whom, to whom, on its day, and the entries it underlies. */
export type DocumentView = Readonly<{
  documentId: string;
  kind: DocumentKind;
  title: string;
  issuedBy: readonly string[];
  addressedTo: string;
  recipients: readonly string[];
  underlies: readonly string[];
  issuedOn: string;
}>;

export type CorrectionView = Readonly<{
  eventId: string;
  correctedEventId: string;
  entityId: string;
  reason: string;
  retracted: boolean;
  recordedAt: string;
}>;

/**
 * The full picture of one negotiation: every entity with its current facts, keyed by id in the order
 * they entered; `traces` holds, per entity id, its sources and the events that touched it.
 */
export type NegotiationView = Readonly<{
  negotiationId: string;
  title: string;
  description: string;
  openedOn: string;
  parties: Readonly<Record<string, PartyView>>;
  meetings: Readonly<Record<string, MeetingView>>;
  proposals: Readonly<Record<string, ProposalView>>;
  positions: Readonly<Record<string, PositionView>>;
  agreements: Readonly<Record<string, AgreementView>>;
  commitments: Readonly<Record<string, CommitmentView>>;
  disputes: Readonly<Record<string, DisputeView>>;
  rulings: Readonly<Record<string, RulingView>>;
  resolutions: Readonly<Record<string, ResolutionView>>;
  decisions: Readonly<Record<string, DecisionView>>;
  suspensions: Readonly<Record<string, SuspensionView>>;
  documents: Readonly<Record<string, DocumentView>>;
  corrections: readonly CorrectionView[];
  traces: Readonly<Record<string, EntityTrace>>;
  /** The last entry folded in: the stream revision and global position the view reflects. */
  revision: number;
  globalPosition: number;
}>;
