import type { DomainEvent } from '../shared/decider';
import type { FinancialTerm } from '../shared/financial-term';
import type { Period } from '../shared/period';
import type { SourceRef } from '../shared/source';

export const PARTY_KINDS = ['rijk', 'vng', 'ipo', 'vijfhoek', 'committee', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const MEETING_KINDS = [
  'overhedenoverleg',
  'bestuurlijk-overleg',
  'informeel-overleg',
  'alv',
  'consultatie',
  'ledenbijeenkomst',
  'kamerdebat',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const STANCES = ['supports', 'opposes', 'reserves', 'conditional'] as const;
export type Stance = (typeof STANCES)[number];

export const ESCALATION_FORUMS = ['arbitrage', 'civielrechtelijke-procedure', 'commissie', 'other'] as const;
export type EscalationForum = (typeof ESCALATION_FORUMS)[number];

export const RULING_KINDS = ['uitspraak', 'advies'] as const;
export type RulingKind = (typeof RULING_KINDS)[number];

/** Whether a ruling or advice binds the parties: "zwaarwegend" advice weighs heavily without binding; unknown where no document says. */
export const RULING_BINDINGNESS = ['binding', 'not-binding', 'zwaarwegend', 'unknown'] as const;
export type RulingBindingness = (typeof RULING_BINDINGNESS)[number];
/** Yes or no only where the record says so: zwaarwegend advice and unknown bindingness answer null. */
export const bindingOf = (bindingness: RulingBindingness): boolean | null =>
  bindingness === 'binding' ? true : bindingness === 'not-binding' ? false : null;

/** How far an agreement is worked out: "op hoofdlijnen" (in outline), worked out in full, or unknown where no document says. */
export const AGREEMENT_STANDINGS = ['op-hoofdlijnen', 'uitgewerkt', 'unknown'] as const;
export type AgreementStanding = (typeof AGREEMENT_STANDINGS)[number];

/**
 * A term a document lists with an agreement's outcome that the parties had not agreed on ("met verrekening
 * 50-50% verdeling over 2023/2024" while "Rijk en gemeenten hebben nog geen overeenstemming"), in its words,
 * and the dispute where it stands open, if one was raised.
 */
export type OpenTerm = Readonly<{ asSaid: string; disputeId: string | null }>;

/**
 * Who bears a risk the agreement names ("Het Rijk is verantwoordelijk mochten de besparingen ... niet behaald
 * worden"; "voor rekening risico Rijk"), in the document's words.
 */
export type RiskAllocation = Readonly<{ asSaid: string; borneBy: string[] }>;

/** Every event's data names its negotiation; entity events name their entity by id. */
type Of<Data> = Readonly<{ negotiationId: string } & Data>;

export type NegotiationOpened = DomainEvent<'NegotiationOpened', Of<{ title: string; description: string }>>;
export type PartyJoined = DomainEvent<
  'PartyJoined',
  Of<{ partyId: string; name: string; kind: PartyKind; delegation: string[] }>
>;
export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  Of<{
    meetingId: string;
    kind: MeetingKind;
    title: string;
    scheduledFor: Period;
    participants: string[];
    confidential: boolean;
  }>
>;
/** The meeting took place on the event's occurredOn. */
export type MeetingHeld = DomainEvent<'MeetingHeld', Of<{ meetingId: string; summary: string }>>;
export type MeetingCancelled = DomainEvent<'MeetingCancelled', Of<{ meetingId: string; reason: string }>>;
export type ProposalTabled = DomainEvent<
  'ProposalTabled',
  Of<{
    proposalId: string;
    partyId: string;
    meetingId: string | null;
    title: string;
    terms: string;
    financialTerms: FinancialTerm[];
    nonNegotiable: boolean;
  }>
>;
export type ProposalRevised = DomainEvent<
  'ProposalRevised',
  Of<{
    proposalId: string;
    title: string;
    terms: string;
    financialTerms: FinancialTerm[];
    nonNegotiable: boolean;
    meetingId: string | null;
  }>
>;
export type ProposalWithdrawn = DomainEvent<'ProposalWithdrawn', Of<{ proposalId: string; reason: string }>>;
export type PositionTaken = DomainEvent<
  'PositionTaken',
  Of<{
    positionId: string;
    partyId: string;
    proposalId: string | null;
    topic: string;
    stance: Stance;
    reasons: string[];
    meetingId: string | null;
    /** Amounts the position names ("de taakstelling van € 1 miljard"), as said. */
    financialTerms: FinancialTerm[];
  }>
>;
/**
 * `terms` holds only what the parties agreed; what the outcome lists but they did not agree stands in
 * `openTerms`. `conditions` are the clauses it hangs on ("indien ..."), in the document's words.
 */
export type AgreementReached = DomainEvent<
  'AgreementReached',
  Of<{
    agreementId: string;
    title: string;
    terms: string;
    financialTerms: FinancialTerm[];
    parties: string[];
    meetingId: string | null;
    proposalIds: string[];
    standing: AgreementStanding;
    openTerms: OpenTerm[];
    conditions: string[];
    risks: RiskAllocation[];
  }>
>;
export type AgreementSuperseded = DomainEvent<
  'AgreementSuperseded',
  Of<{ agreementId: string; supersededBy: string; reason: string }>
>;
/**
 * How a promise is bound to its date: "uiterlijk" is a deadline, "inzet is" or "gestreefd naar" a target;
 * unspecified where the words say neither ("eind 2025", "in 2026").
 */
export const DUE_KINDS = ['deadline', 'target', 'unspecified'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/**
 * `owedBy` names the parties that owe the promise, jointly when several ("Rijk en VNG spreken af"); it is
 * empty where the document names no one ("wordt ... gevoerd", "worden ... vormgegeven").
 */
export type CommitmentMade = DomainEvent<
  'CommitmentMade',
  Of<{
    commitmentId: string;
    owedBy: string[];
    agreementId: string | null;
    description: string;
    due: Period;
    dueKind: DueKind;
  }>
>;
/** Fulfilled on the event's occurredOn; late when the commitment was recorded missed before. */
export type CommitmentFulfilled = DomainEvent<'CommitmentFulfilled', Of<{ commitmentId: string; note: string }>>;
export type CommitmentMissed = DomainEvent<'CommitmentMissed', Of<{ commitmentId: string; note: string }>>;
export type DisputeRaised = DomainEvent<
  'DisputeRaised',
  Of<{
    disputeId: string;
    title: string;
    description: string;
    raisedBy: string;
    financialTerms: FinancialTerm[];
    proposalId: string | null;
  }>
>;
export type DisputeEscalated = DomainEvent<
  'DisputeEscalated',
  Of<{ disputeId: string; forum: EscalationForum; forumName: string; reason: string }>
>;
/**
 * A party said it would escalate if a condition is not met ("anders: civielrechtelijke procedure"). The
 * dispute is not escalated by this: the record keeps the threat apart from the step.
 */
export type EscalationAnnounced = DomainEvent<
  'EscalationAnnounced',
  Of<{
    disputeId: string;
    announcedBy: string;
    forum: EscalationForum;
    forumName: string;
    condition: string;
  }>
>;
export type DisputeSettled = DomainEvent<
  'DisputeSettled',
  Of<{ disputeId: string; outcome: string; agreementId: string | null; rulingId: string | null }>
>;
export type RulingIssued = DomainEvent<
  'RulingIssued',
  Of<{
    rulingId: string;
    body: string;
    kind: RulingKind;
    bindingness: RulingBindingness;
    summary: string;
    disputeId: string | null;
    financialTerms: FinancialTerm[];
  }>
>;
/**
 * What one party decided on its own: not an agreement, whatever the other side thinks of it ("het kabinet
 * heeft € 613 miljoen vrijgemaakt", "het Rijk heeft besloten tot aanvullende maatregelen"). `payment` is
 * money paid out; making money available ("vrijgemaakt") is a `decision`.
 */
export const DECISION_KINDS = ['decision', 'payment'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export type DecisionTaken = DomainEvent<
  'DecisionTaken',
  Of<{
    decisionId: string;
    decidedBy: string;
    kind: DecisionKind;
    title: string;
    text: string;
    financialTerms: FinancialTerm[];
    meetingId: string | null;
  }>
>;
/**
 * The talks stopped ("Januari 2022: opschorten hervormingsagenda"; "de VNG zich uit overleggen over de
 * Hervormingsagenda heeft teruggetrokken") until a TalksResumed names this suspension. `suspendedBy` is
 * empty where the document names no one; `subject` says which talks, in the document's words.
 */
export type TalksSuspended = DomainEvent<
  'TalksSuspended',
  Of<{ suspensionId: string; suspendedBy: string[]; subject: string; reason: string }>
>;
/** The talks of a suspension started again ("Mei 2022: herstart agenda"); `resumedBy` empty where no one is named. */
export type TalksResumed = DomainEvent<'TalksResumed', Of<{ suspensionId: string; resumedBy: string[]; note: string }>>;
/** What kind of document a party sent: a letter, a letter to the members, a letter to parliament, a report. */
export const DOCUMENT_KINDS = ['letter', 'members-letter', 'kamerbrief', 'report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/**
 * A letter or report as a step of its own ("Brief VNG aan MP ... (7 mei)"): by whom, to whom, on its day.
 * `issuedBy` and `recipients` name parties at the table (empty where the document names none of them);
 * `addressedTo` keeps the addressee in the document's words ("MP", "de leden"). `underlies` names the
 * entries of this negotiation the document underlies, so each of them is traced to it.
 */
export type DocumentIssued = DomainEvent<
  'DocumentIssued',
  Of<{
    documentId: string;
    kind: DocumentKind;
    title: string;
    issuedBy: string[];
    addressedTo: string;
    recipients: string[];
    underlies: string[];
  }>
>;
/** How the members' assembly voted on a resolution ("unaniem"); unknown where no document says. */
export const RESOLUTION_VOTES = ['unanimous', 'majority', 'unknown'] as const;
export type ResolutionVote = (typeof RESOLUTION_VOTES)[number];
/** `meetingId` is the assembly that adopted it, where the record holds that meeting. */
export type ResolutionAdopted = DomainEvent<
  'ResolutionAdopted',
  Of<{
    resolutionId: string;
    body: string;
    text: string;
    bindsParty: string;
    meetingId: string | null;
    vote: ResolutionVote;
  }>
>;
export type SourceAttached = DomainEvent<'SourceAttached', Of<{ entityId: string; source: SourceRef }>>;
/**
 * A later event that says an earlier one was wrong. Either it retracts the entry (recorded in error), or it
 * patches named fields of the entry's data and/or the date it happened. The earlier event stays as written.
 */
export type EntryCorrected = DomainEvent<
  'EntryCorrected',
  Of<{
    correctedEventId: string;
    entityId: string;
    reason: string;
    retracted: boolean;
    patch: Record<string, unknown>;
    occurredOn: string | null;
    /** The entry's date as said, corrected; null where it stays as it was. */
    occurredAsSaid: Period | null;
  }>
>;

export type NegotiationEvent =
  | NegotiationOpened
  | PartyJoined
  | MeetingScheduled
  | MeetingHeld
  | MeetingCancelled
  | ProposalTabled
  | ProposalRevised
  | ProposalWithdrawn
  | PositionTaken
  | AgreementReached
  | AgreementSuperseded
  | CommitmentMade
  | CommitmentFulfilled
  | CommitmentMissed
  | DisputeRaised
  | EscalationAnnounced
  | DisputeEscalated
  | DisputeSettled
  | RulingIssued
  | ResolutionAdopted
  | DecisionTaken
  | TalksSuspended
  | TalksResumed
  | DocumentIssued
  | SourceAttached
  | EntryCorrected;

export type NegotiationEventType = NegotiationEvent['type'];

/** Schema version of each event type's data; bump with an upcaster, never by editing stored data. */
export const EVENT_SCHEMA_VERSION: Record<NegotiationEventType, number> = {
  NegotiationOpened: 1,
  PartyJoined: 1,
  MeetingScheduled: 1,
  MeetingHeld: 1,
  MeetingCancelled: 1,
  ProposalTabled: 2,
  ProposalRevised: 2,
  ProposalWithdrawn: 1,
  PositionTaken: 2,
  AgreementReached: 3,
  AgreementSuperseded: 1,
  CommitmentMade: 2,
  CommitmentFulfilled: 1,
  CommitmentMissed: 1,
  DisputeRaised: 2,
  EscalationAnnounced: 1,
  DisputeEscalated: 1,
  DisputeSettled: 1,
  RulingIssued: 3,
  ResolutionAdopted: 2,
  DecisionTaken: 1,
  TalksSuspended: 1,
  TalksResumed: 1,
  DocumentIssued: 1,
  SourceAttached: 1,
  EntryCorrected: 2,
};

/** The id of the entity an event is about: what the audit trail of that entity lists. */
export function entityIdOf(event: NegotiationEvent): string {
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'NegotiationOpened':
      return event.data.negotiationId;
    case 'PartyJoined':
      return event.data.partyId;
    case 'MeetingScheduled':
    case 'MeetingHeld':
    case 'MeetingCancelled':
      return event.data.meetingId;
    case 'ProposalTabled':
    case 'ProposalRevised':
    case 'ProposalWithdrawn':
      return event.data.proposalId;
    case 'PositionTaken':
      return event.data.positionId;
    case 'AgreementReached':
    case 'AgreementSuperseded':
      return event.data.agreementId;
    case 'CommitmentMade':
    case 'CommitmentFulfilled':
    case 'CommitmentMissed':
      return event.data.commitmentId;
    case 'DisputeRaised':
    case 'EscalationAnnounced':
    case 'DisputeEscalated':
    case 'DisputeSettled':
      return event.data.disputeId;
    case 'RulingIssued':
      return event.data.rulingId;
    case 'ResolutionAdopted':
      return event.data.resolutionId;
    case 'DecisionTaken':
      return event.data.decisionId;
    case 'TalksSuspended':
    case 'TalksResumed':
      return event.data.suspensionId;
    case 'DocumentIssued':
      return event.data.documentId;
    case 'SourceAttached':
    case 'EntryCorrected':
      return String(d.entityId);
  }
}

/** Data fields that name another entity; a party's audit trail thus shows what it raised, announced or is bound by. */
const REFERENCE_KEYS = [
  'proposalId',
  'meetingId',
  'agreementId',
  'disputeId',
  'rulingId',
  'supersededBy',
  'partyId',
  'raisedBy',
  'bindsParty',
  'announcedBy',
  'decidedBy',
];
const LIST_REFERENCE_KEYS = [
  'proposalIds',
  'parties',
  'participants',
  'owedBy',
  'suspendedBy',
  'resumedBy',
  'issuedBy',
  'recipients',
  'underlies',
];

/**
 * Every entity an event touches, each once: its own, then those it refers to (a position's proposal, a
 * commitment's agreement), then those it lists. Plain loops into one array, no intermediate arrays or Set:
 * the audit trail calls this for every event of a rebuild, and an event touches a handful of ids at most.
 */
export function touchedEntityIds(event: NegotiationEvent): string[] {
  const d = event.data as Record<string, unknown>;
  const ids = [entityIdOf(event)];
  for (const key of REFERENCE_KEYS) {
    const ref = d[key];
    if (typeof ref === 'string' && !ids.includes(ref)) ids.push(ref);
  }
  for (const key of LIST_REFERENCE_KEYS) {
    const listed = d[key];
    if (!Array.isArray(listed)) continue;
    for (const id of listed as string[]) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
