import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LeanEvent } from '../../event-store.port';
import { cutDown, newEvents } from '../../testing';
import { SqliteEventStore } from '../sqlite-event-store';

/** More than two of the reader thread's chunks (1,000 rows), so runs cross chunk boundaries. */
const EVENTS = 2_345;

async function pagesOf(store: SqliteEventStore, after: number, pageSize: number): Promise<LeanEvent[]> {
  const events: LeanEvent[] = [];
  for (let position = after; ;) {
    const page = await store.readAllLean({ after: position, limit: pageSize });
    events.push(...page);
    if (page.length < pageSize) return events;
    position = page[page.length - 1].globalPosition;
  }
}

describe('SqliteEventStore lean reads served by a reader thread reading ahead', () => {
  let directory: string;
  let store: SqliteEventStore;
  let full: LeanEvent[];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-read-ahead-'));
    store = SqliteEventStore.open({ filename: join(directory, 'events.sqlite'), leanReadAhead: true });
    await Promise.all(
      Array.from({ length: EVENTS / 5 }, (_, append) =>
        store.append(`negotiation-${append % 7}`, 'any', newEvents(`cmd-${append}`, 5)),
      ),
    );
    full = (await store.readAll()).map(cutDown);
  });

  afterAll(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('pages through the whole log exactly as a direct read gives it', async () => {
    expect(full).toHaveLength(EVENTS);
    expect(await pagesOf(store, 0, 200)).toEqual(full);
  });

  it('answers a read that does not go on from the last one from its own position', async () => {
    await store.readAllLean({ after: 0, limit: 200 });
    expect(await store.readAllLean({ after: 1_500, limit: 3 })).toEqual(full.slice(1_500, 1_503));
    expect(await store.readAllLean({ after: 10, limit: 2 })).toEqual(full.slice(10, 12));
    expect(await store.readAllLean({ after: 12, limit: 1_100 })).toEqual(full.slice(12, 1_112));
  });

  it('sees what was appended after a run reached the end of the log', async () => {
    expect(await pagesOf(store, 2_000, 200)).toEqual(full.slice(2_000));
    await store.append('negotiation-late', 'no_stream', newEvents('cmd-late', 2));
    const late = (await store.readAll({ after: EVENTS })).map(cutDown);

    expect(await store.readAllLean({ after: EVENTS, limit: 200 })).toEqual(late);
    expect(late).toHaveLength(2);
  });
});
