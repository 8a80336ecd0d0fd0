import { TEST_EVENT_IDS } from '@ledger/event-store/testing';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InMemoryEventStore,
  SqliteEventStore,
  appendsInCallOrder,
  type EventStore,
  type RecordedEvent,
} from '@ledger/event-store';
import { handleNegotiationCommand } from '../handle-negotiation-command';
import { StreamCache } from '../stream-cache';
import { DatasetWriteConflict } from './dataset-import.error';
import { isRetraction, parseDataset } from './dataset-line.parser';
import { importDataset, type ImportProgress } from './dataset.importer';

const DATASET = readFileSync(join(__dirname, '../../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl'), 'utf8');
const LINES = parseDataset(DATASET, { now: 'x', recordedBy: 'x' }).length;
const options = { now: '2025-09-01T09:00:00.000Z', recordedBy: 'dataset-import', eventIds: TEST_EVENT_IDS };

/** What identifies a recorded event, its chain included; positions are compared apart. */
const recorded = (event: RecordedEvent) => ({
  eventId: event.eventId,
  streamId: event.streamId,
  revision: event.revision,
  hash: event.hash,
  prevHash: event.prevHash,
});

/** The reference: every command line through the command path one after another, each awaited (a fresh store has nothing to retract). */
async function oneByOne(store: EventStore): Promise<void> {
  const path = { store, streams: new StreamCache(store), eventIds: TEST_EVENT_IDS };
  for (const entry of parseDataset(DATASET, options)) {
    if (!isRetraction(entry)) await handleNegotiationCommand(path, entry.command, entry.envelope);
  }
}

describe('importDataset writes what the rehearsal decided', () => {
  let dir: string;
  let sqlite: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-import-'));
    sqlite = SqliteEventStore.open({ filename: join(dir, 'ledger.sqlite') });
  });
  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records, many lines to a commit, exactly the log the lines give one by one, in the same order', async () => {
    expect(appendsInCallOrder(sqlite)).toBe(true);
    const reference = new InMemoryEventStore();
    await oneByOne(reference);
    await importDataset(sqlite, DATASET, options);
    expect((await sqlite.readAll()).map(recorded)).toEqual((await reference.readAll()).map(recorded));
  });

  it('gives a store that may reorder appends each negotiation in turn, and every stream the same chain', async () => {
    const store = new InMemoryEventStore();
    expect(appendsInCallOrder(store)).toBe(false);
    const reference = new InMemoryEventStore();
    await oneByOne(reference);
    await importDataset(store, DATASET, options);
    const streamIds = [...new Set((await reference.readAll()).map((event) => event.streamId))];
    for (const streamId of streamIds)
      expect((await store.readStream(streamId)).map(recorded)).toEqual(
        (await reference.readStream(streamId)).map(recorded),
      );
  });

  it('reports each phase from 0 to every line, the rehearsal before the writing', async () => {
    const reports: Parameters<ImportProgress>[] = [];
    await importDataset(sqlite, DATASET, options, (...report) => reports.push(report));
    const phase = (name: string) =>
      reports.filter(([reported]) => reported === name).map(([, done, total]) => [done, total]);
    expect(phase('rehearse')).toEqual(Array.from({ length: LINES + 1 }, (_, done) => [done, LINES]));
    expect(phase('write').at(0)).toEqual([0, LINES]);
    expect(phase('write').at(-1)).toEqual([LINES, LINES]);
    expect(reports.findIndex(([name]) => name === 'write')).toBe(LINES + 1);
  });

  it('stops at the line another writer got in before, naming it, when a negotiation moved on after the rehearsal', async () => {
    // Another writer appends to the line's negotiation between the rehearsal and the write.
    let interfered = false;
    const racing: EventStore = Object.assign(Object.create(sqlite) as SqliteEventStore, {
      append: async (...args: Parameters<EventStore['append']>) => {
        if (!interfered) {
          interfered = true;
          await sqlite.append(args[0], 'no_stream', [
            {
              type: 'NegotiationOpened',
              schemaVersion: 1,
              data: { by: 'other' },
              metadata: { ...args[2][0].metadata, commandId: 'other-writer' },
            },
          ]);
        }
        return sqlite.append(...args);
      },
    });
    const error = await importDataset(racing, DATASET, options).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DatasetWriteConflict);
    expect((error as DatasetWriteConflict).line).toBe(1);
    expect((error as Error).message).toContain('import it again');
  });
});
