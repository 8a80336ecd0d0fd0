import { foldProjection } from '../testing/fold';
import { givenFor } from '../testing/given';
import { voorjaarsnota2025 } from '../testing/voorjaarsnota-2025.fixture';
import { cursorOf } from '../shared/relay-page';
import { auditTrailPositions, entityTrail } from './audit-trail.query';
import { auditTrailProjection } from './audit-trail.projection';

const trails = (events: Parameters<typeof foldProjection>[1]) => foldProjection(auditTrailProjection, events);
const given = givenFor(trails);
const positionsOf = (entityId: string, events: Parameters<typeof foldProjection>[1]) =>
  entityTrail(trails(events), entityId);

describe('audit trail index', () => {
  const { talks, ravijn, agreement } = voorjaarsnota2025();

  describe('when the spring 2025 talks were recorded', () => {
    it('lists for the proposal its tabling, the positions on it and the agreement that took it up', () => {
      expect(positionsOf('p-ravijn', talks.events)).toEqual([ravijn.globalPosition, 7, 9, agreement.globalPosition]);
    });

    it('lists for the agreement its commitments and the source attached later', () => {
      expect(positionsOf('a-16-april', talks.events)).toEqual([agreement.globalPosition, 13, 14, 16]);
    });

    it('lists the whole stream for the negotiation, and for a party every event naming it: its joining, the meetings it sits in, its proposals and positions, the agreements it made, the disputes it raised', () => {
      given(...talks.events).thenDocument((index) => {
        expect(entityTrail(index, 'vjn-2025')).toEqual(talks.events.map((event) => event.globalPosition));
        expect(entityTrail(index, 'vng')).toEqual([3, 4, ravijn.globalPosition, 8, 10, agreement.globalPosition, 15]);
        expect(index.lastPosition).toBe(talks.events.at(-1)?.globalPosition);
      });
    });
  });

  describe('when a correction is recorded', () => {
    it('shows it in the trail of the entity it corrected', () => {
      const { talks: corrected, briefMp } = voorjaarsnota2025();
      const correction = corrected.record(
        'EntryCorrected',
        {
          correctedEventId: briefMp.eventId,
          entityId: 'c-brief-mp',
          reason: 'Datum',
          retracted: false,
          patch: {},
          occurredOn: '2025-04-17',
          occurredAsSaid: null,
        },
        { occurredOn: '2025-05-01' },
      );
      expect(positionsOf('c-brief-mp', corrected.events)).toEqual([briefMp.globalPosition, correction.globalPosition]);
    });
  });

  describe('when events are replayed', () => {
    it('skips those at or below the last position, so the index is the same', () => {
      expect(trails([...talks.events, ...talks.events])).toEqual(trails(talks.events));
    });
  });

  describe('paging', () => {
    const index = trails(talks.events);

    it('pages forward with first/after and tells whether there is more', () => {
      const first = auditTrailPositions(index, 'vjn-2025', { first: 5 });
      expect(first).toMatchObject({
        positions: [1, 2, 3, 4, 5],
        totalCount: talks.events.length,
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
      });
      const next = auditTrailPositions(index, 'vjn-2025', { first: 5, after: first.pageInfo.endCursor });
      expect(next).toMatchObject({
        positions: [6, 7, 8, 9, 10],
        pageInfo: { hasPreviousPage: true, startCursor: cursorOf(6) },
      });
      const last = auditTrailPositions(index, 'vjn-2025', { first: 50, after: next.pageInfo.endCursor });
      expect(last.pageInfo.hasNextPage).toBe(false);
      expect(last.positions.at(-1)).toBe(talks.events.at(-1)?.globalPosition);
    });

    it('gives an unknown entity an empty trail', () => {
      expect(auditTrailPositions(index, 'onbekend')).toMatchObject({
        positions: [],
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
      });
    });

    it('refuses a cursor it did not hand out and a page size out of bounds, naming the argument', () => {
      expect(() => auditTrailPositions(index, 'vjn-2025', { after: 'niet-een-cursor' })).toThrow(
        expect.objectContaining({ field: 'after' }),
      );
      expect(() => auditTrailPositions(index, 'vjn-2025', { first: 100_000 })).toThrow(
        expect.objectContaining({ field: 'first' }),
      );
    });
  });
});
