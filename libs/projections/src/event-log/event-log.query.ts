import { invalid, isIsoDate } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { envelopeConnection, type Connection, type EnvelopeLoader } from '../shared/projection';
import { firstIndexAfter, pageOfRows, type PageRequest, type PositionPage } from '../shared/relay-page';
import type { Sight, ViewerSight } from '../access/viewer-sight';
import type { EventLogFilter, EventLogIndex } from './event-log.document';
import { dayNumber } from './event-log.projection';

/**
 * The rows a filter has to look at (a list of ordinals, or every row) and the test each row must pass;
 * `testsRows` is false when the list alone is the answer, so counting needs no scan.
 */
type Plan = Readonly<{
  length: number;
  ordinalAt: (i: number) => number;
  matches: (ordinal: number) => boolean;
  testsRows: boolean;
}>;

const EMPTY_PLAN: Plan = { length: 0, ordinalAt: (i) => i, matches: () => false, testsRows: false };

function dayBound(value: string | undefined, field: string, open: number): number {
  if (value === undefined) return open;
  if (!isIsoDate(value)) throw invalid(field, `"${value}" is not a date YYYY-MM-DD`);
  return dayNumber(value);
}

const RANK: Readonly<Record<Sight, number>> = { absent: 0, withheld: 1, shown: 2 };

/**
 * The access policy as a test per row, applied before every other test: a filter on type or date asks about
 * content, so it matches only rows the viewer is shown; otherwise withheld rows keep their place too.
 */
function admittedRows(
  index: EventLogIndex,
  sight: ViewerSight | undefined,
  asksContent: boolean,
): ((ordinal: number) => boolean) | null {
  if (!sight || sight.seesEverything()) return null;
  const least = asksContent ? RANK.shown : RANK.withheld;
  const audiences = index.audienceKeys.length;
  const admitted = new Map<number, boolean>();
  return (ordinal) => {
    const negotiationCode = index.negotiationCodes.at(ordinal);
    const audienceCode = index.audienceCodes.at(ordinal);
    const key = negotiationCode * audiences + audienceCode;
    let admits = admitted.get(key);
    if (admits === undefined) {
      admits =
        RANK[sight.sightOfAudience(index.negotiationIds[negotiationCode], index.audienceKeys[audienceCode])] >= least;
      admitted.set(key, admits);
    }
    return admits;
  };
}

/** Starts from the narrowest list the filter allows, then tests the rest of the filter per row on the columns. */
function planFor(index: EventLogIndex, filter: EventLogFilter, sight?: ViewerSight): Plan {
  const from = dayBound(filter.occurredFrom, 'occurredFrom', -Infinity);
  const to = dayBound(filter.occurredTo, 'occurredTo', Infinity);
  const typeCodes = filter.types && new Set(filter.types.flatMap((type) => index.typeCodeOf.get(type) ?? []));
  const negotiationCode =
    filter.negotiationId === undefined ? undefined : index.negotiationCodeOf.get(filter.negotiationId);
  if ((typeCodes && typeCodes.size === 0) || (filter.negotiationId !== undefined && negotiationCode === undefined))
    return EMPTY_PLAN;

  const byType = negotiationCode === undefined && typeCodes?.size === 1;
  const ordinals =
    negotiationCode !== undefined
      ? index.ordinalsByNegotiation[negotiationCode]
      : byType
        ? index.ordinalsByType[[...typeCodes][0]]
        : undefined;
  const asksContent = from > -Infinity || to < Infinity || typeCodes !== undefined;
  const admitted = admittedRows(index, sight, asksContent);
  const testsRows = admitted !== null || from > -Infinity || to < Infinity || (typeCodes !== undefined && !byType);
  const matches = (ordinal: number): boolean => {
    const day = index.days.at(ordinal);
    return (
      day >= from &&
      day <= to &&
      (!typeCodes || typeCodes.has(index.typeCodes.at(ordinal))) &&
      (!admitted || admitted(ordinal))
    );
  };
  return ordinals
    ? { length: ordinals.length, ordinalAt: (i) => ordinals[i], matches, testsRows }
    : { length: index.positions.length, ordinalAt: (i) => i, matches, testsRows };
}

/**
 * One page of the global log after the cursor, as the viewer's `sight` admits it (none: every row), filtered
 * by type, negotiation and occurredOn range, as positions. Filtering scans rows of a few bytes each;
 * counting all matches is one pass over the narrowed rows, and none when the type or negotiation list
 * alone answers the filter for a viewer who sees every row.
 */
export function eventLogPositions(
  index: EventLogIndex,
  filter: EventLogFilter = {},
  request: PageRequest = {},
  sight?: ViewerSight,
): PositionPage {
  const plan = planFor(index, filter, sight);
  const positionOfRow = (i: number) => index.positions.at(plan.ordinalAt(i));
  const matches = (i: number) => plan.matches(plan.ordinalAt(i));
  const { rows, pageInfo } = pageOfRows(
    { length: plan.length, positionAt: positionOfRow, matches: plan.testsRows ? matches : undefined },
    request,
  );
  let totalCount = plan.length;
  if (plan.testsRows) {
    totalCount = 0;
    for (let i = 0; i < plan.length; i += 1) if (matches(i)) totalCount += 1;
  }
  return { positions: rows.map(positionOfRow), pageInfo, totalCount };
}

/** The global event log as the viewer may see it, as a Relay connection of full envelopes; only the page is loaded from the store. */
export const eventLog = (
  index: EventLogIndex,
  filter: EventLogFilter,
  request: PageRequest,
  load: EnvelopeLoader,
  sight: ViewerSight,
): Promise<Connection<RecordedEvent>> => envelopeConnection(eventLogPositions(index, filter, request, sight), load);

/** How the viewer may see the row at a global position: found by binary search, absent when the log has no such row. */
export function sightAtPosition(index: EventLogIndex, position: number, sight: ViewerSight): Sight {
  const ordinal = firstIndexAfter(index.positions.length, (i) => index.positions.at(i), position) - 1;
  if (ordinal < 0 || index.positions.at(ordinal) !== position) return 'absent';
  return sight.sightOfAudience(
    index.negotiationIds[index.negotiationCodes.at(ordinal)],
    index.audienceKeys[index.audienceCodes.at(ordinal)],
  );
}
