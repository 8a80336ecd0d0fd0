import { eventTypeFilter, streamNameFilter, type Filter, type ReadPosition } from '@eventstore/db-client';
import { FakeEsdbClient } from './fake-esdb.client';

/** The stand-in keeps the server's subscription rules the adapter's tests rely on. */
describe('FakeEsdbClient subscriptions', () => {
  let fake: FakeEsdbClient;
  beforeEach(() => {
    fake = new FakeEsdbClient();
    fake.writeForeign('ledger.negotiation-1', 'ProposalTabled');
    fake.writeForeign('orders-1', 'OrderPlaced');
    fake.writeForeign('$settings', '$metadata');
    fake.writeForeign('ledger.negotiation-2', 'ProposalTabled');
  });

  /** What a subscription sends before it goes live. */
  const caughtUp = async (fromPosition: ReadPosition, filter?: Filter): Promise<string[]> => {
    const subscription = fake.subscribeToAll({ fromPosition, filter });
    const streams: string[] = [];
    for await (const { event } of subscription) {
      streams.push(event.streamId);
      if (event.position.commit === fake.log[fake.log.length - 1].position.commit) break;
    }
    await subscription.unsubscribe();
    return streams;
  };

  it('starts after the position it is given: the event there is not sent again', async () => {
    expect(await caughtUp(fake.log[1].position)).toEqual(['$settings', 'ledger.negotiation-2']);
  });

  it('applies a filter on stream names or event types, as the server does', async () => {
    expect(await caughtUp('start', streamNameFilter({ prefixes: ['ledger.'] }))).toEqual([
      'ledger.negotiation-1',
      'ledger.negotiation-2',
    ]);
    expect(await caughtUp('start', eventTypeFilter({ regex: '^[^$]' }))).toEqual([
      'ledger.negotiation-1',
      'orders-1',
      'ledger.negotiation-2',
    ]);
  });
});
