import type { Period, SourceRef } from '@ledger/domain';
import {
  CIRCA_3_MILJARD as cumulatief3Miljard,
  COMPENSATIE_728_MLN as tekorten728,
  OPLOPEND_TOT_424_MLN as oplopendTot424,
} from '@ledger/domain/testing';
import { LedgerLog, type NegotiationStream } from './ledger-log.fixture';

const ledenbrief19Maart: SourceRef = {
  document: {
    title: 'Uitkomsten Overhedenoverleg 17 maart en vervolgproces',
    issuer: 'VNG',
    date: '2025-03-19',
    kenmerk: 'U202500147',
  },
  quote: 'Op 17 maart heeft de VNG tijdens het Overhedenoverleg intensief overleg gevoerd met het kabinet',
  page: 1,
};
export const afsprakenDocument: SourceRef = {
  document: { title: 'Afspraken Rijk – VNG Jeugdzorg', issuer: 'Rijk en VNG', date: '2025-04-16' },
  quote: 'Op 16 april jl. is op hoofdlijnen overeenstemming bereikt over de financiële kaders voor de jaren 2025-2027',
  page: 1,
};
export const slidesVoorjaarsnota: SourceRef = {
  document: { title: 'Voorjaarsnota 2025', issuer: 'VNG', date: '2025-05-15' },
  quote: 'Demping ravijn, vanaf 2026 met structureel geld, oplopend tot € 424 miljoen',
  page: 3,
};

// The amounts as the documents say them, shared with the domain's specs.
export { cumulatief3Miljard, oplopendTot424, tekorten728 };

const inAugustus: Period = {
  asSaid: 'te bezien in augustus',
  precision: 'month',
  start: '2025-08-01',
  end: '2025-08-31',
};
export const q1_2027: Period = { asSaid: 'Q1 2027', precision: 'quarter', start: '2027-01-01', end: '2027-03-31' };

/**
 * The spring 2025 youth-care talks as the source documents tell them: Overhedenoverleg 17 March, BO Jeugd rounds,
 * the agreement of 16 April ("oplopend tot € 424 miljoen"), the MP's letter on the € 728 mln due in August,
 * Commissie Van Ark's judgement due Q1 2027, and the compensation left in dispute. `agreementEnteredAs` lets a
 * spec enter the agreement under a wrong date, as a clerk might, to correct it later.
 */
