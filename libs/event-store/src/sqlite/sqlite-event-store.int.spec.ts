import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '../event-store.port';
import { describeEventStoreContract } from '../testing';
import { SqliteEventStore } from './sqlite-event-store';

for (const writeOn of ['calling-thread', 'writer-thread'] as const) {
  describeEventStoreContract(`embedded SQLite, writing on the ${writeOn}`, {
    capabilities: { gapFreePositions: true, reopen: true },
    createFixture: async () => {
      const directory = mkdtempSync(join(tmpdir(), 'ledger-sqlite-'));
      // A subdirectory that does not exist yet: opening creates it.
      const filename = join(directory, 'data', 'events.sqlite');
      let current: EventStore = SqliteEventStore.open({ filename, writeOn });
      return {
        store: current,
        reopen: async () => {
          await current.close();
          current = SqliteEventStore.open({ filename, writeOn });
          return current;
        },
        dispose: async () => {
          await current.close();
          rmSync(directory, { recursive: true, force: true });
        },
      };
    },
  });
}
