import type { RecordedEvent } from '../event-envelope';
import { eventually, newEvents } from '../testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { FakeEsdbClient } from './testing/fake-esdb.client';

describe('EventStoreDB catch-up subscription', () => {
  let fake: FakeEsdbClient;
  let store: EventStoreDbEventStore;
  let warnings: jest.SpyInstance;
  beforeEach(async () => {
    fake = new FakeEsdbClient();
    store = new EventStoreDbEventStore(fake.asClient(), { reconnectBackoff: { initialDelayMs: 1, maxDelayMs: 5 } });
    warnings = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    await store.append('negotiation-1', 'no_stream', newEvents('command-1', 3));
    fake.writeForeign('$settings', '$metadata');
  });
  afterEach(() => warnings.mockRestore());

  it('starts at the checkpoint without redelivering it, and resubscribes from the last delivered event after a drop', async () => {
    const [first, , third] = await store.readStream('negotiation-1');
    fake.dropsLeft = 2;
    const received: RecordedEvent[] = [];
    const subscription = store.subscribeToAll(first.globalPosition, (event) => {
      received.push(event);
    });

    await eventually(() => fake.subscribedFrom.length === 3);
    await store.append('negotiation-1', 2, newEvents('command-2'));
    await eventually(() => received.length === 3);
    await subscription.close();

    expect(received.map((event) => event.revision)).toEqual([1, 2, 3]);
    expect(fake.subscribedFrom).toEqual([
      { commit: BigInt(first.globalPosition), prepare: BigInt(first.globalPosition) },
      { commit: BigInt(third.globalPosition), prepare: BigInt(third.globalPosition) },
      { commit: BigInt(third.globalPosition), prepare: BigInt(third.globalPosition) },
    ]);
    expect(warnings).toHaveBeenCalledWith(
      expect.stringContaining('dropped after position'),
      'EventStoreSubscriptionWarning',
    );
  });

  it("asks the server for the ledger's prefix only, and goes on past a foreign event under it", async () => {
    fake.writeForeign('orders-1', 'OrderPlaced');
    fake.writeForeign('ledger.orders-1', 'OrderPlaced');
    const received: RecordedEvent[] = [];
    const subscription = store.subscribeToAll(0, (event) => {
      received.push(event);
    });

    await eventually(() => received.length === 3);
    await store.append('negotiation-1', 2, newEvents('command-2'));
    await eventually(() => received.length === 4);
    await subscription.close();

    expect(received.map((event) => event.revision)).toEqual([0, 1, 2, 3]);
    expect(fake.subscribedWith).toEqual([expect.objectContaining({ filterOn: 'streamName', prefixes: ['ledger.'] })]);
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('ledger.orders-1'), 'EventStoreForeignEventWarning');
    expect(warnings).not.toHaveBeenCalledWith(expect.stringContaining('stopped'), 'EventStoreSubscriptionWarning');
  });

  it('stops, and says so, when the handler fails, rather than skip the event or retry it forever', async () => {
    const seen: number[] = [];
    const subscription = store.subscribeToAll(0, (event) => {
      seen.push(event.revision);
      if (event.revision === 1) throw new Error('projection failed');
    });

    await eventually(() => warnings.mock.calls.length > 0);
    await subscription.close();

    expect(seen).toEqual([0, 1]);
    expect(fake.subscribedFrom).toHaveLength(1);
    expect(warnings).toHaveBeenCalledWith(
      expect.stringContaining('projection failed'),
      'EventStoreSubscriptionWarning',
    );
  });
});
