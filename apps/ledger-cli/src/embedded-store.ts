import { EventStoreError, SqliteEventStore, type EventStore } from '@ledger/event-store';
import { CommandRefusal } from './data-folder';

/** Opens the embedded store for one command and always closes it again; a file it cannot open is refused with what to do. */
export async function withEmbeddedStore<T>(filename: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  let store: SqliteEventStore;
  try {
    store = SqliteEventStore.open({ filename });
  } catch (error) {
    throw error instanceof EventStoreError ? new CommandRefusal(error.message) : error;
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
