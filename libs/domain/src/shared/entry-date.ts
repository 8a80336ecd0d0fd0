import { invalid } from './negotiation-error';
import type { Period } from './period';

/** An entry's valid time: the day it is counted from, and the date as a document said it, if it said more than a day. */
export type EntryDate = Readonly<{ occurredOn: string; occurredAsSaid?: Period | null }>;

/** The date an entry stands for: as said with its interval, or the day itself where nothing more was said. */
export const entryPeriodOf = ({ occurredOn, occurredAsSaid }: EntryDate): Period =>
  occurredAsSaid ?? { asSaid: occurredOn, precision: 'day', start: occurredOn, end: occurredOn };

/**
 * How sure an as-of answer is that an entry had happened by `asOf`. An entry counts from its occurredOn (the
 * first day its words allow, or a later one the words name, such as the last day for "eind april"). It is
 * `certain` once the whole interval its date stands for has passed, and only `possible` while `asOf` still
 * lies inside that interval: "juni 2021" may have been 30 June.
 */
export const DATE_CERTAINTIES = ['certain', 'possible'] as const;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

export function dateCertaintyAsOf(entry: EntryDate, asOf: string): DateCertainty {
  const { end } = entryPeriodOf(entry);
  return end !== null && asOf >= end ? 'certain' : 'possible';
}

/** An entry's date as said is a closed interval that holds its occurredOn; "e.v." describes amounts, not steps. */
export function requireDateInInterval({ occurredOn, occurredAsSaid }: EntryDate, field = 'occurredOn'): void {
  if (!occurredAsSaid) return;
  const { asSaid, start, end } = occurredAsSaid;
  if (end === null) throw invalid('occurredAsSaid.precision', 'an entry happened within a closed interval');
  if (occurredOn < start || occurredOn > end) {
    throw invalid(field, `${occurredOn} lies outside "${asSaid}" (${start} to ${end}), the date as said`);
  }
}
