import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { RecordedEvent } from '../event-envelope';
import { findRecordedChainBreak } from '../hashed-envelope';
import { eventually, newEvents } from '../testing';
import { SqliteEventStore } from './sqlite-event-store';

/** Two store objects on one file stand in for two processes: neither hears the other's in-process signal. */
describe('SqliteEventStore sharing its file with another writer', () => {
  let directory: string;
  let filename: string;
  let first: SqliteEventStore;
  let second: SqliteEventStore;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-shared-'));
    filename = join(directory, 'events.sqlite');
    first = SqliteEventStore.open({ filename, pollIntervalMs: 20 });
    second = SqliteEventStore.open({ filename, pollIntervalMs: 20 });
  });

  afterEach(async () => {
    await Promise.all([first.close(), second.close()]);
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the file in WAL mode', () => {
    const observer = new BetterSqlite3(filename, { readonly: true });
    expect(observer.pragma('journal_mode', { simple: true })).toBe('wal');
    observer.close();
  });

  it('delivers to a subscription the events the other writer appends, found by polling', async () => {
    const received: RecordedEvent[] = [];
    const subscription = first.subscribeToAll(0, (event) => void received.push(event));
    await first.append('negotiation-a', 'no_stream', newEvents('cmd-1'));
    await second.append('negotiation-a', 0, newEvents('cmd-2', 2));
    await eventually(() => received.length === 3);
    await subscription.close();

    expect(received.map((event) => event.globalPosition)).toEqual([1, 2, 3]);
  });

  it('serializes both writers into one gap-free log with intact chains and shared idempotency', async () => {
    const writes = Array.from({ length: 20 }, (_, n) =>
      (n % 2 === 0 ? first : second).append(`negotiation-${n % 3}`, 'any', newEvents(`cmd-${n}`, 2)),
    );
    await Promise.all(writes);
    const retry = await second.append('negotiation-0', 'any', newEvents('cmd-0', 2));

    expect(retry.duplicate).toBe(true);
    const all = await first.readAll();
    expect(all.map((event) => event.globalPosition)).toEqual(all.map((_, index) => index + 1));
    for (const stream of ['negotiation-0', 'negotiation-1', 'negotiation-2']) {
      expect(findRecordedChainBreak(await second.readStream(stream))).toBeNull();
    }
  });
});
