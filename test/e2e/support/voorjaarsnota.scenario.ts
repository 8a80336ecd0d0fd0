import type { LedgerTestApp } from './ledger-app';
import { record, type CommandResult } from './mutations';

export const NEGOTIATION = 'vjn-2025';

export const ledenbrief = {
  document: {
    title: 'Uitkomsten Overhedenoverleg 17 maart en vervolgproces',
    issuer: 'VNG',
    date: '2025-03-19',
    kenmerk: 'Lbr. 25/015',
  },
  quote:
    "In het Overhedenoverleg is de afspraak om recht te doen aan de uitkomsten van het advies van de commissie- Van Ark ('niet of, maar hoe') opnieuw bekrachtigd.",
};

const presentatie = {
  document: { title: 'Voorjaarsnota 2025', issuer: 'VNG', date: '2025-05-15' },
  quote: 'Demping ravijn, vanaf 2026 met structureel geld, oplopend tot € 424 miljoen',
};

const ravijn = {
  asSaid: 'oplopend tot € 424 miljoen',
  amountCents: '42400000000',
  kind: 'FUNDING',
  nature: 'STRUCTURAL',
  basis: 'RISING_TO',
  fromYear: 2026,
  toYear: null,
  approximate: false,
};

/** What the scenario recorded, for the assertions. */
export type Recorded = Record<'opened' | 'agreement' | 'commitment' | 'offer' | 'dispute', CommandResult>;

/**
 * The Voorjaarsnota 2025 track as a delegation would record it: the Overhedenoverleg of 17 March, the
 * cabinet's non-negotiable offer of 16 April with VNG's position, the agreement, a promise and a dispute.
 */
export async function recordVoorjaarsnota(ledger: LedgerTestApp): Promise<Recorded> {
  const at = (date: string, input: Record<string, unknown>) => ({
    negotiationId: NEGOTIATION,
    occurredOn: date,
    ...input,
  });
  ledger.clock.current = '2025-03-17T19:00:00.000Z';
  const opened = await record(
    ledger,
    'openNegotiation',
    'OpenNegotiationInput',
    at('2025-03-17', {
      title: 'Financiering jeugdzorg Voorjaarsnota 2025',
      commandId: 'open-vjn-2025',
    }),
  );
  await record(
    ledger,
    'admitParty',
    'AdmitPartyInput',
    at('2025-03-17', { partyId: 'rijk', name: 'Rijk', kind: 'RIJK', delegation: ['VWS', 'FIN', 'BZK'] }),
  );
  await record(ledger, 'admitParty', 'AdmitPartyInput', at('2025-03-17', { partyId: 'vng', name: 'VNG', kind: 'VNG' }));
  await record(
    ledger,
    'scheduleMeeting',
    'ScheduleMeetingInput',
    at('2025-03-17', {
      meetingId: 'oo-2025-03-17',
      kind: 'OVERHEDENOVERLEG',
      title: 'Overhedenoverleg 17 maart 2025',
      scheduledFor: { asSaid: '17 maart', precision: 'DAY', anchor: '2025-03-17' },
      participants: ['rijk', 'vng'],
    }),
  );
  await record(
    ledger,
    'recordMeetingHeld',
    'RecordMeetingHeldInput',
    at('2025-03-17', {
      meetingId: 'oo-2025-03-17',
      summary: "Bekrachtiging van eerdere uitspraak 'niet of, maar hoe'",
      sources: [ledenbrief],
    }),
  );

  ledger.clock.current = '2025-04-16T20:00:00.000Z';
  await record(
    ledger,
    'scheduleMeeting',
    'ScheduleMeetingInput',
    at('2025-04-16', {
      meetingId: 'oo-2025-04-16',
      kind: 'OVERHEDENOVERLEG',
      title: 'Overhedenoverleg 16 april 2025',
      scheduledFor: { asSaid: '16 april', precision: 'DAY', anchor: '2025-04-16' },
      participants: ['rijk', 'vng'],
    }),
  );
  const offer = await record(
    ledger,
    'tableProposal',
    'TableProposalInput',
    at('2025-04-16', {
      proposalId: 'bod-kabinet',
      partyId: 'rijk',
      meetingId: 'oo-2025-04-16',
      title: 'Niet onderhandelbaar bod van Kabinet',
      terms: 'Demping ravijn vanaf 2026',
      financialTerms: [ravijn],
      nonNegotiable: true,
      sources: [presentatie],
    }),
  );
  await record(
    ledger,
    'takePosition',
    'TakePositionInput',
    at('2025-04-16', {
      positionId: 'vng-over-bod',
      partyId: 'vng',
      proposalId: 'bod-kabinet',
      topic: 'Bod kabinet',
      stance: 'CONDITIONAL',
      reasons: ['Niet optimaal, maar best haalbare resultaat'],
    }),
  );
  const agreement = await record(
    ledger,
    'reachAgreement',
    'ReachAgreementInput',
    at('2025-04-16', {
      agreementId: 'afspraak-ravijn',
      title: 'Demping ravijn',
      terms: 'Vanaf 2026 structureel geld',
      financialTerms: [ravijn],
      parties: ['rijk', 'vng'],
      meetingId: 'oo-2025-04-16',
      proposalIds: ['bod-kabinet'],
      sources: [presentatie],
    }),
  );
  const commitment = await record(
    ledger,
    'makeCommitment',
    'MakeCommitmentInput',
    at('2025-04-16', {
      commitmentId: 'brief-mp-compensatie',
      owedBy: ['rijk'],
      agreementId: 'afspraak-ravijn',
      description: 'Compensatie 50% tekorten 2023/2024: te bezien in augustus, toezegging brief MP',
      due: { asSaid: 'uiterlijk in augustus', precision: 'MONTH', anchor: '2025-08' },
    }),
  );
  const dispute = await record(
    ledger,
    'raiseDispute',
    'RaiseDisputeInput',
    at('2025-04-16', {
      disputeId: 'compensatie-2023-2024',
      title: 'Compensatie tekorten 2023/2024',
      raisedBy: 'vng',
      description: 'Rijk en gemeenten hebben nog geen overeenstemming over compensatie voor de jaren 2023/2024',
      financialTerms: [
        {
          ...ravijn,
          asSaid: '€ 728 mln',
          amountCents: '72800000000',
          kind: 'COMPENSATION',
          nature: 'INCIDENTAL',
          basis: 'CUMULATIVE',
          fromYear: 2023,
          toYear: 2024,
        },
      ],
    }),
  );
  return { opened, agreement, commitment, offer, dispute };
}
