import type { LedgerTestApp, TestCaller } from '../../e2e/support/ledger-app';
import { record } from '../../e2e/support/mutations';

export const TABLE = 'tafel-2025';
export const OUTSIDE = 'alleen-vng-2025';

/** Entries at every classification, named by who may see them. */
export const ENTRY = {
  publicOffer: 'bod-openbaar',
  vngInternalPosition: 'vng-intern-standpunt',
  rijkInternalProposal: 'rijk-intern-bod',
} as const;

const as = (party: string, role: TestCaller['role']): TestCaller => ({ sub: `${role}-${party}`, party, role });

/** One caller of every role for each party at the table, and two of a party that has no seat. */
export const CALLERS = {
  vngReader: as('vng', 'reader'),
  vngRecorder: as('vng', 'recorder'),
  vngLegal: as('vng', 'legal'),
  vngAdmin: as('vng', 'admin'),
  rijkReader: as('rijk', 'reader'),
  rijkRecorder: as('rijk', 'recorder'),
  rijkLegal: as('rijk', 'legal'),
  rijkAdmin: as('rijk', 'admin'),
  ipoReader: as('ipo', 'reader'),
  ipoAdmin: as('ipo', 'admin'),
} as const;

export type CallerName = keyof typeof CALLERS;

/** Which of the three kinds of material a caller may see at the table. */
export function sightOf(caller: TestCaller): { parties: boolean; vng: boolean; rijk: boolean } {
  const seated = caller.party === 'vng' || caller.party === 'rijk';
  return { parties: seated || caller.role === 'admin', vng: caller.party === 'vng', rijk: caller.party === 'rijk' };
}

const vngInternal = { level: 'INTERNAL', party: 'tafel-vng' };
const rijkInternal = { level: 'INTERNAL', party: 'tafel-rijk' };

/**
 * A table with Rijk and VNG seated: a public offer by Rijk, VNG's internal position on it, and a Rijk-internal
 * proposal; and a second negotiation whose opening is internal to VNG. Recorded by the admins of each party.
 */
export async function recordAccessTable(ledger: LedgerTestApp): Promise<void> {
  const at = (input: Record<string, unknown>) => ({ negotiationId: TABLE, occurredOn: '2025-04-16', ...input });
  const admin = CALLERS.vngAdmin;
  ledger.clock.current = '2025-04-20T12:00:00.000Z';
  await record(ledger, 'openNegotiation', 'OpenNegotiationInput', at({ title: 'Tafel 2025' }), admin);
  await record(
    ledger,
    'admitParty',
    'AdmitPartyInput',
    at({ partyId: 'tafel-rijk', name: 'Rijk', kind: 'RIJK' }),
    admin,
  );
  await record(ledger, 'admitParty', 'AdmitPartyInput', at({ partyId: 'tafel-vng', name: 'VNG', kind: 'VNG' }), admin);
  await record(
    ledger,
    'tableProposal',
    'TableProposalInput',
    at({
      proposalId: ENTRY.publicOffer,
      partyId: 'tafel-rijk',
      title: 'Bod kabinet',
      terms: 'Demping ravijn',
      nonNegotiable: false,
      classification: { level: 'PUBLIC' },
    }),
    CALLERS.rijkRecorder,
  );
  await record(
    ledger,
    'takePosition',
    'TakePositionInput',
    at({
      positionId: ENTRY.vngInternalPosition,
      partyId: 'tafel-vng',
      proposalId: ENTRY.publicOffer,
      topic: 'Bod kabinet',
      stance: 'OPPOSES',
      reasons: ['Te weinig voor 2026'],
      classification: vngInternal,
    }),
    CALLERS.vngRecorder,
  );
  await record(
    ledger,
    'tableProposal',
    'TableProposalInput',
    at({
      proposalId: ENTRY.rijkInternalProposal,
      partyId: 'tafel-rijk',
      title: 'Ruimte voor een hoger bod',
      terms: 'Tot € 500 mln',
      nonNegotiable: false,
      classification: rijkInternal,
    }),
    CALLERS.rijkRecorder,
  );
  await record(
    ledger,
    'openNegotiation',
    'OpenNegotiationInput',
    {
      negotiationId: OUTSIDE,
      occurredOn: '2025-04-16',
      title: 'Voorbereiding ALV',
      classification: { level: 'INTERNAL', party: 'vng' },
    },
    admin,
  );
}

const period = { asSaid: 'uiterlijk augustus', precision: 'MONTH', anchor: '2025-08' };

/** A well-formed input for every mutation, so a refusal can only come from who is asking. */
export const EVERY_MUTATION: ReadonlyArray<
  readonly [mutation: string, inputType: string, input: Record<string, unknown>]
