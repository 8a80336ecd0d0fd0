import { registerEnumType } from '@nestjs/graphql';
import {
  AGREEMENT_STANDINGS,
  AMOUNT_BASES,
  CLASSIFICATION_LEVELS,
  DECISION_KINDS,
  DOCUMENT_KINDS,
  DUE_KINDS,
  ESCALATION_FORUMS,
  FINANCIAL_KINDS,
  FINANCIAL_NATURES,
  MEETING_KINDS,
  PARTY_KINDS,
  PERIOD_PRECISIONS,
  RESOLUTION_VOTES,
  RULING_BINDINGNESS,
  RULING_KINDS,
  STANCES,
} from '@ledger/domain';

const graphqlName = (value: string) => value.toUpperCase().replace(/-/g, '_');

/**
 * GraphQL enum names cannot hold '-', so `half-year` is served as HALF_YEAR with the domain value behind it.
 * Every value is described; the Record type makes a new domain value fail the build until it is.
 */
function graphqlEnum<T extends string>(
  values: readonly T[],
  name: string,
  description: string,
  valueDescriptions: Record<T, string>,
): Record<string, T> {
  const enumObject = Object.fromEntries(values.map((value) => [graphqlName(value), value])) as Record<string, T>;
  const valuesMap = Object.fromEntries(
    values.map((value) => [graphqlName(value), { description: valueDescriptions[value] }]),
  );
  registerEnumType(enumObject, { name, description, valuesMap });
  return enumObject;
}

