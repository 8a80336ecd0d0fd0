import {
  period,
  type FinancialTerm,
  type OpenTerm,
  type Period,
  type RiskAllocation,
  type SourceRef,
} from '@ledger/domain';
import type { OpenTermInput, RiskAllocationInput } from '../dto/agreement.inputs';
import type { FinancialTermInput, PeriodInput, SourceInput } from '../dto/value.inputs';

/** Amounts travel as decimal text over GraphQL (cents overflow its Int); the domain counts integer cents. */
export const toFinancialTerm = (term: FinancialTermInput): FinancialTerm => ({
  asSaid: term.asSaid,
  amountCents: Number(term.amountCents),
  kind: term.kind,
  nature: term.nature,
  basis: term.basis,
  fromYear: term.fromYear,
  toYear: term.toYear ?? null,
  approximate: term.approximate,
  upToCents: term.upToCents == null ? null : Number(term.upToCents),
  share: term.share ? { percent: term.share.percent, ofAsSaid: term.share.ofAsSaid } : null,
  reachedInYear: term.reachedInYear ?? null,
  perYear: (term.perYear ?? []).map(({ year, amountCents }) => ({ year, amountCents: Number(amountCents) })),
  partOfAsSaid: term.partOfAsSaid ?? null,
});

export const toFinancialTerms = (terms: readonly FinancialTermInput[]): FinancialTerm[] => terms.map(toFinancialTerm);

/** `field` names the input field, so an anchor that is no period is refused under the name the caller sent. */
export const toPeriod = (field: string, input: PeriodInput): Period =>
  period(input.asSaid, input.precision, input.anchor, field);

/** A plain copy: the stored source holds what the caller gave, without the input class or undefined fields. */
export const toSourceRef = (source: SourceInput): SourceRef => JSON.parse(JSON.stringify(source)) as SourceInput;

export const toOpenTerm = ({ asSaid, disputeId }: OpenTermInput): OpenTerm => ({
  asSaid,
  disputeId: disputeId ?? null,
});

export const toRiskAllocation = ({ asSaid, borneBy }: RiskAllocationInput): RiskAllocation => ({
  asSaid,
  borneBy: [...borneBy],
});
