import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { RecordedEvent } from '../event-envelope';
import { findRecordedChainBreak } from '../hashed-envelope';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
import { EVENTS_PER_APPEND } from './testing/crash-writer.script';

const REPO_ROOT = resolve(__dirname, '../../../..');
const WRITER_SCRIPT = join(__dirname, 'testing', 'crash-writer.script.ts');
const ACKS_BEFORE_KILL = 200;

type WriteOn = NonNullable<SqliteEventStoreOptions['writeOn']>;

/** Runs the writer until it has acknowledged `acks` appends, then SIGKILLs it; returns the acknowledged command ids. */
async function killWriterAfter(filename: string, writeOn: WriteOn, acks: number): Promise<string[]> {
  const writer = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', WRITER_SCRIPT, filename, writeOn],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const acknowledged: string[] = [];
  let stderr = '';
  writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => writer.on('exit', () => done()));
  for await (const line of createInterface({ input: writer.stdout })) {
    // Lines already in the pipe after the kill are acknowledged appends too: keep them all.
    acknowledged.push(line.replace(/^ack /, ''));
    if (acknowledged.length === acks) writer.kill('SIGKILL');
  }
  await exited;
  if (acknowledged.length < acks) throw new Error(`The writer stopped after ${acknowledged.length} acks: ${stderr}`);
  return acknowledged;
}

const groupBy = (events: readonly RecordedEvent[], key: (event: RecordedEvent) => string) => {
  const groups = new Map<string, RecordedEvent[]>();
  for (const event of events) groups.set(key(event), [...(groups.get(key(event)) ?? []), event]);
  return groups;
};

describe.each<WriteOn>(['calling-thread', 'writer-thread'])(
  'SqliteEventStore writing on the %s, after the writing process is killed',
  (writeOn) => {
    let directory: string;
    let events: RecordedEvent[];
    let acknowledged: string[];

    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
      const filename = join(directory, 'events.sqlite');
      acknowledged = await killWriterAfter(filename, writeOn, ACKS_BEFORE_KILL);
      const store = SqliteEventStore.open({ filename });
      events = await store.readAll();
      await store.close();
    });

    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('holds every acknowledged append whole', () => {
      const byCommand = groupBy(events, (event) => event.metadata.commandId);
      expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      for (const commandId of acknowledged) expect(byCommand.get(commandId)).toHaveLength(EVENTS_PER_APPEND);
    });

    it('holds no append in part', () => {
      for (const appended of groupBy(events, (event) => event.metadata.commandId).values()) {
        expect(appended).toHaveLength(EVENTS_PER_APPEND);
      }
    });

    it('keeps global positions gap-free and every stream contiguous with an intact hash chain', () => {
      expect(events.map((event) => event.globalPosition)).toEqual(events.map((_, index) => index + 1));
      for (const stream of groupBy(events, (event) => event.streamId).values()) {
        expect(stream.map((event) => event.revision)).toEqual(stream.map((_, index) => index));
        expect(findRecordedChainBreak(stream)).toBeNull();
      }
    });
  },
);
