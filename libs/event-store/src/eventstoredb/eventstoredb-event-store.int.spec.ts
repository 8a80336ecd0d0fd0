import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING ?? '';

// Without a server the suite is reported as skipped (jest's own count), never as passed.
const describeIfServer = connectionString ? describe : describe.skip;
if (!connectionString) {
  console.warn(
    'EventStoreDB contract suite skipped: EVENTSTORE_CONNECTION_STRING is not set (e.g. esdb://127.0.0.1:2113?tls=false).',
  );
}

describeIfServer('EventStoreDB adapter against a server', () => {
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
});
