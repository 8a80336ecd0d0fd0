import type { FinancialTerm } from '../shared/financial-term';
import { at, commandBuilder, eventBuilder, NEGOTIATION_ID, RIJK } from './negotiation.fixtures';

/** The unilateral steps of the documents in /work/shared/seeds: decisions one party took on its own. */

export const BESLUIT_613_MLN = 'besluit-613-mln-2021';

export const VRIJGEMAAKT_613_MLN: FinancialTerm = {
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
