import type { CommandMetadata } from '../shared/decider';
import { on, type GivenEvent } from './decider-specification';
import { TERM_DEFAULTS, type FinancialTerm } from '../shared/financial-term';
import { period } from '../shared/period';
import type { SourceRef } from '../shared/source';
import type { NegotiationCommand, NegotiationCommandType } from '../negotiation/negotiation.commands';
import type { NegotiationEvent, NegotiationEventType } from '../negotiation/negotiation.events';

/**
 * Builders for commands and events of the Voorjaarsnota 2025 talks on youth care, with the words and
 * figures of the documents in /work/shared/seeds. Each builder takes overrides of its data; command
 * builders also take metadata, and every default names both its world date and its recording moment.
 */

type CommandOf<T extends NegotiationCommandType> = Extract<NegotiationCommand, { type: T }>;
type EventOf<T extends NegotiationEventType> = Extract<NegotiationEvent, { type: T }>;

/** Metadata of a command: the step happened on `occurredOn` and the ledger records it at `now`. */
export const at = (occurredOn: string, now: string, recordedBy = 'delegatie-vng'): CommandMetadata => ({
  occurredOn,
  now,
  recordedBy,
});

export const commandBuilder =
  <T extends NegotiationCommandType>(type: T, defaults: CommandOf<T>['data'], defaultMetadata: CommandMetadata) =>
  (overrides: Partial<CommandOf<T>['data']> = {}, metadata: CommandMetadata = defaultMetadata): CommandOf<T> =>
    ({ type, data: { ...defaults, ...overrides }, metadata }) as CommandOf<T>;

export const eventBuilder =
  <T extends NegotiationEventType>(type: T, defaults: EventOf<T>['data']) =>
  (overrides: Partial<EventOf<T>['data']> = {}): EventOf<T> =>
    ({ type, data: { ...defaults, ...overrides } }) as EventOf<T>;

// Identities
export const NEGOTIATION_ID = 'jeugdzorg-voorjaarsnota-2025';
export const RIJK = 'rijk';
export const VNG = 'vng';
export const IPO = 'ipo';
export const OVERHEDENOVERLEG_17_MAART = 'overhedenoverleg-2025-03-17';
export const BO_JEUGD_21_MAART = 'bo-jeugd-2025-03-21';
export const OVERHEDENOVERLEG_16_APRIL = 'overhedenoverleg-2025-04-16';
export const BOD_KABINET = 'bod-kabinet-2025-04-16';
export const INZET_VNG = 'inzet-vng-compensatie-2023-2024';
export const STANDPUNT_VNG = 'standpunt-vng-bod-kabinet';
export const AFSPRAKEN_16_APRIL = 'afspraken-rijk-vng-jeugdzorg-2025-04-16';
export const TOEZEGGING_AUGUSTUS = 'toezegging-compensatie-augustus-2025';
export const OORDEEL_VAN_ARK = 'oordeel-van-ark-q1-2027';
export const GESCHIL_COMPENSATIE = 'geschil-compensatie-2023-2024';
export const UITSPRAAK_CVW = 'uitspraak-commissie-van-wijzen-2021';
export const RESOLUTIE_ALV = 'resolutie-alv-2024-11-28';

