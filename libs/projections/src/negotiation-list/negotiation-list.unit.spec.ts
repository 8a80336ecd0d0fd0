import { foldProjection } from '../testing/fold';
import { givenFor } from '../testing/given';
import { LedgerLog } from '../testing/ledger-log.fixture';
import { voorjaarsnota2025 } from '../testing/voorjaarsnota-2025.fixture';
import { negotiationSummaries, negotiationSummary } from './negotiation-list.query';
import { negotiationListProjection } from './negotiation-list.projection';

const given = givenFor((events) => negotiationSummaries(foldProjection(negotiationListProjection, events)));

describe('negotiation list', () => {
  describe('when two negotiations were recorded', () => {
    const log = new LedgerLog();
    const arbitrage = log.negotiation('arbitrage-2021');
    arbitrage.record(
      'NegotiationOpened',
      { title: 'Arbitrage Commissie van Wijzen', description: '' },
      { occurredOn: '2021-03-01' },
    );
    const { talks } = voorjaarsnota2025(log);
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

    it('summarises each, in the order they first appeared', () => {
      given(...log.events).then({
        totalCount: 2,
        pageInfo: { hasNextPage: false, hasPreviousPage: false },
        edges: [
          {
            node: {
              negotiationId: 'arbitrage-2021',
              title: 'Arbitrage Commissie van Wijzen',
              openedOn: '2021-03-01',
              lastOccurredOn: '2021-06-07',
              eventCount: 2,
              lastRevision: 1,
              lastGlobalPosition: log.events.length,
            },
          },
          {
            node: {
              negotiationId: 'vjn-2025',
              title: 'Financiering jeugdzorg Voorjaarsnota 2025',
              openedOn: '2025-03-17',
              lastOccurredOn: '2025-05-15',
              eventCount: talks.events.length,
              lastRevision: talks.events.length - 1,
              lastGlobalPosition: talks.events.at(-1)?.globalPosition,
            },
          },
        ],
      });
    });

    it('pages with first/after', () => {
      const index = foldProjection(negotiationListProjection, log.events);
      const first = negotiationSummaries(index, { first: 1 });
      const second = negotiationSummaries(index, { first: 1, after: first.pageInfo.endCursor });
      expect(first.edges.map((edge) => edge.node.negotiationId)).toEqual(['arbitrage-2021']);
      expect(second.edges.map((edge) => edge.node.negotiationId)).toEqual(['vjn-2025']);
      expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });
  });

  describe('when the title of the opening entry is corrected', () => {
    it('shows the corrected title', () => {
      const { talks, opened } = voorjaarsnota2025();
      talks.record(
        'EntryCorrected',
        {
          correctedEventId: opened.eventId,
          entityId: 'vjn-2025',
          reason: 'Officiële titel',
          retracted: false,
          patch: { title: 'Financiële kaders jeugdzorg Voorjaarsnota 2025' },
          occurredOn: null,
          occurredAsSaid: null,
        },
        { occurredOn: '2025-06-01' },
      );
      const index = foldProjection(negotiationListProjection, talks.events);
      expect(negotiationSummary(index, 'vjn-2025')).toMatchObject({
        title: 'Financiële kaders jeugdzorg Voorjaarsnota 2025',
        openedOn: '2025-03-17',
      });
      expect(negotiationSummary(index, 'onbekend')).toBeNull();
    });
  });
});
