import { NegotiationErrorCode } from './negotiation-error';
import {
  intervalOf,
  isIsoDate,
  isoWeekAnchorOf,
  isOverdue,
  period,
  periodContains,
  type PeriodPrecision,
} from './period';

describe('intervalOf', () => {
  it.each<[PeriodPrecision, string, string, string | null]>([
    ['day', '2025-04-16', '2025-04-16', '2025-04-16'],
    ['month', '2025-08', '2025-08-01', '2025-08-31'],
    ['month', '2025-02', '2025-02-01', '2025-02-28'],
    ['month', '2028-02', '2028-02-01', '2028-02-29'],
    ['quarter', '2027-Q1', '2027-01-01', '2027-03-31'],
    ['quarter', '2025-Q4', '2025-10-01', '2025-12-31'],
    ['half-year', '2027-H1', '2027-01-01', '2027-06-30'],
    ['half-year', '2025-H2', '2025-07-01', '2025-12-31'],
    ['season', '2025-spring', '2025-03-01', '2025-05-31'],
    ['season', '2025-summer', '2025-06-01', '2025-08-31'],
    ['season', '2025-autumn', '2025-09-01', '2025-11-30'],
    ['season', '2025-winter', '2025-12-01', '2026-02-28'],
    ['season', '2027-winter', '2027-12-01', '2028-02-29'],
    ['year', '2025', '2025-01-01', '2025-12-31'],
    ['week', '2025-W21', '2025-05-19', '2025-05-25'],
    ['week', '2025-W01', '2024-12-30', '2025-01-05'],
    ['week', '2020-W53', '2020-12-28', '2021-01-03'],
    ['range', '2022-09-19/2022-09-23', '2022-09-19', '2022-09-23'],
    ['open-ended', '2028-01-01', '2028-01-01', null],
    ['relative', '2025-04-16', '2025-04-16', null],
  ])('a %s anchored at %s runs from %s to %s', (precision, anchor, start, end) => {
    expect(intervalOf(precision, anchor)).toEqual([start, end]);
  });

  it.each<[PeriodPrecision, string]>([
    ['day', '2025-02-29'],
    ['day', '16 april'],
    ['month', '2025-13'],
    ['month', '2025-8'],
    ['quarter', '2027-Q5'],
    ['half-year', '2027-H3'],
    ['season', '2025-najaar'],
    ['year', '25'],
    ['open-ended', '2028'],
    ['relative', 'na Pasen'],
    ['week', '2021-W53'],
    ['week', '2025-W00'],
    ['week', '2025-21'],
    ['range', '2022-09-23/2022-09-19'],
    ['range', '2022-09-19'],
    ['range', '2022-09-19/2022-09-20/2022-09-21'],
  ])('refuses a %s anchored at %s, naming the field', (precision, anchor) => {
    expect(() => intervalOf(precision, anchor, 'due.anchor')).toThrow(
      expect.objectContaining({ code: NegotiationErrorCode.InvalidInput, field: 'due.anchor' }),
    );
  });
});

describe('isoWeekAnchorOf', () => {
  it.each([
    ['2025-05-19', '2025-W21'],
    ['2025-05-25', '2025-W21'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2027-01-04', '2027-W01'],
  ])('puts %s in ISO week %s', (date, anchor) => {
    expect(isoWeekAnchorOf(date)).toBe(anchor);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-00-10', false],
  ])('%s is a calendar date: %s', (date, expected) => expect(isIsoDate(date as string)).toBe(expected));
});

describe('period', () => {
  it('keeps what was said beside the interval', () => {
    expect(period('uiterlijk augustus', 'month', '2025-08')).toEqual({
      asSaid: 'uiterlijk augustus',
      precision: 'month',
      start: '2025-08-01',
      end: '2025-08-31',
    });
  });

  it('refuses a period without the words said', () => {
    expect(() => period(' ', 'year', '2025', 'due')).toThrow(expect.objectContaining({ field: 'due.asSaid' }));
  });

  it('refuses an anchor that does not fit the precision, naming the anchor', () => {
    expect(() => period('Q1 2027', 'quarter', '2027-03', 'due')).toThrow(
      expect.objectContaining({ field: 'due.anchor' }),
    );
  });
});

describe('isOverdue', () => {
  const q1 = period('Q1 2027', 'quarter', '2027-Q1');

  it('"Q1 2027" is not overdue on 31 March 2027', () => expect(isOverdue(q1, '2027-03-31')).toBe(false));

  it('"Q1 2027" is overdue on 1 April 2027', () => expect(isOverdue(q1, '2027-04-01')).toBe(true));

  it('"na het Paasreces" is never overdue: the record does not know when the recess ended', () =>
    expect(isOverdue(period('na het Paasreces', 'relative', '2025-04-16'), '2099-12-31')).toBe(false));

  it('"vanaf 2028" is never overdue', () =>
    expect(isOverdue(period('vanaf 2028 e.v.', 'open-ended', '2028-01-01'), '2099-12-31')).toBe(false));
});

describe('periodContains', () => {
  const august = period('uiterlijk augustus', 'month', '2025-08');

  it.each([
    ['2025-07-31', false],
    ['2025-08-01', true],
    ['2025-08-31', true],
    ['2025-09-01', false],
  ])('August 2025 contains %s: %s', (date, expected) => expect(periodContains(august, date as string)).toBe(expected));

  it('"vanaf 2028" contains every day from 1 January 2028 on', () => {
    const from2028 = period('vanaf 2028 e.v.', 'open-ended', '2028-01-01');
    expect([
      periodContains(from2028, '2027-12-31'),
      periodContains(from2028, '2028-01-01'),
      periodContains(from2028, '2040-06-30'),
    ]).toEqual([false, true, true]);
  });
});
