import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { seedEmptyStore, StreamCache } from '@ledger/command-handling';
import { SqliteEventStore, type EventStore } from '@ledger/event-store';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';

const SEED_RECORDER = 'ledger-seed';

/** Opens the embedded store; on the very first start it imports the shipped record, never into a store that holds anything. */
async function openEmbeddedStore(config: LedgerConfig): Promise<EventStore> {
  const store = SqliteEventStore.open({ filename: join(config.dataDir, 'ledger.sqlite') });
  if (config.seedDataset) {
    const summary = await seedEmptyStore(store, config.seedDataset, { now: new Date().toISOString(), recordedBy: SEED_RECORDER });
    if (summary) new Logger('Ledger').log(`First start: imported ${summary.appended} entries from ${config.seedDataset}`);
  }
  return store;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

/** The embedded SQLite store under the data folder: `npm start` needs nothing else. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [LEDGER_CONFIG],
      useFactory: openEmbeddedStore,
    },
    { provide: StreamCache, inject: [EVENT_STORE], useFactory: (store: EventStore) => new StreamCache(store) },
  ],
  exports: [EVENT_STORE, StreamCache],
})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
