import type { FinancialKind, FinancialTerm } from '@ledger/domain';
import type { AgreementView } from '../negotiation-view/negotiation-view.document';
import type { FrameworkLine, FrameworkYear } from './agreed-state.document';

const isOwnYearAmount = (term: FinancialTerm, year: number): boolean =>
  term.basis === 'per-year' || (term.basis === 'rising-to' && term.toYear === year);

/**
 * The horizon when none is asked: the latest year any term in force names, and at least the year of `asOf`,
 * so "vanaf 2026 e.v." is shown through the years the other agreements speak about.
 */
export function defaultHorizonYear(agreements: readonly AgreementView[], asOf: string): number {
  const named = agreements.flatMap((a) => a.financialTerms.flatMap((t) => [t.fromYear, t.toYear ?? t.fromYear]));
  return Math.max(Number(asOf.slice(0, 4)), ...named);
}

/** Spreads every financial term of the agreements in force over its years, grouped per year and kind. */
export function financialFramework(agreements: readonly AgreementView[], horizonYear: number): FrameworkYear[] {
  const byKey = new Map<string, { year: number; kind: FinancialKind; lines: FrameworkLine[]; yearAmountCents: number }>();
  for (const agreement of agreements) {
    for (const term of agreement.financialTerms) {
      const lastYear = term.toYear ?? horizonYear;
      for (let year = term.fromYear; year <= lastYear; year += 1) {
        const key = `${year}:${term.kind}`;
        const row = byKey.get(key) ?? { year, kind: term.kind, lines: [], yearAmountCents: 0 };
        row.lines.push({
          agreementId: agreement.agreementId, asSaid: term.asSaid, amountCents: term.amountCents, nature: term.nature,
          basis: term.basis, approximate: term.approximate, openEnded: term.toYear === null,
        });
        if (isOwnYearAmount(term, year)) row.yearAmountCents += term.amountCents;
        byKey.set(key, row);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}