// Money as said
export const OPLOPEND_TOT_424_MLN: FinancialTerm = {
  asSaid: 'vanaf 2026 met structureel geld, oplopend tot € 424 miljoen',
  amountCents: 42_400_000_000,
  kind: 'funding',
  nature: 'structural',
  basis: 'rising-to',
  fromYear: 2026,
  toYear: null,
  approximate: false,
  ...TERM_DEFAULTS,
};
export const CIRCA_3_MILJARD: FinancialTerm = {
  asSaid: 'in de jaren 2025-2027 cumulatief circa 3 miljard euro extra',
  amountCents: 300_000_000_000,
  kind: 'funding',
  nature: 'incidental',
  basis: 'cumulative',
  fromYear: 2025,
  toYear: 2027,
  approximate: true,
  ...TERM_DEFAULTS,
};
export const COMPENSATIE_728_MLN: FinancialTerm = {
  asSaid: 'Compensatie 50% tekorten 2023/2024 (€ 728 mln)',
  amountCents: 72_800_000_000,
  kind: 'compensation',
  nature: 'incidental',
  basis: 'cumulative',
  fromYear: 2023,
  toYear: 2024,
  approximate: false,
  ...TERM_DEFAULTS,
  share: { percent: 50, ofAsSaid: 'tekorten 2023/2024' },
};
export const CVW_1_7_MILJARD: FinancialTerm = {
  asSaid: 'Rijk moet gemeenten vanaf 2021 compenseren (2021: € 1,7 miljard euro)',
  amountCents: 170_000_000_000,
  kind: 'compensation',
  nature: 'structural',
  basis: 'breakdown',
  fromYear: 2021,
  toYear: null,
  approximate: false,
  ...TERM_DEFAULTS,
  perYear: [{ year: 2021, amountCents: 170_000_000_000 }],
};

// Dates as said
export const OP_16_APRIL = period('16 april 2025', 'day', '2025-04-16');
export const UITERLIJK_AUGUSTUS = period('te bezien in augustus', 'month', '2025-08');
export const Q1_2027 = period('Q1 2027', 'quarter', '2027-Q1');
export const VANAF_2028 = period('financieel kader 2028 e.v.', 'open-ended', '2028-01-01');

export const LEDENBRIEF_19_MAART: SourceRef = {
  document: {
    title: 'Uitkomsten Overhedenoverleg 17 maart en vervolgproces',
    issuer: 'VNG',
    date: '2025-03-19',
    kenmerk: 'U202500147',
  },
  quote:
    "In het Overhedenoverleg is de afspraak om recht te doen aan de uitkomsten van het advies van de commissie- Van Ark ('niet of, maar hoe') opnieuw bekrachtigd.",
  page: 1,
};

// Moments: each step's world date and the moment the ledger learned of it.
export const ON_17_MAART = at('2025-03-17', '2025-03-17T17:00:00.000Z');
export const ON_16_APRIL = at('2025-04-16', '2025-04-16T18:00:00.000Z');
export const ON_1_SEPTEMBER = at('2025-09-01', '2025-09-01T09:00:00.000Z');

const opened = {
  negotiationId: NEGOTIATION_ID,
  title: 'Financiering jeugdzorg Voorjaarsnota 2025',
  description: 'Financiële kaders jeugdzorg 2025-2027 en opvolging van het advies van de commissie Van Ark',
};
export const openNegotiation = commandBuilder('OpenNegotiation', opened, ON_17_MAART);
export const negotiationOpened = eventBuilder('NegotiationOpened', opened);

const rijk = {
  negotiationId: NEGOTIATION_ID,
  partyId: RIJK,
  name: 'Rijk',
  kind: 'rijk' as const,
  delegation: ['Staatssecretaris VWS', 'Minister van BZK', 'Minister van Financiën'],
};
export const VNG_PARTY = {
  partyId: VNG,
  name: 'Vereniging van Nederlandse Gemeenten',
  kind: 'vng' as const,
  delegation: ['Voorzitter VNG'],
};
export const admitParty = commandBuilder('AdmitParty', rijk, ON_17_MAART);
export const partyJoined = eventBuilder('PartyJoined', rijk);

const overleg = {
  negotiationId: NEGOTIATION_ID,
  meetingId: OVERHEDENOVERLEG_16_APRIL,
  kind: 'overhedenoverleg' as const,
  title: 'Overhedenoverleg 16 april 2025',
  scheduledFor: OP_16_APRIL,
  participants: [RIJK, VNG],
  confidential: false,
};
export const BO_JEUGD = {
  meetingId: BO_JEUGD_21_MAART,
  kind: 'bestuurlijk-overleg' as const,
  title: 'Bestuurlijk Overleg Jeugd 21 maart 2025',
  scheduledFor: period('21 maart', 'day', '2025-03-21'),
  confidential: true,
};
export const scheduleMeeting = commandBuilder('ScheduleMeeting', overleg, ON_17_MAART);
export const meetingScheduled = eventBuilder('MeetingScheduled', overleg);

