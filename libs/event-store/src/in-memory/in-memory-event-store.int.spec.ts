import { describeEventStoreContract } from '../testing';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract('in-memory', {
  capabilities: { gapFreePositions: true, reopen: false },
  createFixture: async () => {
    const store = new InMemoryEventStore();
    return { store, dispose: () => store.close() };
  },
});
