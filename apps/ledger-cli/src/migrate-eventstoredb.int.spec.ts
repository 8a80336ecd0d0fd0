import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryEventStore, SqliteEventStore } from '@ledger/event-store';
import { EventStoreDbEventStore } from '@ledger/event-store/eventstoredb';
import { copyEvents } from './migrate-copy';
import { verifyMigration } from './migrate-verify';
import { importShippedRecord, logOf } from './migrate.testing';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING ?? '';

// Without a server the suite is reported as skipped (jest's own count), never as passed.
const describeIfServer = connectionString ? describe : describe.skip;
if (!connectionString) {
  console.warn(
    'EventStoreDB migration skipped: EVENTSTORE_CONNECTION_STRING is not set (e.g. esdb://127.0.0.1:2113?tls=false).',
  );
}

describeIfServer('migrating between the embedded store and EventStoreDB', () => {
  let dir: string;
  let esdb: EventStoreDbEventStore;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-migrate-esdb-'));
    // A prefix of its own, so runs sharing one server never see each other's streams.
    esdb = EventStoreDbEventStore.fromConnectionString(connectionString, {
      streamPrefix: `ledger-migrate-${randomUUID().slice(0, 8)}-`,
    });
  });
  afterAll(async () => {
    await esdb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies an embedded store into EventStoreDB and back with every id, revision, metadata and hash', async () => {
    const source = SqliteEventStore.open({ filename: join(dir, 'source', 'ledger.sqlite') });
    const back = SqliteEventStore.open({ filename: join(dir, 'back', 'ledger.sqlite') });
    try {
      await importShippedRecord(source);
      const there = await copyEvents(source, esdb);
      expect((await verifyMigration(source, esdb, there.streamIds)).problems).toEqual([]);
      expect(await logOf(esdb)).toEqual(await logOf(source));

      const again = await copyEvents(source, esdb);
      expect(again).toMatchObject({ copiedEvents: 0, skippedEvents: there.copiedEvents });

      const home = await copyEvents(esdb, back);
      expect((await verifyMigration(esdb, back, home.streamIds)).problems).toEqual([]);
      expect(await logOf(back)).toEqual(await logOf(source));
    } finally {
      await Promise.all([source.close(), back.close()]);
    }
  }, 120_000);
});

describe('migrating the shipped record between two stores of the port', () => {
  it('copies every event, and the copy verifies', async () => {
    const source = new InMemoryEventStore();
    await importShippedRecord(source);
    const target = new InMemoryEventStore();
    const copy = await copyEvents(source, target);
    expect((await verifyMigration(source, target, copy.streamIds)).problems).toEqual([]);
  });
});
