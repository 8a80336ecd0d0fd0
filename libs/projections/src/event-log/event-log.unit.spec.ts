import { foldProjection } from '../testing/fold';
import { LedgerLog } from '../testing/ledger-log.fixture';
import { voorjaarsnota2025 } from '../testing/voorjaarsnota-2025.fixture';
import { eventLogPositions } from './event-log.query';
import { dayNumber, eventLogProjection } from './event-log.projection';

/** Two negotiations interleaved in one global log: the spring talks and the 2021 arbitration. */
function twoNegotiations() {
  const log = new LedgerLog();
  const { talks } = voorjaarsnota2025(log);
  const arbitrage = log.negotiation('arbitrage-2021');
  arbitrage.record(
    'NegotiationOpened',
    { title: 'Arbitrage Commissie van Wijzen', description: '' },
    { occurredOn: '2021-03-01' },
  );
  arbitrage.record(
    'RulingIssued',
    {
      rulingId: 'r-cvw-2021',
      body: 'Commissie van Wijzen',
      kind: 'uitspraak',
      bindingness: 'binding',
      summary: 'Rijk compenseert gemeenten',
      disputeId: null,
      financialTerms: [],
    },
    { occurredOn: '2021-06-07' },
  );
  talks.record(
    'MeetingScheduled',
    {
      meetingId: 'alv-2025-06',
      kind: 'alv',
      title: 'ALV juni 2025',
      participants: ['vng'],
      confidential: false,
      scheduledFor: { asSaid: 'juni', precision: 'month', start: '2025-06-01', end: '2025-06-30' },
    },
    { occurredOn: '2025-05-20' },
  );
  return { log, talks, arbitrage, index: foldProjection(eventLogProjection, log.events) };
}

describe('day number', () => {
  it('reads YYYY-MM-DD as YYYYMMDD, so days order as numbers', () => {
    expect(['1900-01-01', '2025-04-16', '2025-12-31'].map(dayNumber)).toEqual([19000101, 20250416, 20251231]);
  });
});

describe('event log index', () => {
  const { log, talks, arbitrage, index } = twoNegotiations();
  const positions = (events: readonly { globalPosition: number }[]) => events.map((event) => event.globalPosition);

  it('lists the whole log in global order when unfiltered', () => {
    expect(eventLogPositions(index, {}, { first: 500 })).toMatchObject({
      positions: positions(log.events),
      totalCount: log.events.length,
    });
  });

  it('filters by negotiation', () => {
    expect(eventLogPositions(index, { negotiationId: 'arbitrage-2021' }).positions).toEqual(
      positions(arbitrage.events),
    );
  });

  it('filters by one or more types', () => {
    const scheduled = talks.events.filter((event) => event.type === 'MeetingScheduled');
    expect(eventLogPositions(index, { types: ['MeetingScheduled'] }).positions).toEqual(positions(scheduled));
    expect(eventLogPositions(index, { types: ['RulingIssued', 'NegotiationOpened'] }).totalCount).toBe(3);
  });

  it('filters by occurredOn range, bounds included, together with negotiation and type', () => {
    const types = ['CommitmentMade', 'MeetingHeld'];
    const expected = talks.events.filter(
      (event) => types.includes(event.type) && event.metadata.occurredOn === '2025-04-16',
    );
    expect(
      eventLogPositions(index, {
        negotiationId: 'vjn-2025',
        types,
        occurredFrom: '2025-04-16',
        occurredTo: '2025-04-16',
      }).positions,
    ).toEqual(positions(expected));
    expect(expected.map((event) => event.type)).toEqual(['MeetingHeld', 'CommitmentMade', 'CommitmentMade']);
  });

  it('pages a filtered log with first/after, and knows what lies before and after the page', () => {
    const filter = { occurredFrom: '2025-04-01' };
    const first = eventLogPositions(index, filter, { first: 3 });
    const second = eventLogPositions(index, filter, { first: 3, after: first.pageInfo.endCursor });
    const all = eventLogPositions(index, filter, { first: 500 });
    expect([...first.positions, ...second.positions]).toEqual(all.positions.slice(0, 6));
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(all.positions.length);
  });

  it('finds nothing for an unknown negotiation or type, and refuses a malformed date naming it', () => {
    expect(eventLogPositions(index, { negotiationId: 'onbekend' }).totalCount).toBe(0);
    expect(eventLogPositions(index, { types: ['OfferMade'] }).positions).toEqual([]);
    expect(() => eventLogPositions(index, { occurredTo: '31-12-2025' })).toThrow(
      expect.objectContaining({ field: 'occurredTo' }),
    );
  });

  it('is the same index after a replay of events it has seen', () => {
    const replayed = [...log.events, ...log.events].reduce(
      eventLogProjection.evolve,
      eventLogProjection.initialDocument(),
    );
    expect(eventLogPositions(replayed, {}, { first: 500 })).toEqual(eventLogPositions(index, {}, { first: 500 }));
  });
});