const held = {
  negotiationId: NEGOTIATION_ID,
  meetingId: OVERHEDENOVERLEG_16_APRIL,
  summary: 'Niet onderhandelbaar bod van het kabinet',
};
export const recordMeetingHeld = commandBuilder('RecordMeetingHeld', held, ON_16_APRIL);
export const meetingHeld = eventBuilder('MeetingHeld', held);

const cancelled = {
  negotiationId: NEGOTIATION_ID,
  meetingId: OVERHEDENOVERLEG_16_APRIL,
  reason: 'Kabinet nog niet gereed met besluitvorming Voorjaarsnota',
};
export const cancelMeeting = commandBuilder('CancelMeeting', cancelled, ON_16_APRIL);
export const meetingCancelled = eventBuilder('MeetingCancelled', cancelled);

const bod = {
  negotiationId: NEGOTIATION_ID,
  proposalId: BOD_KABINET,
  partyId: RIJK,
  meetingId: OVERHEDENOVERLEG_16_APRIL,
  title: 'Bod kabinet Voorjaarsnota 2025',
  terms: 'Demping ravijn, vanaf 2026 met structureel geld, oplopend tot € 424 miljoen',
  financialTerms: [OPLOPEND_TOT_424_MLN],
  nonNegotiable: true,
};
export const INZET_VNG_PROPOSAL = {
  proposalId: INZET_VNG,
  partyId: VNG,
  meetingId: null,
  title: 'Volledige compensatie tekorten 2023/2024',
  terms: 'Het Rijk compenseert de feitelijke tekorten over 2023 en 2024',
  financialTerms: [COMPENSATIE_728_MLN],
  nonNegotiable: false,
};
export const tableProposal = commandBuilder('TableProposal', bod, ON_16_APRIL);
export const proposalTabled = eventBuilder('ProposalTabled', bod);

const { partyId: _party, ...revision } = {
  ...bod,
  terms: `${bod.terms}; aanpassing ingeboekte besparingen voor 2026 en 2027`,
};
export const reviseProposal = commandBuilder('ReviseProposal', revision, ON_16_APRIL);
export const proposalRevised = eventBuilder('ProposalRevised', revision);

const withdrawal = {
  negotiationId: NEGOTIATION_ID,
  proposalId: BOD_KABINET,
  reason: 'Vervangen door het afsprakendocument',
};
export const withdrawProposal = commandBuilder('WithdrawProposal', withdrawal, ON_16_APRIL);
export const proposalWithdrawn = eventBuilder('ProposalWithdrawn', withdrawal);

const standpunt = {
  negotiationId: NEGOTIATION_ID,
  positionId: STANDPUNT_VNG,
  partyId: VNG,
  proposalId: BOD_KABINET,
  topic: 'Bestuurlijke weging 2028 e.v.',
  stance: 'opposes' as const,
  reasons: ['Inzet Kabinet is te ambitieus, zowel qua haalbaarheid en impact van maatregelen als qua tempo'],
  meetingId: OVERHEDENOVERLEG_16_APRIL,
  financialTerms: [],
};
export const takePosition = commandBuilder('TakePosition', standpunt, ON_16_APRIL);
export const positionTaken = eventBuilder('PositionTaken', standpunt);

