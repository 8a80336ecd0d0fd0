import type { CommandMetadata } from '../../shared/decider';
import { requireDateInInterval } from '../../shared/entry-date';
import { alreadyExists, illegalState, invalid, notFound } from '../../shared/negotiation-error';
import { isIsoDate, intervalOf, isoWeekAnchorOf, PERIOD_PRECISIONS, type Period } from '../../shared/period';
import type { NegotiationState, OpenNegotiationState } from '../negotiation.state';

export const MAX_TITLE_LENGTH = 500;
export const MAX_TEXT_LENGTH = 20_000;
// Control characters (other than tab and newlines) have no place in a record that is printed and hashed.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// A malformed clock would make the "not after now" rule compare text with text and pass or fail by accident.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Every command but OpenNegotiation needs an opened negotiation, and the one it names. */
export function requireOpened(state: NegotiationState, negotiationId: string): OpenNegotiationState {
  if (state.status === 'empty') throw notFound('negotiationId', `negotiation ${negotiationId} has not been opened`);
  return state;
}

export function requireText(field: string, value: string, maxLength = MAX_TEXT_LENGTH): void {
  if (typeof value !== 'string' || !value.trim()) throw invalid(field, `${field} must not be empty`);
  if (value.length > maxLength) throw invalid(field, `${field} is longer than ${maxLength} characters`);
  if (CONTROL_CHARACTERS.test(value)) throw invalid(field, `${field} contains control characters`);
}

/** Free text that may be empty (a note, a summary), but is still bounded and printable. */
export function requireOptionalText(field: string, value: string): void {
  if (value === '') return;
  requireText(field, value);
}

export function requireIdentifier(field: string, value: string): void {
  if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
    throw invalid(
      field,
      `${field} must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit`,
    );
  }
}

export function requireOneOf<T extends string>(field: string, allowed: readonly T[], value: T): void {
  if (!allowed.includes(value)) throw invalid(field, `${field} must be one of ${allowed.join(', ')}`);
}

export function requireNew(field: string, existing: { has(id: string): boolean }, id: string, what: string): void {
  requireIdentifier(field, id);
  if (existing.has(id)) throw alreadyExists(field, `${what} ${id} already exists`);
}

export function requireKnown<V>(field: string, existing: ReadonlyMap<string, V>, id: string, what: string): V {
  const found = existing.get(id);
  if (found === undefined) throw notFound(field, `${what} ${id} does not exist in this negotiation`);
  return found;
}

export function requireExisting(field: string, existing: { has(id: string): boolean }, id: string, what: string): void {
  if (!existing.has(id)) throw notFound(field, `${what} ${id} does not exist in this negotiation`);
}

export function requireParty(state: OpenNegotiationState, field: string, partyId: string): void {
  if (!state.parties.has(partyId))
    throw illegalState(field, `party ${partyId} is not at the table in this negotiation`);
}

/** A list of references names each entity once: a second mention would record the same fact twice. */
export function requireDistinct(field: string, ids: readonly string[], what: string): void {
  if (new Set(ids).size !== ids.length) throw invalid(field, `${field} names a ${what} twice`);
}

export function requireParties(state: OpenNegotiationState, field: string, partyIds: readonly string[]): void {
  requireDistinct(field, partyIds, 'party');
  partyIds.forEach((partyId, index) => requireParty(state, `${field}[${index}]`, partyId));
}

/** An optional reference to a meeting must name one that exists and was not cancelled. */
export function requireUsableMeeting(state: OpenNegotiationState, field: string, meetingId: string | null): void {
  if (meetingId === null) return;
  const meeting = requireKnown(field, state.meetings, meetingId, 'meeting');
  if (meeting.status === 'cancelled') throw illegalState(field, `meeting ${meetingId} was cancelled`);
}

export function requirePeriod(field: string, value: Period): void {
  if (!value || typeof value !== 'object') throw invalid(field, `${field} is required`);
  requireText(`${field}.asSaid`, value?.asSaid, MAX_TITLE_LENGTH);
  requireOneOf(`${field}.precision`, PERIOD_PRECISIONS, value.precision);
  if (!isIsoDate(value.start)) throw invalid(`${field}.start`, `${field}.start must be a calendar date YYYY-MM-DD`);
  if (value.end !== null && !isIsoDate(value.end))
    throw invalid(`${field}.end`, `${field}.end must be a calendar date or null`);
  if ((value.end === null) !== (value.precision === 'open-ended' || value.precision === 'relative')) {
    throw invalid(`${field}.end`, 'only an open-ended or a relative period has no end');
  }
  if (value.end !== null && value.end < value.start) throw invalid(`${field}.end`, `${field} ends before it starts`);
  if (value.precision === 'day' && value.end !== value.start)
    throw invalid(`${field}.end`, 'a day period starts and ends on the same day');
  if (['week', 'month', 'quarter', 'half-year', 'year'].includes(value.precision)) {
    const anchor = anchorFor(value);
    const [start, end] = intervalOf(value.precision, anchor, field);
    if (start !== value.start || end !== value.end)
      throw invalid(field, `${field} does not span a whole ${value.precision}`);
  }
}

function anchorFor(value: Period): string {
  const year = value.start.slice(0, 4);
  const month = Number(value.start.slice(5, 7));
  switch (value.precision) {
    case 'week':
      return isoWeekAnchorOf(value.start);
    case 'month':
      return value.start.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'half-year':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    default:
      return year;
  }
}

/** The world-time of a step is a real date, and the ledger cannot learn of a step before it happened. */
export function requireValidTime(metadata: CommandMetadata): void {
  if (typeof metadata.now !== 'string' || !ISO_INSTANT.test(metadata.now) || !isIsoDate(metadata.now.slice(0, 10))) {
    throw invalid('now', 'now must be an ISO 8601 instant with its offset, such as 2025-04-16T18:00:00.000Z');
  }
  if (!isIsoDate(metadata.occurredOn)) throw invalid('occurredOn', 'occurredOn must be a calendar date YYYY-MM-DD');
  if (metadata.occurredOn > latestCalendarDate(metadata.now)) {
    throw invalid('occurredOn', `occurredOn ${metadata.occurredOn} lies after the moment of recording ${metadata.now}`);
  }
  if (metadata.occurredAsSaid !== undefined) requirePeriod('occurredAsSaid', metadata.occurredAsSaid);
  requireDateInInterval(metadata);
}

/** The furthest time zone is UTC+14; a day that has begun there may already have been recorded. */
const FURTHEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/**
 * The latest calendar date anywhere on Earth at an instant: a step on 17 April in Amsterdam, recorded at
 * 00:30 local time (22:30Z on the 16th), is not refused as lying in the future.
 */
function latestCalendarDate(now: string): string {
  return new Date(Date.parse(now) + FURTHEST_OFFSET_MS).toISOString().slice(0, 10);
}
