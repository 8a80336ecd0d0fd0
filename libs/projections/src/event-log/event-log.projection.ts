import type { LeanEvent } from '@ledger/event-store';
import { audienceKey } from '../access/audience';
import { negotiationViewCanHandle } from '../negotiation-view/negotiation-view.projection';
import type { LeanProjection } from '../shared/projection';
import type { EventLogIndex } from './event-log.document';
import { NumberColumn } from '../shared/number-column';

export const eventLogCanHandle = negotiationViewCanHandle;

const DIGIT_OFFSETS = [0, 1, 2, 3, 5, 6, 8, 9];
const CODE_OF_ZERO = 48;

/**
 * A valid YYYY-MM-DD (the domain and the query refuse any other) as the number YYYYMMDD, which orders the
 * same way and fits an Int32Array. Digit arithmetic rather than substrings: it runs for every event of a rebuild.
 */
export function dayNumber(isoDate: string): number {
  let day = 0;
  for (const offset of DIGIT_OFFSETS) day = day * 10 + isoDate.charCodeAt(offset) - CODE_OF_ZERO;
  return day;
}

export const emptyEventLog = (): EventLogIndex => ({
  positions: new NumberColumn(Float64Array),
  typeCodes: new NumberColumn(Uint8Array),
  negotiationCodes: new NumberColumn(Int32Array),
  days: new NumberColumn(Int32Array),
  audienceCodes: new NumberColumn(Int32Array),
  typeCodeOf: new Map(),
  negotiationCodeOf: new Map(),
  audienceCodeOf: new Map(),
  negotiationIds: [],
  audienceKeys: [],
  ordinalsByType: [],
  ordinalsByNegotiation: [],
  lastPosition: 0,
});

/** The code for a key, handing out the next one (and its empty ordinal list) the first time it is seen. */
function codeFor(codes: Map<string, number>, lists: number[][], key: string): number {
  let code = codes.get(key);
  if (code === undefined) {
    code = lists.length;
    codes.set(key, code);
    lists.push([]);
  }
  return code;
}

/** The code for a key, remembering the key of every code handed out. */
function namedCodeFor(codes: Map<string, number>, keys: string[], key: string): number {
  let code = codes.get(key);
  if (code === undefined) {
    code = keys.length;
    codes.set(key, code);
    keys.push(key);
  }
  return code;
}

/**
 * Appends one event as a row. Mutates and returns the same index, for the same reason as the audit trail:
 * a rebuild over a million events must not copy the columns per event. Replays at or below
 * `lastPosition` change nothing. Events are indexed as recorded: a correction is a row of its own, and
 * the date filter uses the occurredOn the event was written with. The audience (from the classification)
 * is kept per row: the access policy filters on it before any other filter.
 */
export function evolveEventLog(index: EventLogIndex, event: LeanEvent): EventLogIndex {
  if (event.globalPosition <= index.lastPosition) return index;
  const ordinal = index.positions.length;
  const typeCode = codeFor(index.typeCodeOf, index.ordinalsByType, event.type);
  const negotiationId = String(event.data.negotiationId);
  const negotiationCode = codeFor(index.negotiationCodeOf, index.ordinalsByNegotiation, negotiationId);
  if (negotiationCode === index.negotiationIds.length) index.negotiationIds.push(negotiationId);
  index.audienceCodes.push(
    namedCodeFor(index.audienceCodeOf, index.audienceKeys, audienceKey(event.metadata.classification)),
  );
  index.positions.push(event.globalPosition);
  index.typeCodes.push(typeCode);
  index.negotiationCodes.push(negotiationCode);
  index.days.push(dayNumber(event.metadata.occurredOn));
  index.ordinalsByType[typeCode].push(ordinal);
  index.ordinalsByNegotiation[negotiationCode].push(ordinal);
  index.lastPosition = event.globalPosition;
  return index;
}

export const eventLogProjection: LeanProjection<EventLogIndex> = {
  name: 'event-log',
  lean: true,
  canHandle: eventLogCanHandle,
  initialDocument: emptyEventLog,
  evolve: evolveEventLog,
};
