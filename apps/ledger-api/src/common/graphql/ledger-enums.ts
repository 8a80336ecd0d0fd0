import { registerEnumType } from '@nestjs/graphql';
import type { NegotiationEventType } from '@ledger/domain';
import type { AgreementStatus, CommitmentStatus, DisputeStatus, MeetingStatus, ProposalStatus } from '@ledger/domain';
import { SUBJECT_ERASED } from '@ledger/personal-data';
import { RECORDS_READ } from '../../read-audit/read-audit.recorder';
import { SOURCE_DOCUMENT_STORED } from '@ledger/command-handling';

/**
 * An enum whose value names are the values served until now ("open", "in_force" for "in-force"), so queries and
 * clients that compared the strings keep working; the domain value stays behind each name.
 */
function statusEnum<T extends string>(
  values: readonly T[],
  name: string,
  description: string,
  valueDescriptions: Record<T, string>,
): Record<string, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value.replace(/-/g, '_'), value])) as Record<string, T>;
  const valuesMap = Object.fromEntries(
    values.map((value) => [value.replace(/-/g, '_'), { description: valueDescriptions[value] }]),
  );
  registerEnumType(enumObject, { name, description, valuesMap });
  return enumObject;
}

export const MeetingStatusEnum = statusEnum<MeetingStatus>(
  ['scheduled', 'held', 'cancelled'],
  'MeetingStatus',
  'De stand van een overleg.',
  {
    scheduled: 'Gepland, nog niet gehouden.',
    held: 'Gehouden.',
    cancelled: 'Afgezegd.',
  },
);
export const ProposalStatusEnum = statusEnum<ProposalStatus>(
  ['tabled', 'withdrawn'],
  'ProposalStatus',
  'De stand van een voorstel.',
  {
    tabled: 'Op tafel (ook na herziening).',
    withdrawn: 'Ingetrokken.',
  },
);
export const AgreementStatusEnum = statusEnum<AgreementStatus>(
  ['in-force', 'superseded'],
  'AgreementStatus',
  'De stand van een afspraak.',
  {
    'in-force': 'Geldt.',
    superseded: 'Vervangen door een latere afspraak.',
  },
);
export const CommitmentStatusEnum = statusEnum<CommitmentStatus>(
  ['open', 'fulfilled', 'missed'],
  'CommitmentStatus',
  'De stand van een toezegging.',
  {
    open: 'Nog niet nagekomen of gemist (zie agreedState voor wat over de termijn is).',
    fulfilled: 'Nagekomen.',
    missed: 'Niet nagekomen.',
  },
);
export const DisputeStatusEnum = statusEnum<DisputeStatus>(
  ['open', 'escalated', 'settled'],
  'DisputeStatus',
  'De stand van een geschilpunt.',
  {
    open: 'Open.',
    escalated: 'Geëscaleerd (arbitrage, rechter, commissie); nog open.',
    settled: 'Beslecht.',
  },
);

/** Kinds of events the ledger keeps beside the negotiations: the read audit, erasures, and the evidence log's own. */
const LEDGER_SERVICE_EVENT_TYPES = {
  [RECORDS_READ]: 'Een vastlegging van wie welke dossiers las (leesaudit).',
  [SUBJECT_ERASED]: 'Persoonsgegevens van een betrokkene gewist; de hashes blijven geldig.',
  CheckpointSigned: 'Een ondertekend controlepunt van het bewijslogboek.',
  SigningKeyRotated: 'Een nieuwe ondertekeningssleutel voor het bewijslogboek.',
  [SOURCE_DOCUMENT_STORED]: 'Een brondocument bewaard, onder de SHA-256 van zijn tekst.',
} as const;

/** One per negotiation event type: the Record type makes a new event type fail the build until it is described here. */
const NEGOTIATION_EVENT_DESCRIPTIONS: Record<NegotiationEventType, string> = {
  NegotiationOpened: 'Een dossier geopend.',
  PartyJoined: 'Een partij aan tafel.',
  MeetingScheduled: 'Een overleg gepland.',
  MeetingHeld: 'Een overleg gehouden.',
  MeetingCancelled: 'Een overleg afgezegd.',
  ProposalTabled: 'Een voorstel op tafel.',
  ProposalRevised: 'Een voorstel herzien.',
  ProposalWithdrawn: 'Een voorstel ingetrokken.',
  PositionTaken: 'Een standpunt ingenomen.',
  AgreementReached: 'Een afspraak gemaakt.',
  AgreementSuperseded: 'Een afspraak vervangen.',
  CommitmentMade: 'Een toezegging gedaan.',
  CommitmentFulfilled: 'Een toezegging nagekomen.',
  CommitmentMissed: 'Een toezegging niet nagekomen.',
  DisputeRaised: 'Een geschilpunt opgeworpen.',
  EscalationAnnounced: 'Een escalatie aangekondigd.',
  DisputeEscalated: 'Een geschilpunt geëscaleerd.',
  DisputeSettled: 'Een geschilpunt beslecht.',
  RulingIssued: 'Een uitspraak of advies.',
  ResolutionAdopted: 'Een resolutie aangenomen.',
  DecisionTaken: 'Een eenzijdig besluit of betaling van één partij, geen afspraak.',
  TalksSuspended: 'Gesprekken opgeschort.',
  TalksResumed: 'Opgeschorte gesprekken hervat.',
  DocumentIssued: 'Een brief of rapport verstuurd: van wie, aan wie, op welke dag.',
  SourceAttached: 'Een bron gekoppeld.',
  EntryCorrected: 'Een eerdere regel gecorrigeerd of ingetrokken.',
};

const eventTypeDescriptions: Record<string, string> = {
  ...NEGOTIATION_EVENT_DESCRIPTIONS,
  ...LEDGER_SERVICE_EVENT_TYPES,
};

/** The kinds of events in the ledger, named as stored (AgreementReached), so a filter on an unknown kind is refused. */
export const LedgerEventTypeEnum = Object.fromEntries(
  Object.keys(eventTypeDescriptions).map((type) => [type, type]),
) as Record<string, string>;
registerEnumType(LedgerEventTypeEnum, {
  name: 'LedgerEventType',
  description: 'Soort gebeurtenis in het logboek, genoemd zoals vastgelegd (AgreementReached).',
  valuesMap: Object.fromEntries(
    Object.entries(eventTypeDescriptions).map(([type, description]) => [type, { description }]),
  ),
});