> = [
  ['openNegotiation', 'OpenNegotiationInput', { title: 'Nog een tafel' }],
  ['admitParty', 'AdmitPartyInput', { partyId: 'tafel-ipo', name: 'IPO', kind: 'IPO' }],
  [
    'scheduleMeeting',
    'ScheduleMeetingInput',
    { meetingId: 'bo-1', kind: 'OVERHEDENOVERLEG', title: 'BO', scheduledFor: period },
  ],
  ['recordMeetingHeld', 'RecordMeetingHeldInput', { meetingId: 'bo-1', summary: 'Gehouden' }],
  ['cancelMeeting', 'CancelMeetingInput', { meetingId: 'bo-1', reason: 'Verzet' }],
  [
    'tableProposal',
    'TableProposalInput',
    { proposalId: 'p-1', partyId: 'tafel-vng', title: 'Inzet', terms: 'Compensatie', nonNegotiable: false },
  ],
  [
    'reviseProposal',
    'ReviseProposalInput',
    { proposalId: ENTRY.publicOffer, title: 'Bod', terms: 'Meer', nonNegotiable: false },
  ],
  ['withdrawProposal', 'WithdrawProposalInput', { proposalId: ENTRY.publicOffer, reason: 'Vervangen' }],
  ['takePosition', 'TakePositionInput', { positionId: 's-1', partyId: 'tafel-vng', topic: 'Bod', stance: 'SUPPORTS' }],
  [
    'reachAgreement',
    'ReachAgreementInput',
    { agreementId: 'a-1', title: 'Afspraak', terms: 'Zo', parties: ['tafel-rijk', 'tafel-vng'] },
  ],
  [
    'makeCommitment',
    'MakeCommitmentInput',
    { commitmentId: 'c-1', owedBy: ['tafel-rijk'], description: 'Brief', due: period },
  ],
  ['fulfilCommitment', 'FulfilCommitmentInput', { commitmentId: 'c-1', note: 'Verstuurd' }],
  ['recordCommitmentMissed', 'RecordCommitmentMissedInput', { commitmentId: 'c-1', note: 'Niet verstuurd' }],
  [
    'raiseDispute',
    'RaiseDisputeInput',
    { disputeId: 'd-1', title: 'Compensatie', description: 'Open', raisedBy: 'tafel-vng' },
  ],
  [
    'announceEscalation',
    'AnnounceEscalationInput',
    { disputeId: 'd-1', announcedBy: 'tafel-vng', forum: 'COMMISSIE', forumName: 'Van Ark', condition: 'Geen akkoord' },
  ],
  [
    'escalateDispute',
    'EscalateDisputeInput',
    { disputeId: 'd-1', forum: 'COMMISSIE', forumName: 'Van Ark', reason: 'Geen akkoord' },
  ],
  ['settleDispute', 'SettleDisputeInput', { disputeId: 'd-1', outcome: 'Geschikt' }],
  [
    'issueRuling',
    'IssueRulingInput',
    { rulingId: 'r-1', body: 'Commissie', kind: 'ADVIES', bindingness: 'UNKNOWN', summary: 'Advies' },
  ],
  [
    'adoptResolution',
    'AdoptResolutionInput',
    { resolutionId: 'res-1', body: 'ALV', text: 'Besloten', bindsParty: 'tafel-vng' },
  ],
  [
    'takeDecision',
    'TakeDecisionInput',
    { decisionId: 'b-1', decidedBy: 'tafel-rijk', kind: 'DECISION', title: 'Besluit', text: 'Vrijgemaakt' },
  ],
  [
    'suspendTalks',
    'SuspendTalksInput',
    { suspensionId: 's-1', suspendedBy: ['tafel-vng'], subject: 'Overleggen', reason: 'Bezuinigingen' },
  ],
  ['resumeTalks', 'ResumeTalksInput', { suspensionId: 's-1', note: 'Herstart' }],
  [
    'issueDocument',
    'IssueDocumentInput',
    { documentId: 'doc-1', kind: 'LETTER', title: 'Brief', issuedBy: ['tafel-vng'], addressedTo: 'MP' },
  ],
  [
    'attachSource',
    'AttachSourceInput',
    {
      entityId: ENTRY.publicOffer,
      source: { document: { title: 'Brief', issuer: 'VNG', date: '2025-04-16' }, quote: 'Citaat' },
    },
  ],
  ['correctEntry', 'CorrectEntryInput', { correctedEventId: 'onbekend', reason: 'Fout', retracted: true }],
];
