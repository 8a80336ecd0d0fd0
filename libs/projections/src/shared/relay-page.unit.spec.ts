import { cursorOf, pageOfPositions, pageOfRows } from './relay-page';

describe('relay paging', () => {
  const positions = [2, 4, 6, 8, 10, 12];
  const page = (request: Parameters<typeof pageOfPositions>[1]) => pageOfPositions(positions, request);

  describe('forward, with first and after', () => {
    it('reads on after the cursor and says what lies on either side', () => {
      expect(page({ first: 2, after: cursorOf(4) })).toEqual({
        positions: [6, 8],
        totalCount: 6,
        pageInfo: { hasPreviousPage: true, hasNextPage: true, startCursor: cursorOf(6), endCursor: cursorOf(8) },
      });
    });
  });

  describe('backward, with last and before', () => {
    it('takes the last rows of the list', () => {
      expect(page({ last: 2 })).toMatchObject({
        positions: [10, 12],
        pageInfo: { hasPreviousPage: true, hasNextPage: false },
      });
    });

    it('takes the rows just before the cursor, in ascending order', () => {
      expect(page({ last: 3, before: cursorOf(10) })).toMatchObject({
        positions: [4, 6, 8],
        pageInfo: { hasPreviousPage: true, hasNextPage: true },
      });
    });

    it('stops at the start of the list, and between after and before', () => {
      expect(page({ last: 5, before: cursorOf(6) }).positions).toEqual([2, 4]);
      expect(page({ last: 5, after: cursorOf(2), before: cursorOf(8) }).positions).toEqual([4, 6]);
    });

    it('skips rows that are not in the list being paged', () => {
      const even = pageOfRows(
        { length: 10, positionAt: (row) => row + 1, matches: (row) => row % 2 === 0 },
        { last: 2, before: cursorOf(9) },
      );
      expect(even.rows).toEqual([4, 6]);
      expect(even.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });
  });

  describe('bad requests', () => {
    it('refuses first and last together, and a foreign before cursor, naming the argument', () => {
      expect(() => page({ first: 1, last: 1 })).toThrow(expect.objectContaining({ field: 'last' }));
      expect(() => page({ last: 1, before: 'bm9wZQ' })).toThrow(expect.objectContaining({ field: 'before' }));
    });
  });
});
