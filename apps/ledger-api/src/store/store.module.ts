import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { StreamCache } from '@ledger/command-handling';
import { SqliteEventStore, type EventStore } from '@ledger/event-store';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';

export const EVENT_STORE = Symbol('EVENT_STORE');

/** The embedded SQLite store under the data folder: `npm start` needs nothing else. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig): EventStore => SqliteEventStore.open({ filename: join(config.dataDir, 'ledger.sqlite') }),
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