const afspraken = {
  negotiationId: NEGOTIATION_ID,
  agreementId: AFSPRAKEN_16_APRIL,
  title: 'Afspraken Rijk – VNG Jeugdzorg',
  terms: 'Op hoofdlijnen overeenstemming over de financiële kaders voor de jaren 2025-2027',
  financialTerms: [CIRCA_3_MILJARD],
  parties: [RIJK, VNG],
  meetingId: OVERHEDENOVERLEG_16_APRIL,
  proposalIds: [BOD_KABINET],
  standing: 'op-hoofdlijnen' as const,
  openTerms: [],
  conditions: [],
  risks: [],
};
export const reachAgreement = commandBuilder('ReachAgreement', { ...afspraken, supersedes: [] }, ON_16_APRIL);
export const agreementReached = eventBuilder('AgreementReached', afspraken);
export const agreementSuperseded = eventBuilder('AgreementSuperseded', {
  negotiationId: NEGOTIATION_ID,
  agreementId: AFSPRAKEN_16_APRIL,
  supersededBy: 'afspraken-2027',
  reason: 'superseded by Afspraken 2027',
});

const toezegging = {
  negotiationId: NEGOTIATION_ID,
  commitmentId: TOEZEGGING_AUGUSTUS,
  owedBy: [RIJK],
  agreementId: AFSPRAKEN_16_APRIL,
  dueKind: 'deadline' as const,
  description: 'Compensatie 50% tekorten 2023/2024 (€ 728 mln): te bezien in augustus, toezegging brief MP',
  due: UITERLIJK_AUGUSTUS,
};
export const OORDEEL_VAN_ARK_COMMITMENT = {
  commitmentId: OORDEEL_VAN_ARK,
  description: 'Oordeel Commissie Van Ark in Q1 2027 over uitgaven/tekorten en compensatie 2025-2027',
  due: Q1_2027,
};
export const makeCommitment = commandBuilder('MakeCommitment', toezegging, ON_16_APRIL);
export const commitmentMade = eventBuilder('CommitmentMade', toezegging);

const fulfilment = {
  negotiationId: NEGOTIATION_ID,
  commitmentId: TOEZEGGING_AUGUSTUS,
  note: 'Brief MP aan VNG over compensatie',
};
export const fulfilCommitment = commandBuilder(
  'FulfilCommitment',
  fulfilment,
  at('2025-08-29', '2025-08-29T12:00:00.000Z'),
);
export const commitmentFulfilled = eventBuilder('CommitmentFulfilled', fulfilment);
const missed = {
  negotiationId: NEGOTIATION_ID,
  commitmentId: TOEZEGGING_AUGUSTUS,
  note: 'Geen brief MP ontvangen in augustus',
};
export const recordCommitmentMissed = commandBuilder('RecordCommitmentMissed', missed, ON_1_SEPTEMBER);
export const commitmentMissed = eventBuilder('CommitmentMissed', missed);

const geschil = {
  negotiationId: NEGOTIATION_ID,
  disputeId: GESCHIL_COMPENSATIE,
  title: 'Compensatie tekorten 2023/2024',
  description: 'Anders: civielrechtelijke procedure voor volledige bedrag',
  raisedBy: VNG,
  financialTerms: [COMPENSATIE_728_MLN],
  proposalId: null,
};
export const raiseDispute = commandBuilder('RaiseDispute', geschil, ON_16_APRIL);
export const disputeRaised = eventBuilder('DisputeRaised', geschil);

const escalatie = {
  negotiationId: NEGOTIATION_ID,
  disputeId: GESCHIL_COMPENSATIE,
  forum: 'civielrechtelijke-procedure' as const,
  forumName: 'Civielrechtelijke procedure tegen de Staat',
  reason: 'Geen compensatie van de tekorten 2023/2024 in augustus',
};
export const escalateDispute = commandBuilder('EscalateDispute', escalatie, ON_1_SEPTEMBER);

const aankondiging = {
  negotiationId: NEGOTIATION_ID,
  disputeId: GESCHIL_COMPENSATIE,
  announcedBy: VNG,
  forum: 'civielrechtelijke-procedure' as const,
  forumName: 'Civielrechtelijke procedure voor volledige bedrag',
  condition: 'Compensatie 50% tekorten 2023/2024 (€ 728 mln): te bezien in augustus',
};
export const announceEscalation = commandBuilder('AnnounceEscalation', aankondiging, ON_16_APRIL);
export const escalationAnnounced = eventBuilder('EscalationAnnounced', aankondiging);
export const disputeEscalated = eventBuilder('DisputeEscalated', escalatie);

