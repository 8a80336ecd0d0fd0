import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
const SKIPPED = 'EventStoreDB contract suite SKIPPED: EVENTSTORE_CONNECTION_STRING is not set';

if (connectionString) {
  // Each run writes under its own prefix, so runs sharing one server never see each other's streams.
  const streamPrefix = `ledger-contract-${randomUUID().slice(0, 8)}-`;
  const open = () => EventStoreDbEventStore.fromConnectionString(connectionString, { streamPrefix });

  describeEventStoreContract('EventStoreDB', {
    // Positions are byte offsets in the transaction log; the server keeps the data when a client closes.
    capabilities: { gapFreePositions: false, reopen: true },
    createFixture: async () => {
      let store = open();
      return {
        store,
        reopen: async () => {
          await store.close();
          store = open();
          return store;
        },
        dispose: () => store.close(),
      };
    },
  });
} else {
  describe('EventStoreDB contract suite', () => {
    it(SKIPPED, () => {
      console.warn(`${SKIPPED}. Set it (e.g. esdb://localhost:2113?tls=false) to run the suite against a server.`);
      expect(connectionString).toBeUndefined();
    });
  });
}
