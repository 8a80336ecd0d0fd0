import type { Classification, FinancialTerm, SourceRef } from '@ledger/domain';
import type { ClassificationModel, FinancialTermModel, SourceModel } from './value.models';

/** Cents to a euro amount with two decimals, in integer arithmetic: money never passes through a float. */
export function centsToEuro(cents: number): string {
  const whole = BigInt(cents);
  const euros = whole / 100n;
  const rest = (whole % 100n).toString().padStart(2, '0');
  return `${euros}.${rest}`;
}

export const toFinancialTermModel = (term: FinancialTerm): FinancialTermModel => ({
  ...term,
  amountCents: String(term.amountCents),
  amountEuro: centsToEuro(term.amountCents),
  upToCents: term.upToCents === null ? null : String(term.upToCents),
  perYear: term.perYear.map(({ year, amountCents }) => ({ year, amountCents: String(amountCents) })),
});

export const toSourceModel = (source: SourceRef): SourceModel => ({
  document: { ...source.document, kenmerk: source.document.kenmerk ?? null, sha256: source.document.sha256 ?? null },
  quote: source.quote,
  page: source.page ?? null,
  paragraph: source.paragraph ?? null,
  locatedWhenRecorded: source.location !== undefined,
  recordedLocation: source.location ?? null,
});

export const toClassificationModel = (classification: Classification): ClassificationModel => ({
  level: classification.level,
  party: classification.party ?? null,
});