const schikking = {
  negotiationId: NEGOTIATION_ID,
  disputeId: GESCHIL_COMPENSATIE,
  outcome: 'Compensatie 50% tekorten toegezegd',
  agreementId: null,
  rulingId: null,
};
export const settleDispute = commandBuilder('SettleDispute', schikking, ON_1_SEPTEMBER);
export const disputeSettled = eventBuilder('DisputeSettled', schikking);

const uitspraak = {
  negotiationId: NEGOTIATION_ID,
  rulingId: UITSPRAAK_CVW,
  body: 'Commissie van Wijzen',
  kind: 'uitspraak' as const,
  bindingness: 'binding' as const,
  summary: 'Rijk dient feitelijke tekorten te dekken, indien gemeenten zich voldoende inspannen',
  disputeId: null,
  financialTerms: [CVW_1_7_MILJARD],
};
export const issueRuling = commandBuilder('IssueRuling', uitspraak, at('2021-06-01', '2025-03-17T17:00:00.000Z'));
export const rulingIssued = eventBuilder('RulingIssued', uitspraak);

const resolutie = {
  negotiationId: NEGOTIATION_ID,
  resolutionId: RESOLUTIE_ALV,
  body: 'ALV VNG',
  bindsParty: VNG,
  meetingId: null,
  vote: 'unknown' as const,
  text: 'Voldoende middelen voor taken en verantwoordelijkheden; vergoeding kosten Jeugdhulp te verwerken in de Voorjaarsnota',
};
export const adoptResolution = commandBuilder(
  'AdoptResolution',
  resolutie,
  at('2024-11-28', '2025-03-17T17:00:00.000Z'),
);
export const resolutionAdopted = eventBuilder('ResolutionAdopted', resolutie);

const bron = { negotiationId: NEGOTIATION_ID, entityId: NEGOTIATION_ID, source: LEDENBRIEF_19_MAART };
export const attachSource = commandBuilder('AttachSource', bron, at('2025-03-19', '2025-03-19T10:00:00.000Z'));
export const sourceAttached = eventBuilder('SourceAttached', bron);

const correctie = {
  negotiationId: NEGOTIATION_ID,
  correctedEventId: 'e1',
  reason: 'Overgenomen uit het afsprakendocument',
  retracted: false,
  patch: {},
  occurredOn: null,
  occurredAsSaid: null,
};
export const correctEntry = commandBuilder('CorrectEntry', correctie, ON_1_SEPTEMBER);
export const entryCorrected = eventBuilder('EntryCorrected', { ...correctie, entityId: NEGOTIATION_ID });

/** Rijk and VNG at the table of an opened negotiation: where most specifications start. */
export const atTheTable = (): NegotiationEvent[] => [negotiationOpened(), partyJoined(), partyJoined(VNG_PARTY)];
/** The table on 16 April 2025: the Overhedenoverleg scheduled and the cabinet's non-negotiable offer on it. */
export const withTheCabinetsOffer = (): NegotiationEvent[] => [...atTheTable(), meetingScheduled(), proposalTabled()];

/** A history with one entry of most kinds, for corrections; RECORDED names the ids the specification gives them. */
export const recorded = (): GivenEvent[] => [
  ...withTheCabinetsOffer(),
  positionTaken(),
  agreementReached(),
  on('2025-04-16', commitmentMade()),
  disputeRaised(),
  sourceAttached(),
];
export const RECORDED = {
  opened: 'e1',
  rijk: 'e2',
  vng: 'e3',
  meeting: 'e4',
  offer: 'e5',
  position: 'e6',
  agreement: 'e7',
  commitment: 'e8',
  dispute: 'e9',
  source: 'e10',
} as const;
