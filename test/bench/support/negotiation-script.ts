import { period, TERM_DEFAULTS, type FinancialTerm, type NegotiationCommand, type SourceRef } from '@ledger/domain';
import type { CommandEnvelope } from '@ledger/command-handling';

/** A command and its envelope, as the command recorder runs them. */
export type ScriptedCommand = Readonly<{ command: NegotiationCommand; envelope: CommandEnvelope }>;

/** Setup (open + two parties) + 12 rounds of 8 + one fulfilment: 100 commands, each writing exactly one event. */
const ROUNDS = 12;
export const COMMANDS_PER_NEGOTIATION = 3 + ROUNDS * 8 + 1;

const RECORDER = 'bench@ledger.local';
const FIRST_DAY = Date.UTC(2020, 0, 6);
const DAY_MS = 86_400_000;

const SOURCE: SourceRef = {
  document: {
    title: 'Afspraken Rijk – VNG Jeugdzorg',
    issuer: 'Rijk en VNG',
    date: '2025-04-16',
    kenmerk: 'U202500147',
  },
  quote: 'Op 16 april jl. is op hoofdlijnen overeenstemming bereikt over de financiële kaders voor de jaren 2025-2027',
  page: 1,
};

const financialTerm = (round: number): FinancialTerm => ({
  asSaid: `vanaf ${2026 + (round % 3)} structureel, oplopend tot € ${100 + round * 25} miljoen`,
  amountCents: (100 + round * 25) * 100_000_000,
  kind: 'funding',
  nature: 'structural',
  basis: 'rising-to',
  fromYear: 2026 + (round % 3),
  toYear: null,
  approximate: false,
  ...TERM_DEFAULTS,
});

const isoDay = (dayOffset: number) => new Date(FIRST_DAY + dayOffset * DAY_MS).toISOString().slice(0, 10);

/**
 * The commands of one negotiation, in an order the domain accepts: a realistic mix of every common entry
 * (meetings, proposals with money, positions, sources, agreements, commitments), with ids unique to the
 * negotiation so audit trails stay per negotiation as in the shipped record. Deterministic: the same
 * negotiation id always gives the same commands, so generated stores can be cached.
 */
export function negotiationScript(negotiationId: string): ScriptedCommand[] {
  const rijk = `${negotiationId}-rijk`;
  const vng = `${negotiationId}-vng`;
  const script: ScriptedCommand[] = [];
  const add = (
    day: number,
    type: NegotiationCommand['type'],
    data: Record<string, unknown>,
    sources: SourceRef[] = [],
  ) => {
    const occurredOn = isoDay(day);
    script.push({
      command: {
        type,
        data: { negotiationId, ...data },
        metadata: { occurredOn, now: `${occurredOn}T18:00:00.000Z`, recordedBy: RECORDER },
      } as NegotiationCommand,
      envelope: { commandId: `${negotiationId}/${script.length}`, sources, classification: { level: 'parties' } },
    });
  };

  add(
    0,
    'OpenNegotiation',
    { title: `Financiering jeugdzorg ${negotiationId}`, description: 'Financiële kaders jeugdzorg en gemeenten' },
    [SOURCE],
  );
  add(0, 'AdmitParty', {
    partyId: rijk,
    name: 'Rijk',
    kind: 'rijk',
    delegation: ['Staatssecretaris VWS', 'Minister van Financiën'],
  });
  add(0, 'AdmitParty', {
    partyId: vng,
    name: 'Vereniging van Nederlandse Gemeenten',
    kind: 'vng',
    delegation: ['Voorzitter VNG'],
  });
  for (let round = 0; round < ROUNDS; round++) {
    const day = 7 + round * 14;
    const [meetingId, proposalId, agreementId] = [
      `${negotiationId}-m${round}`,
      `${negotiationId}-p${round}`,
      `${negotiationId}-a${round}`,
    ];
    const tabler = round % 2 === 0 ? rijk : vng;
    add(day - 7, 'ScheduleMeeting', {
      meetingId,
      kind: 'bestuurlijk-overleg',
      title: `Bestuurlijk Overleg Jeugd ronde ${round + 1}`,
      scheduledFor: period(isoDay(day), 'day', isoDay(day)),
      participants: [rijk, vng],
      confidential: round % 4 === 0,
    });
    add(day, 'RecordMeetingHeld', { meetingId, summary: 'Overleg gevoerd over de financiële positie van gemeenten' });
    add(
      day,
      'TableProposal',
      {
        proposalId,
        partyId: tabler,
        meetingId,
        title: `Voorstel ronde ${round + 1}`,
        terms: 'Structurele middelen voor jeugdzorg vanaf 2026',
        financialTerms: [financialTerm(round)],
        nonNegotiable: false,
      },
      [SOURCE],
    );
    add(day, 'TakePosition', {
      positionId: `${proposalId}-rijk`,
      partyId: rijk,
      proposalId,
      topic: 'ravijn',
      stance: 'supports',
      reasons: [],
      meetingId,
    });
    add(day, 'TakePosition', {
      positionId: `${proposalId}-vng`,
      partyId: vng,
      proposalId,
      topic: 'ravijn',
      stance: 'conditional',
      reasons: ['Alleen met compensatie van de tekorten'],
      meetingId,
    });
    add(day + 1, 'AttachSource', { entityId: proposalId, source: SOURCE });
    add(
      day + 2,
      'ReachAgreement',
      {
        agreementId,
        title: `Afspraak ronde ${round + 1}`,
        terms: 'Partijen stemmen in met het voorstel',
        financialTerms: [financialTerm(round)],
        parties: [rijk, vng],
        meetingId,
        proposalIds: [proposalId],
        supersedes: [],
        standing: 'uitgewerkt',
        openTerms: [],
        conditions: [],
        risks: [],
      },
      [SOURCE],
    );
    add(day + 2, 'MakeCommitment', {
      commitmentId: `${agreementId}-c`,
      owedBy: [rijk],
      dueKind: 'deadline',
      agreementId,
      description: 'Het Rijk maakt de middelen over via het Gemeentefonds',
      due: period('uiterlijk in augustus', 'month', `${isoDay(day + 2).slice(0, 4)}-12`),
    });
  }
  add(7 + ROUNDS * 14, 'FulfilCommitment', {
    commitmentId: `${negotiationId}-a0-c`,
    note: 'Overgemaakt bij de septembercirculaire',
  });
  return script;
}
