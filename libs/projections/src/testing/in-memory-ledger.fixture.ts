import { InMemoryEventStore, type EventStore, type RecordedEvent } from '@ledger/event-store';

/** Writes fixture events through a real store, one command each, so envelopes are sealed as in production. */
export async function storeWith<Store extends EventStore>(
  events: readonly RecordedEvent[],
  store: Store,
): Promise<Store> {
  for (const { streamId, type, schemaVersion, data, metadata } of events) {
    await store.append(streamId, 'any', [{ type, schemaVersion, data, metadata }]);
  }
  return store;
}

export const inMemoryStoreWith = (
  events: readonly RecordedEvent[],
  store = new InMemoryEventStore(),
): Promise<InMemoryEventStore> => storeWith(events, store);
