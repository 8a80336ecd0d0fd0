import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SqliteEventStore, type EventStore } from '@ledger/event-store';
import { MigrationError } from './migrate-copy';

/** One side of a migration: an embedded data folder, or an EventStoreDB connection string. */
export type MigrationEndpoint = Readonly<{
  /** How the summary names it; a connection string's password is masked. */
  label: string;
  /** Tells two endpoints apart, so a store is never migrated onto itself. */
  identity: string;
  open(): Promise<EventStore>;
}>;

const ESDB_SCHEME = /^esdb(\+discover)?:\/\//i;

export function parseEndpoint(value: string, role: 'source' | 'target'): MigrationEndpoint {
  if (ESDB_SCHEME.test(value)) {
    return {
      label: value.replace(/(:\/\/[^:@/]+:)[^@]*@/, '$1***@'),
      identity: value,
      // Loaded only when asked for: the EventStoreDB client brings gRPC with it.
      open: async () =>
        (await import('@ledger/event-store/eventstoredb')).EventStoreDbEventStore.fromConnectionString(value),
    };
  }
  const file = join(resolve(value), 'ledger.sqlite');
  return {
    label: file,
    identity: file,
    open: async () => {
      // Opening a missing file would create an empty store and "migrate" nothing, successfully.
      if (role === 'source' && !existsSync(file)) throw new MigrationError(`There is no embedded store at ${file}`);
      return SqliteEventStore.open({ filename: file });
    },
  };
}
