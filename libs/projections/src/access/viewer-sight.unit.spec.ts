import type { Viewer } from '@ledger/domain';
import { eventLogPositions, sightAtPosition } from '../event-log/event-log.query';
import { eventLogProjection } from '../event-log/event-log.projection';
import { negotiationSummaries, negotiationSummary } from '../negotiation-list/negotiation-list.query';
import { negotiationListProjection } from '../negotiation-list/negotiation-list.projection';
import { foldProjection } from '../testing/fold';
import { LedgerLog } from '../testing/ledger-log.fixture';
import { negotiationAccessProjection } from './negotiation-access.projection';
import { ViewerSight } from './viewer-sight';

const rijkInternal = { level: 'internal', party: 'tafel-rijk' } as const;

/** A table with Rijk and VNG, a public opening, a Rijk-internal correction of its title and a later Rijk-internal proposal; and a negotiation internal to VNG. */
function tables() {
  const log = new LedgerLog();
  const table = log.negotiation('tafel');
  const opened = table.record(
    'NegotiationOpened',
    { title: 'Tafel 2025', description: '' },
    { occurredOn: '2025-04-16', classification: { level: 'public' } },
  );
  table.record(
    'PartyJoined',
    { partyId: 'tafel-rijk', name: 'Rijk', kind: 'rijk', delegation: [] },
    { occurredOn: '2025-04-16' },
  );
  table.record(
    'PartyJoined',
    { partyId: 'tafel-vng', name: 'VNG', kind: 'vng', delegation: [] },
    { occurredOn: '2025-04-16' },
  );
  table.record(
    'EntryCorrected',
    {
      correctedEventId: opened.eventId,
      entityId: 'tafel',
      reason: 'Werktitel',
      retracted: false,
      patch: { title: 'Ravijn (intern)' },
      occurredOn: null,
      occurredAsSaid: null,
    },
    { occurredOn: '2025-04-17', classification: rijkInternal },
  );
  table.record(
    'ProposalTabled',
    {
      proposalId: 'tafel-rijk:ruimte',
      partyId: 'tafel-rijk',
      title: 'Ruimte',
      terms: 'Meer',
      nonNegotiable: false,
      financialTerms: [],
      meetingId: null,
    },
    { occurredOn: '2025-05-30', classification: rijkInternal },
  );
  const outside = log.negotiation('alleen-vng');
  outside.record(
    'NegotiationOpened',
    { title: 'ALV', description: '' },
    { occurredOn: '2025-04-20', classification: { level: 'internal', party: 'vng' } },
  );
  const sight = (viewer: Viewer) => new ViewerSight(foldProjection(negotiationAccessProjection, log.events), viewer);
  return {
    log,
    table,
    sight,
    eventLog: foldProjection(eventLogProjection, log.events),
    list: foldProjection(negotiationListProjection, log.events),
  };
}

describe('the read-side access policy', () => {
  const { log, table, sight, eventLog, list } = tables();
  const vng = sight({ party: 'vng', role: 'reader' });
  const rijk = sight({ party: 'rijk', role: 'reader' });

  it('shows, withholds or leaves out each entry by its negotiation and audience', () => {
    expect(vng.sightOf('tafel', { level: 'public' })).toBe('shown');
    expect(vng.sightOf('tafel', rijkInternal)).toBe('withheld');
    expect(rijk.sightOf('alleen-vng', { level: 'public' })).toBe('absent');
    expect(vng.sightOf(null, { level: 'public' })).toBe('absent');
    expect([vng.seesAllOf('tafel'), rijk.seesAllOf('tafel'), rijk.seesEverything()]).toEqual([false, true, false]);
  });

  it('applies a correction to the summary only for the viewers it was recorded for, and counts and dates what they see', () => {
    expect(negotiationSummary(list, 'tafel', vng)).toMatchObject({
      title: 'Tafel 2025',
      eventCount: 3,
      lastOccurredOn: '2025-04-16',
      lastRevision: 2,
    });
    expect(negotiationSummary(list, 'tafel', rijk)).toMatchObject({
      title: 'Ravijn (intern)',
      eventCount: 5,
      lastOccurredOn: '2025-05-30',
      lastRevision: 4,
    });
    expect(negotiationSummary(list, 'alleen-vng', rijk)).toBeNull();
    expect(negotiationSummaries(list, {}, rijk).edges.map((edge) => edge.node.negotiationId)).toEqual(['tafel']);
  });

  it('filters the log by type or date on shown rows only, and keeps withheld rows in place otherwise', () => {
    const positions = (events: readonly { globalPosition: number }[]) => events.map((event) => event.globalPosition);
    expect(eventLogPositions(eventLog, { types: ['ProposalTabled'] }, {}, vng)).toMatchObject({
      positions: [],
      totalCount: 0,
    });
    expect(eventLogPositions(eventLog, { occurredFrom: '2025-05-30' }, {}, vng).totalCount).toBe(0);
    expect(eventLogPositions(eventLog, {}, {}, vng).positions).toEqual(positions(log.events));
    expect(eventLogPositions(eventLog, {}, {}, rijk).positions).toEqual(positions(table.events));
    expect(sightAtPosition(eventLog, table.events[4].globalPosition, vng)).toBe('withheld');
  });
});
