import { invalid } from '@ledger/domain';

/**
 * Relay paging over an ascending list of global positions. The cursor is opaque to clients but is just
 * the position behind it, so a page is a binary search plus a slice: O(log n + first), whatever n is.
 * Bad input is refused with the domain's INVALID_INPUT error naming the argument, mapped at the edge.
 */
export type PageRequest = Readonly<{ first?: number; after?: string | null }>;

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

/** The position a cursor stands for; refuses a cursor this ledger did not hand out. */
export function positionOfCursor(cursor: string): number {
  let decoded: string;
  try {
    decoded = atob(cursor);
  } catch {
    throw invalid('after', `"${cursor}" is not a cursor of this ledger`);
  }
  const position = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(position) || position < 0) {
    throw invalid('after', `"${cursor}" is not a cursor of this ledger`);
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

export function pageSizeOf(request: PageRequest): number {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw invalid('first', `first must be a whole number from 0 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

export function pageInfoOf(positions: readonly number[], hasPreviousPage: boolean, hasNextPage: boolean): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: positions.length > 0 ? cursorOf(positions[0]) : null,
    endCursor: positions.length > 0 ? cursorOf(positions[positions.length - 1]) : null,
  };
}

/** The page of an ascending position list that follows the `after` cursor. */
export function pageOfPositions(sorted: readonly number[], request: PageRequest): PositionPage {
  const start = request.after ? firstIndexAfter(sorted.length, (i) => sorted[i], positionOfCursor(request.after)) : 0;
  const positions = sorted.slice(start, start + pageSizeOf(request));
  return {
    positions,
    pageInfo: pageInfoOf(positions, start > 0, start + positions.length < sorted.length),
    totalCount: sorted.length,
  };
}
