import { CIRCA_3_MILJARD, COMPENSATIE_728_MLN, OPLOPEND_TOT_424_MLN } from '../testing/negotiation.fixtures';
import { type FinancialTerm, validateFinancialTerms } from './financial-term';
import { NegotiationErrorCode } from './negotiation-error';

describe('validateFinancialTerms', () => {
  it('accepts the amounts as the documents state them', () => {
    expect(() => validateFinancialTerms([OPLOPEND_TOT_424_MLN, CIRCA_3_MILJARD, COMPENSATIE_728_MLN])).not.toThrow();
  });

  it('accepts no amounts at all', () => expect(() => validateFinancialTerms([])).not.toThrow());

  it('accepts a zero amount, and a single year', () =>
    expect(() =>
      validateFinancialTerms([{ ...COMPENSATIE_728_MLN, amountCents: 0, fromYear: 2024, toYear: 2024 }]),
    ).not.toThrow());

  it.each<[string, Partial<FinancialTerm>, string]>([
    ['no words said', { asSaid: '' }, 'asSaid'],
    ['a negative amount', { amountCents: -100 }, 'amountCents'],
    ['a fraction of a cent', { amountCents: 42_400_000_000.5 }, 'amountCents'],
    ['an amount beyond safe integers', { amountCents: Number.MAX_SAFE_INTEGER + 2 }, 'amountCents'],
    ['an unknown kind', { kind: 'subsidie' as never }, 'kind'],
    ['an unknown nature', { nature: 'eenmalig' as never }, 'nature'],
    ['an unknown basis', { basis: 'average' as never }, 'basis'],
    ['a year before 1990', { fromYear: 1989 }, 'fromYear'],
    ['a year after 2100', { fromYear: 2101, toYear: null }, 'fromYear'],
    ['a year that is not whole', { fromYear: 2025.5 }, 'fromYear'],
    ['an end year before the start year', { fromYear: 2026, toYear: 2025 }, 'toYear'],
    ['an end year after 2100', { toYear: 2101 }, 'toYear'],
    ['an end year that is not whole', { toYear: 2027.5 }, 'toYear'],
  ])('refuses %s, naming the term and field', (_, change, field) => {
    expect(() =>
      validateFinancialTerms([OPLOPEND_TOT_424_MLN, { ...CIRCA_3_MILJARD, ...change }], 'patch.financialTerms'),
    ).toThrow(
      expect.objectContaining({ code: NegotiationErrorCode.InvalidInput, field: `patch.financialTerms[1].${field}` }),
    );
  });
});
