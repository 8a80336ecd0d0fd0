import { invalid } from './negotiation-error';

/**
 * How precisely a document fixed a date: "16 april" is a day, "week 19 mei" a week, "uiterlijk augustus" a
 * month, "Q1 2027" a quarter, "19 - 23 sept." a range of days, "vanaf 2028 e.v." open-ended, "na het Paasreces"
 * relative: after an event whose date the document does not give.
 */
export const PERIOD_PRECISIONS = [
  'day',
  'week',
  'month',
  'quarter',
  'half-year',
  'season',
  'year',
  'range',
  'open-ended',
  'relative',
] as const;
export type PeriodPrecision = (typeof PERIOD_PRECISIONS)[number];

/**
 * A date or period as a document said it, with the interval it stands for (inclusive ISO dates).
 * `end` is null for open-ended periods such as "vanaf 2028 e.v.", and for relative ones ("na het Paasreces"): those
 * start no earlier than their anchor (the day they were said, unless the words say more) and end when the event
 * they hang on happens, which the record does not know.
 */
export type Period = Readonly<{ asSaid: string; precision: PeriodPrecision; start: string; end: string | null }>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) =>
  [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function monthSpan(year: number, fromMonth: number, toMonth: number): [string, string] {
  const endYear = year + Math.floor((toMonth - 1) / 12);
  const endMonth = ((toMonth - 1) % 12) + 1;
  return [`${year}-${pad(fromMonth)}-01`, `${endYear}-${pad(endMonth)}-${pad(daysInMonth(endYear, endMonth))}`];
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDateOf = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10);

/** Monday to Sunday of ISO week `week` of `year` (week 1 holds 4 January), or null when the year has no such week. */
function isoWeekSpan(year: number, week: number): [string, string] | null {
  const january4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY_MS;
  const monday = mondayOfWeek1 + (week - 1) * 7 * DAY_MS;
  if (week < 1 || (week > 52 && isoDateOf(monday + 3 * DAY_MS).slice(0, 4) !== String(year))) return null;
  return [isoDateOf(monday), isoDateOf(monday + 6 * DAY_MS)];
}

/**
 * The interval an anchor stands for at a precision. Anchors: day `2025-04-16`, week `2025-W21` (ISO),
 * month `2025-08`, quarter `2027-Q1`, half-year `2027-H1`, season `2025-autumn`, year `2025`,
 * range `2022-09-19/2022-09-23`, open-ended `2028-01-01`, relative `2025-04-16` (the earliest day).
 */
export function intervalOf(precision: PeriodPrecision, anchor: string, field = 'period'): [string, string | null] {
  const fail = () => invalid(field, `"${anchor}" is not a valid ${precision} anchor`);
  const year = Number(anchor.slice(0, 4));
  switch (precision) {
    case 'day':
    case 'open-ended':
    case 'relative':
      if (!isIsoDate(anchor)) throw fail();
      return [anchor, precision === 'day' ? anchor : null];
    case 'week': {
      const w = /^\d{4}-W(\d{2})$/.exec(anchor);
      const span = w && isoWeekSpan(year, Number(w[1]));
      if (!span) throw fail();
      return span;
    }
    case 'range': {
      const [from, to, ...rest] = anchor.split('/');
      if (rest.length > 0 || !isIsoDate(from) || !isIsoDate(to ?? '') || to < from) throw fail();
      return [from, to];
    }
    case 'month': {
      const m = /^\d{4}-(\d{2})$/.exec(anchor);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) throw fail();
      return monthSpan(year, Number(m[1]), Number(m[1]));
    }
    case 'quarter': {
      const q = /^\d{4}-Q([1-4])$/.exec(anchor);
      if (!q) throw fail();
      return monthSpan(year, Number(q[1]) * 3 - 2, Number(q[1]) * 3);
    }
    case 'half-year': {
      const h = /^\d{4}-H([12])$/.exec(anchor);
      if (!h) throw fail();
      return monthSpan(year, Number(h[1]) * 6 - 5, Number(h[1]) * 6);
    }
    case 'season': {
      const s = /^\d{4}-(spring|summer|autumn|winter)$/.exec(anchor);
      if (!s) throw fail();
      return monthSpan(year, ...SEASON_MONTHS[s[1]]);
    }
    case 'year':
      if (!/^\d{4}$/.test(anchor)) throw fail();
      return [`${anchor}-01-01`, `${anchor}-12-31`];
  }
}

/** The ISO week anchor (`2025-W21`) of the week a date falls in; the week's Thursday decides its year. */
export function isoWeekAnchorOf(date: string): string {
  const day = Date.parse(`${date}T00:00:00Z`);
  const thursday = day + (3 - ((new Date(day).getUTCDay() + 6) % 7)) * DAY_MS;
  const year = Number(isoDateOf(thursday).slice(0, 4));
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/** Builds a period from what was said, its precision and its anchor. */
export function period(asSaid: string, precision: PeriodPrecision, anchor: string, field = 'period'): Period {
  if (!asSaid.trim()) throw invalid(`${field}.asSaid`, 'a period keeps the words the document used; asSaid is empty');
  const [start, end] = intervalOf(precision, anchor, `${field}.anchor`);
  return { asSaid, precision, start, end };
}

/** A period is overdue on the first day after its interval ends; open-ended and relative periods never are. */
export const isOverdue = (p: Period, referenceDate: string): boolean => p.end !== null && referenceDate > p.end;

/** True when the period's interval contains the given date. */
export const periodContains = (p: Period, date: string): boolean =>
  date >= p.start && (p.end === null || date <= p.end);