export function voorjaarsnota2025(log = new LedgerLog(), agreementEnteredAs = '2025-04-16') {
  const talks: NegotiationStream = log.negotiation('vjn-2025');
  const opened = talks.record(
    'NegotiationOpened',
    {
      title: 'Financiering jeugdzorg Voorjaarsnota 2025',
      description: 'Financiële kaders jeugdzorg en gemeenten 2025-2027',
    },
    { occurredOn: '2025-03-17' },
  );
  talks.record(
    'PartyJoined',
    { partyId: 'rijk', name: 'Rijk (VWS, FIN, BZK)', kind: 'rijk', delegation: ['VWS', 'FIN', 'BZK'] },
    { occurredOn: '2025-03-17' },
  );
  talks.record(
    'PartyJoined',
    { partyId: 'vng', name: 'VNG', kind: 'vng', delegation: ['VNG-bestuur'] },
    { occurredOn: '2025-03-17' },
  );
  const overleg17Maart = talks.record(
    'MeetingScheduled',
    {
      meetingId: 'oo-2025-03-17',
      kind: 'overhedenoverleg',
      title: 'Overhedenoverleg 17 maart',
      scheduledFor: { asSaid: '17 maart', precision: 'day', start: '2025-03-17', end: '2025-03-17' },
      participants: ['rijk', 'vng'],
      confidential: false,
    },
    { occurredOn: '2025-03-10' },
  );
  talks.record(
    'MeetingHeld',
    { meetingId: 'oo-2025-03-17', summary: 'Intensief overleg over de financiële positie van gemeenten' },
    { occurredOn: '2025-03-17', recordedAt: '2025-03-19T09:00:00.000Z', sources: [ledenbrief19Maart] },
  );
  const ravijn = talks.record(
    'ProposalTabled',
    {
      proposalId: 'p-ravijn',
      partyId: 'vng',
      meetingId: 'oo-2025-03-17',
      title: 'Demping ravijn',
      terms: 'Voldoende structurele middelen voor jeugdzorg vanaf 2026',
      financialTerms: [oplopendTot424],
      nonNegotiable: false,
    },
    { occurredOn: '2025-03-17' },
  );
  talks.record(
    'PositionTaken',
    {
      positionId: 'pos-rijk-ravijn-1',
      partyId: 'rijk',
      proposalId: 'p-ravijn',
      topic: 'ravijn',
      stance: 'opposes',
      reasons: ['Geen budgettaire ruimte'],
      meetingId: 'oo-2025-03-17',
      financialTerms: [],
    },
    { occurredOn: '2025-03-17' },
  );
  talks.record(
    'MeetingScheduled',
    {
      meetingId: 'oo-2025-04-16',
      kind: 'overhedenoverleg',
      title: 'Overhedenoverleg 16 april',
      scheduledFor: { asSaid: '16 april', precision: 'day', start: '2025-04-16', end: '2025-04-16' },
      participants: ['rijk', 'vng'],
      confidential: false,
    },
    { occurredOn: '2025-04-04' },
  );
  talks.record(
    'PositionTaken',
    {
      positionId: 'pos-rijk-ravijn-2',
      partyId: 'rijk',
      proposalId: 'p-ravijn',
      topic: 'ravijn',
      stance: 'conditional',
      reasons: ['Alleen met inhoudelijke afspraken uit de Hervormingsagenda'],
      meetingId: null,
      financialTerms: [],
    },
    { occurredOn: '2025-04-04' },
  );
  talks.record(
    'PositionTaken',
    {
      positionId: 'pos-vng-eigen-bijdrage',
      partyId: 'vng',
      proposalId: null,
      topic: 'eigen bijdrage',
      stance: 'opposes',
      reasons: ['Drempel voor kwetsbare gezinnen'],
      meetingId: null,
      financialTerms: [],
    },
    { occurredOn: '2025-04-04', classification: { level: 'internal', party: 'vng' } },
  );
  talks.record(
    'MeetingHeld',
    { meetingId: 'oo-2025-04-16', summary: 'Op hoofdlijnen overeenstemming' },
    { occurredOn: '2025-04-16' },
  );
  const agreement = talks.record(
    'AgreementReached',
    {
      agreementId: 'a-16-april',
      title: 'Afspraken Rijk – VNG Jeugdzorg',
      terms: 'Financiële kaders 2025-2027 en opdracht commissie Van Ark',
      financialTerms: [oplopendTot424, cumulatief3Miljard],
      parties: ['rijk', 'vng'],
      meetingId: 'oo-2025-04-16',
      proposalIds: ['p-ravijn'],
      standing: 'op-hoofdlijnen',
      openTerms: [],
      conditions: [],
      risks: [],
    },
    { occurredOn: agreementEnteredAs, recordedAt: '2025-04-17T08:00:00.000Z', sources: [afsprakenDocument] },
  );
  const briefMp = talks.record(
    'CommitmentMade',
    {
      commitmentId: 'c-brief-mp',
      owedBy: ['rijk'],
      dueKind: 'deadline',
      agreementId: 'a-16-april',
      description: 'Brief MP over compensatie 50% tekorten 2023/2024',
      due: inAugustus,
    },
    { occurredOn: '2025-04-16' },
  );
  talks.record(
    'CommitmentMade',
    {
      commitmentId: 'c-van-ark',
      owedBy: ['rijk'],
      dueKind: 'unspecified',
      agreementId: 'a-16-april',
      description: 'Oordeel Commissie Van Ark over uitgaven, tekorten en compensatie 2025-2027',
      due: q1_2027,
    },
    { occurredOn: '2025-04-16' },
  );
  const dispute = talks.record(
    'DisputeRaised',
    {
      disputeId: 'd-728',
      title: 'Compensatie tekorten 2023/2024',
      description: 'anders: civielrechtelijke procedure voor volledige bedrag',
      raisedBy: 'vng',
      financialTerms: [tekorten728],
      proposalId: null,
    },
    { occurredOn: '2025-04-16' },
  );
  talks.record('SourceAttached', { entityId: 'a-16-april', source: slidesVoorjaarsnota }, { occurredOn: '2025-05-15' });
  return { log, talks, opened, overleg17Maart, ravijn, agreement, briefMp, dispute };
}
