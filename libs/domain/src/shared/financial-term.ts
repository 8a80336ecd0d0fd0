import { invalid } from './negotiation-error';

export const FINANCIAL_KINDS = ['funding', 'saving', 'compensation', 'cut', 'shortfall'] as const;
/** funding = extra middelen, saving = taakstelling/besparing, compensation = compensatie, cut = korting, shortfall = tekort. */
export type FinancialKind = (typeof FINANCIAL_KINDS)[number];

export const FINANCIAL_NATURES = ['structural', 'incidental'] as const;
export type FinancialNature = (typeof FINANCIAL_NATURES)[number];

export const AMOUNT_BASES = ['per-year', 'cumulative', 'rising-to', 'breakdown'] as const;
/**
 * per-year: the amount in each year; cumulative: total over the years; rising-to: "oplopend tot", the amount
 * reached; breakdown: only the amounts the document gives for single years ("vanaf 2021 (2021: € 1,7
 * miljard)"), nothing said for the other years; amountCents is their total.
 */
export type AmountBasis = (typeof AMOUNT_BASES)[number];

/** The amount a document gives for one year ("2021: € 1,7 miljard"). */
export type YearAmount = Readonly<{ year: number; amountCents: number }>;

/** "50% tekorten 2023/2024": the percentage, and what it is a percentage of, in the document's words. */
export type AmountShare = Readonly<{ percent: number; ofAsSaid: string }>;

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
  /** A range ("€ 200-300 miljoen"): amountCents is its lower bound, upToCents its upper; null for one amount. */
  upToCents: number | null;
  /** A percentage of another amount ("50% tekorten 2023/2024"); null where the amount is not given as a share. */
  share: AmountShare | null;
  /** For "oplopend tot": the year the amount is reached, null where the document does not say. */
  reachedInYear: number | null;
  /** The amounts the document gives for single years; the whole of a `breakdown`, empty where none are given. */
  perYear: readonly YearAmount[];
  /** The amount this one is part of, in the document's words ("komt boven op ... 1,5 miljard"); null if none. */
  partOfAsSaid: string | null;
}>;

/** What a term written before ranges, shares, breakdowns and parts existed reads as: none of them said. */
export const TERM_DEFAULTS = {
  upToCents: null,
  share: null,
  reachedInYear: null,
  perYear: [],
  partOfAsSaid: null,
} as const satisfies Partial<FinancialTerm>;

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
    validateAmountAsSaid(term, at);
  });
}

const withinYears = (term: FinancialTerm, year: number) =>
  Number.isInteger(year) && year >= term.fromYear && (term.toYear === null || year <= term.toYear);

/** Ranges, shares, the year reached, the per-year amounts and the whole an amount is part of. */
function validateAmountAsSaid(term: FinancialTerm, at: string): void {
  if (term.upToCents !== null && (!Number.isSafeInteger(term.upToCents) || term.upToCents <= term.amountCents))
    throw invalid(`${at}.upToCents`, 'the upper bound of a range is whole euro cents above amountCents');
  if (term.share !== null) {
    const { percent, ofAsSaid } = term.share;
    if (!Number.isFinite(percent) || percent <= 0 || percent > 100)
      throw invalid(`${at}.share.percent`, 'a share is a percentage above 0 and at most 100');
    if (!ofAsSaid?.trim()) throw invalid(`${at}.share.ofAsSaid`, 'a share says what it is a share of, in words');
  }
  if (term.reachedInYear !== null) {
    if (term.basis !== 'rising-to')
      throw invalid(`${at}.reachedInYear`, 'only an amount "oplopend tot" is reached in a year');
    if (!withinYears(term, term.reachedInYear))
      throw invalid(`${at}.reachedInYear`, 'the year reached lies within fromYear and toYear');
  }
  validatePerYear(term, at);
  if (term.partOfAsSaid !== null && !term.partOfAsSaid.trim())
    throw invalid(`${at}.partOfAsSaid`, 'the whole an amount is part of is named in words, or null');
}

function validatePerYear(term: FinancialTerm, at: string): void {
  const years = new Set<number>();
  term.perYear.forEach(({ year, amountCents }, index) => {
    if (!withinYears(term, year) || years.has(year))
      throw invalid(`${at}.perYear[${index}].year`, 'each year once, within fromYear and toYear');
    if (!Number.isSafeInteger(amountCents) || amountCents < 0)
      throw invalid(`${at}.perYear[${index}].amountCents`, 'amounts are whole, non-negative euro cents');
    years.add(year);
  });
  if (term.basis !== 'breakdown') {
    if (term.perYear.length > 0 && term.basis !== 'cumulative')
      throw invalid(`${at}.perYear`, 'only a breakdown or a cumulative amount lists amounts per year');
    return;
  }
  const total = term.perYear.reduce((sum, { amountCents }) => sum + amountCents, 0);
  if (term.perYear.length === 0 || total !== term.amountCents)
    throw invalid(`${at}.perYear`, 'a breakdown lists its years, and amountCents is their total');
}
