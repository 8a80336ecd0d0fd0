import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { seedEmptyStore, SourceDocuments, StreamCache } from '@ledger/command-handling';
import { keyedEventIds, SqliteEventStore, type EventIdDeriver, type EventStore } from '@ledger/event-store';
import { loadEvidenceSecret } from '@ledger/evidence-ledger';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import type { EmbeddedWriter, StoreSelection } from '../config/store-config';
import { InstrumentedEventStore } from '../metrics/instrumented-event-store';
import { LedgerMetrics } from '../metrics/ledger-metrics';

const SEED_RECORDER = 'ledger-seed';

/** The embedded store's file in the data folder. */
export const EMBEDDED_STORE_FILE = 'ledger.sqlite';

/** Opens the embedded store; on the very first start it imports the shipped record, never into a store that holds anything. */
async function openEmbeddedStore(
  config: LedgerConfig,
  writeOn: EmbeddedWriter,
  eventIds: EventIdDeriver,
): Promise<EventStore> {
  // A rebuild of the read models reads the file on a thread of its own: while it folds one page it reads the next.
  const store = SqliteEventStore.open({
    filename: join(config.dataDir, EMBEDDED_STORE_FILE),
    writeOn,
    leanReadAhead: true,
  });
  if (config.seedDataset) {
    const summary = await seedEmptyStore(store, config.seedDataset, {
      now: new Date().toISOString(),
      recordedBy: SEED_RECORDER,
      eventIds,
    });
    if (summary)
      new Logger('Ledger').log(`First start: imported ${summary.appended} entries from ${config.seedDataset}`);
  }
  return store;
}

/**
 * EventStoreDB is never seeded: a cluster is production, and its history comes from `ledger migrate`.
 * The adapter is loaded only here, so an embedded start never loads the gRPC client.
 */
async function openEventStoreDb({
  connectionString,
  streamPrefix,
}: Extract<StoreSelection, { kind: 'eventstoredb' }>): Promise<EventStore> {
  const { EventStoreDbEventStore } = await import('@ledger/event-store/eventstoredb');
  return EventStoreDbEventStore.fromConnectionString(connectionString, { streamPrefix });
}

async function openStore(config: LedgerConfig, metrics: LedgerMetrics, eventIds: EventIdDeriver): Promise<EventStore> {
  const selection = config.store ?? { kind: 'embedded', writeOn: 'calling-thread' };
  const store =
    selection.kind === 'eventstoredb'
      ? await openEventStoreDb(selection)
      : await openEmbeddedStore(config, selection.writeOn, eventIds);
  return new InstrumentedEventStore(store, metrics);
}

export const EVENT_STORE = Symbol('EVENT_STORE');

/**
 * How the write path derives event ids: keyed with a secret from the evidence secret, which every replica
 * shares, so a retry on any replica gets the same ids and nobody without the secret can compute them.
 */
export const EVENT_IDS = Symbol('EVENT_IDS');

/** The event store the configuration names: the embedded SQLite file (`npm start` needs nothing else) or EventStoreDB. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_IDS,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) => keyedEventIds(loadEvidenceSecret(config.dataDir, process.env)),
    },
    {
      provide: EVENT_STORE,
      inject: [LEDGER_CONFIG, LedgerMetrics, EVENT_IDS],
      useFactory: openStore,
    },
    { provide: StreamCache, inject: [EVENT_STORE], useFactory: (store: EventStore) => new StreamCache(store) },
    { provide: SourceDocuments, inject: [EVENT_STORE], useFactory: (store: EventStore) => new SourceDocuments(store) },
  ],
  exports: [EVENT_STORE, EVENT_IDS, StreamCache, SourceDocuments],
})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