export const PartyKindEnum = graphqlEnum(
  PARTY_KINDS,
  'PartyKind',
  'Wat voor partij: Rijk, VNG, IPO, een vijfhoekpartner, een commissie of anders.',
  {
    rijk: 'Het Rijk (kabinet, departementen).',
    vng: 'Vereniging van Nederlandse Gemeenten.',
    ipo: 'Interprovinciaal Overleg.',
    vijfhoek: 'Een vijfhoekpartner: aanbieders, cliëntenorganisaties, professionals.',
    committee: 'Een commissie (Commissie van Wijzen, Commissie Van Ark).',
    other: 'Een andere partij.',
  },
);
export const MeetingKindEnum = graphqlEnum(
  MEETING_KINDS,
  'MeetingKind',
  'Soort overleg: Overhedenoverleg, Bestuurlijk Overleg (BO Jeugd), informeel overleg, ALV, consultatie, ledenbijeenkomst, Kamerdebat.',
  {
    overhedenoverleg: 'Overhedenoverleg.',
    'bestuurlijk-overleg': 'Bestuurlijk Overleg, zoals BO Jeugd.',
    'informeel-overleg': 'Informeel (vaak vertrouwelijk) overleg.',
    alv: 'Algemene ledenvergadering.',
    consultatie: 'Consultatie van leden.',
    ledenbijeenkomst: 'Ledenbijeenkomst.',
    kamerdebat: 'Debat in de Tweede Kamer.',
    other: 'Ander overleg.',
  },
);
export const StanceEnum = graphqlEnum(
  STANCES,
  'Stance',
  'Standpunt van een partij: steunt, verzet zich, voorbehoud, of onder voorwaarden.',
  {
    supports: 'Steunt.',
    opposes: 'Verzet zich.',
    reserves: 'Maakt een voorbehoud.',
    conditional: 'Steunt onder voorwaarden.',
  },
);
export const EscalationForumEnum = graphqlEnum(
  ESCALATION_FORUMS,
  'EscalationForum',
  'Waar een geschilpunt heen gaat: arbitrage, een civielrechtelijke procedure, een commissie.',
  {
    arbitrage: 'Arbitrage, zoals de Commissie van Wijzen.',
    'civielrechtelijke-procedure': 'Een civielrechtelijke procedure bij de rechter.',
    commissie: 'Een commissie van deskundigen.',
    other: 'Een ander forum.',
  },
);
export const RulingKindEnum = graphqlEnum(
  RULING_KINDS,
  'RulingKind',
  'Uitspraak of advies; of het bindt staat in RulingBindingness.',
  {
    uitspraak: 'Een uitspraak: een oordeel over het geschil.',
    advies: 'Een advies.',
  },
);
export const RulingBindingnessEnum = graphqlEnum(
  RULING_BINDINGNESS,
  'RulingBindingness',
  'Of een uitspraak of advies bindt: bindend, niet bindend, zwaarwegend (weegt zwaar, bindt niet), of onbekend waar geen document het zegt.',
  {
    binding: 'Bindend.',
    'not-binding': 'Niet bindend.',
    zwaarwegend: 'Zwaarwegend: weegt zwaar, bindt niet.',
    unknown: 'Onbekend: geen document zegt of het bindt.',
  },
);
export const DecisionKindEnum = graphqlEnum(
  DECISION_KINDS,
  'DecisionKind',
  'Wat een partij eenzijdig deed: een besluit (ook geld vrijmaken) of een betaling.',
  {
    decision: 'Een besluit, zoals "het kabinet heeft € 613 miljoen vrijgemaakt".',
    payment: 'Een betaling: geld uitbetaald.',
  },
);
export const DocumentKindEnum = graphqlEnum(
  DOCUMENT_KINDS,
  'DocumentKind',
  'Wat voor document een partij verstuurde.',
  {
    letter: 'Een brief, zoals "Brief VNG aan MP".',
    'members-letter': 'Een ledenbrief van de VNG aan haar leden.',
    kamerbrief: 'Een Kamerbrief aan het parlement.',
    report: 'Een rapport.',
    other: 'Een ander document.',
  },
);
export const ResolutionVoteEnum = graphqlEnum(
  RESOLUTION_VOTES,
  'ResolutionVote',
  'Hoe de ledenvergadering over een resolutie stemde; onbekend waar geen document het zegt.',
  {
    unanimous: 'Unaniem aangenomen.',
    majority: 'Bij meerderheid aangenomen.',
    unknown: 'Onbekend: geen document zegt hoe er gestemd werd.',
  },
);
export const DueKindEnum = graphqlEnum(
  DUE_KINDS,
  'DueKind',
  'Hoe een toezegging aan haar datum vastzit: uiterste termijn (uiterlijk), streefdatum (inzet, gestreefd naar), of niet gezegd.',
  {
    deadline: 'Uiterste termijn ("uiterlijk").',
    target: 'Streefdatum ("inzet is", "gestreefd naar").',
    unspecified: 'Het document noemt geen termijn.',
  },
);
export const AgreementStandingEnum = graphqlEnum(
  AGREEMENT_STANDINGS,
  'AgreementStanding',
  'Hoe ver een afspraak is uitgewerkt: op hoofdlijnen, uitgewerkt, of onbekend waar geen document het zegt.',
  {
    'op-hoofdlijnen': 'Op hoofdlijnen: de uitwerking volgt nog.',
    uitgewerkt: 'Uitgewerkt.',
    unknown: 'Onbekend: geen document zegt het.',
  },
);
export const FinancialKindEnum = graphqlEnum(
  FINANCIAL_KINDS,
  'FinancialKind',
  'Soort geld: extra middelen (funding), taakstelling/besparing (saving), compensatie, korting (cut), tekort (shortfall).',
  {
    funding: 'Extra middelen.',
    saving: 'Taakstelling of besparing.',
    compensation: 'Compensatie.',
    cut: 'Korting.',
    shortfall: 'Tekort.',
  },
);
export const FinancialNatureEnum = graphqlEnum(
  FINANCIAL_NATURES,
  'FinancialNature',
  'Structureel of incidenteel geld.',
  {
    structural: 'Structureel: elk jaar, ook na de genoemde jaren als het bedrag geen einde heeft.',
    incidental: 'Incidenteel: alleen in de genoemde jaren.',
  },
);
export const AmountBasisEnum = graphqlEnum(
  AMOUNT_BASES,
  'AmountBasis',
  'Hoe het bedrag geldt: per jaar, cumulatief over de jaren, oplopend tot, of alleen voor de jaren die het document noemt.',
  {
    'per-year': 'Het bedrag geldt in elk jaar.',
    cumulative: 'Het bedrag is het totaal over alle genoemde jaren samen.',
    'rising-to': 'Oplopend tot: het bedrag wordt bereikt in reachedInYear (of het laatste jaar), voor zover genoemd.',
    breakdown: 'Alleen de bedragen per jaar die het document noemt (perYear); over andere jaren zegt het niets.',
  },
);
export const PeriodPrecisionEnum = graphqlEnum(
  PERIOD_PRECISIONS,
  'PeriodPrecision',
  'Hoe precies een document een datum noemt: dag, maand, kwartaal, halfjaar, seizoen, jaar, of vanaf een datum zonder einde.',
  {
    day: 'Een dag.',
    week: 'Een week.',
    month: 'Een maand ("uiterlijk augustus").',
    quarter: 'Een kwartaal ("Q1 2027").',
    'half-year': 'Een halfjaar.',
    season: 'Een seizoen ("najaar 2025").',
    year: 'Een jaar ("eind 2025" als jaar).',
    range: 'Een reeks dagen.',
    'open-ended': 'Vanaf een datum, zonder einde ("vanaf 2028").',
    relative:
      'Na een gebeurtenis waarvan het document de datum niet noemt ("na het Paasreces"); begint niet vóór het anker, einde onbekend.',
  },
);
export const ClassificationLevelEnum = graphqlEnum(
  CLASSIFICATION_LEVELS,
  'ClassificationLevel',
  'Wie een regel mag zien: iedereen (public), alle partijen aan tafel (parties), of één partij intern (internal).',
  {
    public: 'Iedereen.',
    parties: 'Alle partijen aan tafel.',
    internal: 'Alleen de genoemde partij.',
  },
);
