import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '@ledger/event-store';
import { capturedOutput } from './cli-output';
import { runCli } from './main';
import { copyEvents } from './migrate-copy';
import { crashingAtAppend, importShippedRecord, logOf } from './migrate.testing';

const openIn = (dir: string) => SqliteEventStore.open({ filename: join(dir, 'ledger.sqlite') });

async function withStore<T>(dir: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  const store = openIn(dir);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

async function migrate(...args: string[]) {
  const { output, info, error, notes } = capturedOutput();
  const code = await runCli(['migrate', ...args], {}, output);
  return { code, info, error, notes };
}

describe('ledger migrate, embedded to embedded', () => {
  let root: string;
  let source: string;
  let sourceLog: Awaited<ReturnType<typeof logOf>>;
  const target = (name: string) => join(root, name);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ledger-migrate-'));
    source = target('source');
    sourceLog = await withStore(source, async (store) => {
      await importShippedRecord(store);
      return logOf(store);
    });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('copies every event in global order with its id, revision, metadata and hash chain, and verifies every chain', async () => {
    const result = await migrate('--from', source, '--to', target('copy'));

    expect(result.error).toEqual([]);
    expect(result.code).toBe(0);
    const streams = new Set(sourceLog.map((event) => event.streamId)).size;
    const commands = new Set(sourceLog.map((event) => event.metadata.commandId)).size;
    expect(commands).toBeLessThan(sourceLog.length);
    expect(result.info).toEqual([
      `migrating ${join(source, 'ledger.sqlite')} -> ${join(target('copy'), 'ledger.sqlite')}`,
      `copied ${sourceLog.length} events (${commands} commands), skipped 0 events (0 commands) already in the target, ${streams} streams`,
      `verified ${streams} streams, ${sourceLog.length} events: every hash chain intact and equal to the source's`,
    ]);
    expect(result.notes).toEqual([`copying events, by position: ${sourceLog.length}/${sourceLog.length}`]);
    expect(await withStore(target('copy'), logOf)).toEqual(sourceLog);
  });

  it('resumes an interrupted run where it stopped, skipping what was copied', async () => {
    const crashAt = 40;
    await withStore(source, (from) =>
      withStore(target('resumed'), (to) =>
        expect(copyEvents(from, crashingAtAppend(to, crashAt), { pageSize: 25 })).rejects.toThrow('simulated crash'),
      ),
    );
    const partial = await withStore(target('resumed'), logOf);
    expect(partial.length).toBeGreaterThan(0);
    expect(sourceLog.slice(0, partial.length)).toEqual(partial);

    const result = await migrate('--from', source, '--to', target('resumed'));

    expect(result.code).toBe(0);
    expect(result.info[1]).toMatch(
      new RegExp(`skipped ${partial.length} events \\(${crashAt - 1} commands\\) already in the target`),
    );
    expect(await withStore(target('resumed'), logOf)).toEqual(sourceLog);
  });

  it('appends nothing when run again on a complete copy', async () => {
    await migrate('--from', source, '--to', target('twice'));
    const again = await migrate('--from', source, '--to', target('twice'));

    expect(again.code).toBe(0);
    expect(again.info[1]).toMatch(/^copied 0 events \(0 commands\), skipped \d+ events/);
    expect(await withStore(target('twice'), logOf)).toEqual(sourceLog);
  });

  it('stops at a target that holds another history, naming the stream, the revision and both hashes', async () => {
    const first = sourceLog[0];
    await withStore(target('other'), (store) =>
      store.append(first.streamId, 'no_stream', [
        {
          type: first.type,
          schemaVersion: first.schemaVersion,
          data: first.data,
          metadata: { ...first.metadata, commandId: 'another-command' },
        },
      ]),
    );

    const result = await migrate('--from', source, '--to', target('other'));

    expect(result.code).toBe(1);
    expect(result.error).toEqual([
      expect.stringMatching(
        new RegExp(
          `^migration stopped: The target holds hash \\w+ for ${first.streamId}@0; the source has ${first.hash}$`,
        ),
      ),
    ]);
  });

  it('refuses a source folder without a store, and a store migrated onto itself', async () => {
    expect(await migrate('--from', target('nothing-here'), '--to', target('x'))).toMatchObject({
      code: 1,
      error: [`migration stopped: There is no embedded store at ${join(target('nothing-here'), 'ledger.sqlite')}`],
    });
    expect((await migrate('--from', source, '--to', source)).code).toBe(2);
  });

  it('refuses a missing --from or --to as wrong usage', async () => {
    expect(await migrate('--from', source)).toMatchObject({
      code: 2,
      error: [expect.stringContaining("required option '--to <store>' not specified"), '(add --help for usage)'],
    });
  });
});
