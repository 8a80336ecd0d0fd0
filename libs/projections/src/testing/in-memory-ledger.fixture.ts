import { InMemoryEventStore, type RecordedEvent } from '@ledger/event-store';

/** Writes fixture events through a real in-memory store, one command each, so envelopes are sealed as in production. */
export async function inMemoryStoreWith(events: readonly RecordedEvent[], store = new InMemoryEventStore()): Promise<InMemoryEventStore> {
  for (const { streamId, type, schemaVersion, data, metadata } of events) {
    await store.append(streamId, 'any', [{ type, schemaVersion, data, metadata }]);
  }
  return store;
}
