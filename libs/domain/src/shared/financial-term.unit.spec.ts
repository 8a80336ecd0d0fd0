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

  it.each<[string, Partial<FinancialTerm>]>([
    ['a range ("€ 200-300 miljoen")', { amountCents: 20_000_000_000, upToCents: 30_000_000_000 }],
    ['a share with its base ("50% tekorten 2023/2024")', { share: { percent: 50, ofAsSaid: 'tekorten 2023/2024' } }],
    [
      'a breakdown per year ("vanaf 2021 (2021: € 1,7 miljard)")',
      { basis: 'breakdown', toYear: null, amountCents: 17, perYear: [{ year: 2025, amountCents: 17 }] },
    ],
    ['a cumulative amount with some years given', { perYear: [{ year: 2026, amountCents: 1 }] }],
    ['an amount part of another ("komt boven op")', { partOfAsSaid: '1,5 miljard euro' }],
  ])('accepts %s', (_, change) =>
    expect(() => validateFinancialTerms([{ ...CIRCA_3_MILJARD, ...change }])).not.toThrow(),
  );

  it('accepts "oplopend tot" with the year it is reached', () =>
    expect(() =>
      validateFinancialTerms([{ ...OPLOPEND_TOT_424_MLN, toYear: 2029, reachedInYear: 2029 }]),
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
    ['a range whose upper bound is not above its lower', { upToCents: 300_000_000_000 }, 'upToCents'],
    ['a share of nothing said', { share: { percent: 50, ofAsSaid: ' ' } }, 'share.ofAsSaid'],
    ['a share above 100%', { share: { percent: 150, ofAsSaid: 'tekorten' } }, 'share.percent'],
    ['a year reached for an amount that does not rise', { reachedInYear: 2026 }, 'reachedInYear'],
    ['a breakdown without its years', { basis: 'breakdown', perYear: [] }, 'perYear'],
    [
      'a breakdown whose years do not add up to its amount',
      { basis: 'breakdown', perYear: [{ year: 2025, amountCents: 100 }] },
      'perYear',
    ],
    [
      'a year of a breakdown outside its years',
      { basis: 'breakdown', amountCents: 100, perYear: [{ year: 2024, amountCents: 100 }] },
      'perYear[0].year',
    ],
    [
      'a year named twice',
      {
        perYear: [
          { year: 2025, amountCents: 1 },
          { year: 2025, amountCents: 2 },
        ],
      },
      'perYear[1].year',
    ],
    [
      'amounts per year beside a per-year amount',
      { basis: 'per-year', perYear: [{ year: 2025, amountCents: 1 }] },
      'perYear',
    ],
    ['a whole named without words', { partOfAsSaid: '' }, 'partOfAsSaid'],
  ])('refuses %s, naming the term and field', (_, change, field) => {
    expect(() =>
      validateFinancialTerms([OPLOPEND_TOT_424_MLN, { ...CIRCA_3_MILJARD, ...change }], 'patch.financialTerms'),
    ).toThrow(
      expect.objectContaining({ code: NegotiationErrorCode.InvalidInput, field: `patch.financialTerms[1].${field}` }),
    );
  });
});
