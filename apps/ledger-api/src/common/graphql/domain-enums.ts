import { registerEnumType } from '@nestjs/graphql';
import {
  AGREEMENT_STANDINGS, AMOUNT_BASES, CLASSIFICATION_LEVELS, DUE_KINDS, ESCALATION_FORUMS, FINANCIAL_KINDS, FINANCIAL_NATURES, MEETING_KINDS, PARTY_KINDS,
  PERIOD_PRECISIONS, RULING_BINDINGNESS, RULING_KINDS, STANCES,
} from '@ledger/domain';

/** GraphQL enum names cannot hold '-', so `half-year` is served as HALF_YEAR with the domain value behind it. */
function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<string, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase().replace(/-/g, '_'), value])) as Record<string, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const PartyKindEnum = graphqlEnum(PARTY_KINDS, 'PartyKind', 'Wat voor partij: Rijk, VNG, IPO, een vijfhoekpartner, een commissie of anders.');
export const MeetingKindEnum = graphqlEnum(MEETING_KINDS, 'MeetingKind', 'Soort overleg: Overhedenoverleg, Bestuurlijk Overleg (BO Jeugd), informeel overleg, ALV, consultatie, ledenbijeenkomst, Kamerdebat.');
export const StanceEnum = graphqlEnum(STANCES, 'Stance', 'Standpunt van een partij: steunt, verzet zich, voorbehoud, of onder voorwaarden.');
export const EscalationForumEnum = graphqlEnum(ESCALATION_FORUMS, 'EscalationForum', 'Waar een geschilpunt heen gaat: arbitrage, een civielrechtelijke procedure, een commissie.');
export const RulingKindEnum = graphqlEnum(RULING_KINDS, 'RulingKind', 'Uitspraak of advies; of het bindt staat in RulingBindingness.');
export const RulingBindingnessEnum = graphqlEnum(
  RULING_BINDINGNESS, 'RulingBindingness', 'Of een uitspraak of advies bindt: bindend, niet bindend, zwaarwegend (weegt zwaar, bindt niet), of onbekend waar geen document het zegt.',
);
export const DueKindEnum = graphqlEnum(
  DUE_KINDS, 'DueKind', 'Hoe een toezegging aan haar datum vastzit: uiterste termijn (uiterlijk), streefdatum (inzet, gestreefd naar), of niet gezegd.',
);
export const AgreementStandingEnum = graphqlEnum(
  AGREEMENT_STANDINGS, 'AgreementStanding', 'Hoe ver een afspraak is uitgewerkt: op hoofdlijnen, uitgewerkt, of onbekend waar geen document het zegt.',
);
export const FinancialKindEnum = graphqlEnum(FINANCIAL_KINDS, 'FinancialKind', 'Soort geld: extra middelen (funding), taakstelling/besparing (saving), compensatie, korting (cut), tekort (shortfall).');
export const FinancialNatureEnum = graphqlEnum(FINANCIAL_NATURES, 'FinancialNature', 'Structureel of incidenteel geld.');
export const AmountBasisEnum = graphqlEnum(AMOUNT_BASES, 'AmountBasis', 'Hoe het bedrag geldt: per jaar, cumulatief over de jaren, of oplopend tot (het bedrag van het laatste jaar).');
export const PeriodPrecisionEnum = graphqlEnum(PERIOD_PRECISIONS, 'PeriodPrecision', 'Hoe precies een document een datum noemt: dag, maand, kwartaal, halfjaar, seizoen, jaar, of vanaf een datum zonder einde.');
export const ClassificationLevelEnum = graphqlEnum(CLASSIFICATION_LEVELS, 'ClassificationLevel', 'Wie een regel mag zien: iedereen (public), alle partijen aan tafel (parties), of één partij intern (internal).');
