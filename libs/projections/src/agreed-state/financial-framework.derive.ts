import type { FinancialKind, FinancialTerm } from '@ledger/domain';
import type { AgreementView } from '../negotiation-view/negotiation-view.document';
import type { FrameworkLine, FrameworkYear } from './agreed-state.document';

/**
 * What a term says about one year on its own: the amount the document gives for that year, a per-year amount,
 * or a rising amount in the year the document says it is reached. A total over several years, a rising amount
 * before (or without) its stated year, a year a breakdown does not name, or a range, says nothing about the
 * single year as one number: null, never 0.
 */
function ownYearAmount(term: FinancialTerm, year: number): number | null {
  const given = term.perYear.find((entry) => entry.year === year);
  if (given !== undefined) return given.amountCents;
  if (term.upToCents !== null) return null;
  if (term.basis === 'per-year') return term.amountCents;
  return term.basis === 'rising-to' && (term.reachedInYear ?? term.toYear) === year ? term.amountCents : null;
}

/**
 * The horizon when none is asked: the latest year any term in force names, and at least the year of `asOf`.
 * An "e.v." amount runs on past every named year, so then the horizon takes one year more: the amount is seen
 * to run on beyond the framework's own years ("vanaf 2026 e.v." beside "2025-2027" shows 2028 too).
 */
export function defaultHorizonYear(agreements: readonly AgreementView[], asOf: string): number {
  const terms = agreements.flatMap((a) => a.financialTerms);
  const lastNamed = Math.max(Number(asOf.slice(0, 4)), ...terms.flatMap((t) => [t.fromYear, t.toYear ?? t.fromYear]));
  return terms.some((t) => t.toYear === null) ? lastNamed + 1 : lastNamed;
}

/** Spreads every financial term of the agreements in force over its years, grouped per year and kind. */
export function financialFramework(agreements: readonly AgreementView[], horizonYear: number): FrameworkYear[] {
  const byKey = new Map<
    string,
    { year: number; kind: FinancialKind; lines: FrameworkLine[]; yearAmountCents: number | null }
  >();
  for (const agreement of agreements) {
    for (const term of agreement.financialTerms) {
      const lastYear = term.toYear ?? horizonYear;
      for (let year = term.fromYear; year <= lastYear; year += 1) {
        const key = `${year}:${term.kind}`;
        const row = byKey.get(key) ?? { year, kind: term.kind, lines: [], yearAmountCents: 0 };
        row.lines.push({
          agreementId: agreement.agreementId,
          asSaid: term.asSaid,
          amountCents: term.amountCents,
          nature: term.nature,
          basis: term.basis,
          approximate: term.approximate,
          upToCents: term.upToCents,
          openEnded: term.toYear === null,
        });
        const own = ownYearAmount(term, year);
        row.yearAmountCents = own === null || row.yearAmountCents === null ? null : row.yearAmountCents + own;
        byKey.set(key, row);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}
