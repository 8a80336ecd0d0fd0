import { invalid } from './negotiation-error';

export const FINANCIAL_KINDS = ['funding', 'saving', 'compensation', 'cut', 'shortfall'] as const;
/** funding = extra middelen, saving = taakstelling/besparing, compensation = compensatie, cut = korting, shortfall = tekort. */
export type FinancialKind = (typeof FINANCIAL_KINDS)[number];

export const FINANCIAL_NATURES = ['structural', 'incidental'] as const;
export type FinancialNature = (typeof FINANCIAL_NATURES)[number];

export const AMOUNT_BASES = ['per-year', 'cumulative', 'rising-to'] as const;
/** per-year: the amount in each year; cumulative: total over the years; rising-to: "oplopend tot", the last year's amount. */
export type AmountBasis = (typeof AMOUNT_BASES)[number];

/**
 * An amount as a document states it ("oplopend tot € 424 miljoen"), with the computable part beside it:
 * integer euro cents, the years it covers (toYear null for "e.v."), and what kind of money it is.
 */
export type FinancialTerm = Readonly<{
  asSaid: string;
  amountCents: number;
  kind: FinancialKind;
  nature: FinancialNature;
  basis: AmountBasis;
  fromYear: number;
  toYear: number | null;
  approximate: boolean;
}>;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function validateFinancialTerms(terms: readonly FinancialTerm[], field = 'financialTerms'): void {
  terms.forEach((term, index) => {
    const at = `${field}[${index}]`;
    if (!term.asSaid?.trim())
      throw invalid(`${at}.asSaid`, 'an amount keeps the words the document used; asSaid is empty');
    if (!Number.isSafeInteger(term.amountCents) || term.amountCents < 0) {
      throw invalid(`${at}.amountCents`, 'amounts are whole, non-negative euro cents');
    }
    if (!FINANCIAL_KINDS.includes(term.kind))
      throw invalid(`${at}.kind`, `kind must be one of ${FINANCIAL_KINDS.join(', ')}`);
    if (!FINANCIAL_NATURES.includes(term.nature))
      throw invalid(`${at}.nature`, `nature must be one of ${FINANCIAL_NATURES.join(', ')}`);
    if (!AMOUNT_BASES.includes(term.basis))
      throw invalid(`${at}.basis`, `basis must be one of ${AMOUNT_BASES.join(', ')}`);
    if (!Number.isInteger(term.fromYear) || term.fromYear < MIN_YEAR || term.fromYear > MAX_YEAR) {
      throw invalid(`${at}.fromYear`, `fromYear must be a year between ${MIN_YEAR} and ${MAX_YEAR}`);
    }
    if (
      term.toYear !== null &&
      (!Number.isInteger(term.toYear) || term.toYear < term.fromYear || term.toYear > MAX_YEAR)
    ) {
      throw invalid(`${at}.toYear`, 'toYear must be a year not before fromYear, or null for "e.v."');
    }
  });
}
