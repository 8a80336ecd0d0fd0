import { TERM_DEFAULTS, type FinancialTerm } from '../shared/financial-term';
import {
  at,
  commandBuilder,
  eventBuilder,
  GESCHIL_COMPENSATIE,
  NEGOTIATION_ID,
  RIJK,
  VNG,
} from './negotiation.fixtures';

/** Steps of the shipped record that are no agreement: decisions one party took, talks stopped and restarted, letters. */

export const BESLUIT_613_MLN = 'besluit-613-mln-2021';

export const VRIJGEMAAKT_613_MLN: FinancialTerm = {
  ...TERM_DEFAULTS,
  asSaid: 'eind april € 613 miljoen vrijgemaakt voor 2021',
  amountCents: 61_300_000_000,
  kind: 'funding',
  nature: 'incidental',
  basis: 'per-year',
  fromYear: 2021,
  toYear: 2021,
  approximate: false,
};

const besluit = {
  negotiationId: NEGOTIATION_ID,
  decisionId: BESLUIT_613_MLN,
  decidedBy: RIJK,
  kind: 'decision' as const,
  title: 'Kabinet maakt € 613 miljoen vrij voor 2021',
  text: 'Uiteindelijk heeft het kabinet eind april € 613 miljoen vrijgemaakt voor 2021 vanwege de acute problemen in de jeugdzorg.',
  financialTerms: [VRIJGEMAAKT_613_MLN],
  meetingId: null,
};
export const takeDecision = commandBuilder('TakeDecision', besluit, at('2021-04-30', '2025-03-17T17:00:00.000Z'));
export const decisionTaken = eventBuilder('DecisionTaken', besluit);

export const OPSCHORTING_2022 = 'opschorting-hervormingsagenda-2022';

const opschorting = {
  negotiationId: NEGOTIATION_ID,
  suspensionId: OPSCHORTING_2022,
  suspendedBy: [VNG],
  subject: 'Overleggen over de Hervormingsagenda',
  reason:
    'De aangekondigde bezuinigingen op de jeugdzorg door het kabinet, hebben er echter toe geleid dat de VNG zich uit overleggen over de Hervormingsagenda heeft teruggetrokken.',
};
export const suspendTalks = commandBuilder('SuspendTalks', opschorting, at('2022-01-01', '2025-03-17T17:00:00.000Z'));
export const talksSuspended = eventBuilder('TalksSuspended', opschorting);

const herstart = {
  negotiationId: NEGOTIATION_ID,
  suspensionId: OPSCHORTING_2022,
  resumedBy: [],
  note: 'Mei 2022: herstart agenda.',
};
export const resumeTalks = commandBuilder('ResumeTalks', herstart, at('2022-05-01', '2025-03-17T17:00:00.000Z'));
export const talksResumed = eventBuilder('TalksResumed', herstart);

export const BRIEF_VNG_AAN_MP = 'brief-vng-aan-mp-2025-05-07';

const brief = {
  negotiationId: NEGOTIATION_ID,
  documentId: BRIEF_VNG_AAN_MP,
  kind: 'letter' as const,
  title: 'Brief VNG aan MP inzake belang en urgentie compensatie ‘23/’24 en procedure',
  issuedBy: [VNG],
  addressedTo: 'MP',
  recipients: [RIJK],
  underlies: [GESCHIL_COMPENSATIE],
};
export const issueDocument = commandBuilder('IssueDocument', brief, at('2025-05-07', '2025-05-15T10:00:00.000Z'));
export const documentIssued = eventBuilder('DocumentIssued', brief);
