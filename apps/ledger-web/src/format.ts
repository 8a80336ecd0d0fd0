import type { Lang } from './i18n';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** A calendar day (YYYY-MM-DD) written out: "16 april 2025". */
export function formatDay(day: string | null | undefined, lang: Lang): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment (ISO 8601) with its time, in the reader's time zone. */
export function formatMoment(moment: string | null | undefined, lang: Lang): string {
  if (!moment) return '';
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(moment));
}

/**
 * A computed amount in euro cents, the way the documents write amounts: "€ 424 mln", "€ 1,2 mld".
 * Only where no words of a document exist (a year's sum); otherwise the document's own words are shown.
 */
/** An amount in cents as the documents write it; null where no document gives an amount for that year alone. */
export function formatCents(cents: string | null, lang: Lang): string {
  if (cents === null) return lang === 'nl' ? 'niet per jaar genoemd' : 'not given per year';
  const euros = Number(BigInt(cents) / 100n);
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
  const sign = euros < 0 ? '-' : '';
  const size = Math.abs(euros);
  if (size >= 1e9) return `${sign}€ ${number(size / 1e9, 2)} ${lang === 'nl' ? 'mld' : 'bn'}`;
  if (size >= 1e6) return `${sign}€ ${number(size / 1e6, 1)} ${lang === 'nl' ? 'mln' : 'm'}`;
  return `${sign}€ ${number(size, 0)}`;
}

export const today = (): string => new Date().toISOString().slice(0, 10);
