import { invalid } from '@ledger/domain';

/**
 * Relay paging over an ascending list of global positions, forward (`first`/`after`) or backward
 * (`last`/`before`). The cursor is opaque to clients but is just the position behind it, so a page is a
 * binary search plus a slice: O(log n + page), whatever n is. Bad input is refused with the domain's
 * INVALID_INPUT error naming the argument, mapped at the edge.
 */
export type PageRequest = Readonly<{
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}>;

export type PageInfo = Readonly<{
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}>;

export type PositionPage = Readonly<{ positions: number[]; pageInfo: PageInfo; totalCount: number }>;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
const CURSOR_PREFIX = 'position:';

export const cursorOf = (position: number): string => btoa(`${CURSOR_PREFIX}${position}`);

/** The position a cursor stands for; refuses, naming the argument, a cursor this ledger did not hand out. */
export function positionOfCursor(cursor: string, argument: 'after' | 'before' = 'after'): number {
  let decoded: string;
  try {
    decoded = atob(cursor);
  } catch {
    throw invalid(argument, `"${cursor}" is not a cursor of this ledger`);
  }
  const position = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(position) || position < 0) {
    throw invalid(argument, `"${cursor}" is not a cursor of this ledger`);
  }
  return position;
}

/** Index of the first element greater than `value` in an ascending sequence of `length` elements. */
export function firstIndexAfter(length: number, valueAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (valueAt(middle) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pageSize(size: number, argument: 'first' | 'last'): number {
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw invalid(argument, `${argument} must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** How many rows, and from which end of the range: `last` pages backward; neither is the first DEFAULT_PAGE_SIZE. */
export function pageSizeOf(request: PageRequest): Readonly<{ backward: boolean; size: number }> {
  const { first, last } = request;
  if (first != null && last != null)
    throw invalid(
      'last',
      'first and last cannot be combined: page forward with first/after, backward with last/before',
    );
  if (last != null) return { backward: true, size: pageSize(last, 'last') };
  return { backward: false, size: pageSize(first ?? DEFAULT_PAGE_SIZE, 'first') };
}

export function pageInfoOf(positions: readonly number[], hasPreviousPage: boolean, hasNextPage: boolean): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: positions.length > 0 ? cursorOf(positions[0]) : null,
    endCursor: positions.length > 0 ? cursorOf(positions[positions.length - 1]) : null,
  };
}

/** Rows in ascending position order; `matches` (absent: every row) narrows them to the list being paged. */
export type PageRows = Readonly<{
  length: number;
  positionAt: (row: number) => number;
  matches?: (row: number) => boolean;
}>;

/**
 * The rows of one page: those between the `after` and `before` cursors, the first `first` of them or the last
 * `last`. hasPreviousPage and hasNextPage say whether the list holds rows before and after the page.
 */
export function pageOfRows(list: PageRows, request: PageRequest): Readonly<{ rows: number[]; pageInfo: PageInfo }> {
  const { backward, size } = pageSizeOf(request);
  const matches = list.matches ?? (() => true);
  const low = request.after
    ? firstIndexAfter(list.length, list.positionAt, positionOfCursor(request.after, 'after'))
    : 0;
  const high = request.before
    ? firstIndexAfter(list.length, list.positionAt, positionOfCursor(request.before, 'before') - 1)
    : list.length;
  // The page covers rows [from, to): scanned up from `low`, or down from `high` when paging backward.
  const rows: number[] = [];
  let from = low;
  let to = high;
  if (backward) {
    for (from = high; from > low && rows.length < size; from -= 1) if (matches(from - 1)) rows.push(from - 1);
    rows.reverse();
  } else {
    for (to = low; to < high && rows.length < size; to += 1) if (matches(to)) rows.push(to);
  }
  const anyIn = (start: number, end: number) => {
    if (!list.matches) return end > start;
    for (let row = start; row < end; row += 1) if (matches(row)) return true;
    return false;
  };
  return { rows, pageInfo: pageInfoOf(rows.map(list.positionAt), anyIn(0, from), anyIn(to, list.length)) };
}

/** A page of an ascending position list. */
export function pageOfPositions(sorted: readonly number[], request: PageRequest): PositionPage {
  const { rows, pageInfo } = pageOfRows({ length: sorted.length, positionAt: (row) => sorted[row] }, request);
  return { positions: rows.map((row) => sorted[row]), pageInfo, totalCount: sorted.length };
}
