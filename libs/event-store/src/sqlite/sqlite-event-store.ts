import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { NewEvent, RecordedEvent } from '../event-envelope';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  InOrderAppender,
  LeanEvent,
  LeanLogReader,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';
import { SubscriptionRegistry } from '../catch-up-subscription';
import { configureAndMigrate } from './sqlite-event-store.schema';
import { storeFileError } from './store-file.errors';
import { SqliteEventStatements } from './sqlite-event-store.statements';
import { createWriteGroup } from './sqlite-write-group';
import type { SqliteWriter } from './sqlite-writer';
import { InlineSqliteWriter } from './inline-sqlite-writer';
import { WorkerSqliteWriter } from './writer-thread/worker-sqlite-writer';
import { LeanReadAhead } from './read-ahead/lean-read-ahead';

export type SqliteEventStoreOptions = Readonly<{
  /** The database file; its directory is created when missing. */
  filename: string;
  /** How often idle subscriptions re-read the file, to see appends made by another process. */
  pollIntervalMs?: number;
  /** How long a write waits for another process's write lock before failing. */
  busyTimeoutMs?: number;
  /**
   * Where commits (and their fsyncs) run: 'calling-thread' (the default: simple, quick to open; the fsync
   * blocks the thread) or 'writer-thread' (a worker thread, so the service goes on while a commit syncs).
   */
  writeOn?: 'calling-thread' | 'writer-thread';
  /**
   * Serve paged lean reads (a rebuild) from a reader thread that reads ahead, so the scan of the file runs
   * beside the parsing and folding; started at the first such read. Off by default.
   */
  leanReadAhead?: boolean;
}>;

const SUBSCRIPTION_PAGE_SIZE = 500;

/**
 * The embedded store: one SQLite file in WAL mode, every commit synced to disk before an append is
 * answered. Appends go to a writer that groups the ones arriving together into one transaction, so they
 * share one fsync (see createWriteGroup); reads use this thread's connection, which WAL lets read beside
 * the writer. Subscribers in this process are handed each committed group, instead of reading it back.
 */
export class SqliteEventStore implements EventStore, LeanLogReader, InOrderAppender {
  /** Both writers queue appends and decide them in arrival order (see createWriteGroup). */
  readonly appendsInCallOrder = true;
  private readonly subscriptions = new SubscriptionRegistry();
  private readonly writer: SqliteWriter;
  private readAhead: LeanReadAhead | null = null;
  private closed = false;

  private constructor(
    private readonly db: Database,
    private readonly statements: SqliteEventStatements,
    private readonly pollIntervalMs: number,
    private readonly readAheadFile: string | null,
    createWriter: (onCommitted: (events: readonly RecordedEvent[]) => void) => SqliteWriter,
  ) {
    // Subscribers get a commit's events in the next check phase, after the appenders have been answered
    // and have sent what they do next: read models then catch up while the next commit syncs, not before it.
    this.writer = createWriter((events) => setImmediate(() => this.subscriptions.announce(events)));
  }

  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    let db: Database | undefined;
    try {
      mkdirSync(dirname(options.filename), { recursive: true });
      assertWritable(options.filename);
      makeSqliteFilesPrivate(options.filename);
      const opened = (db = new BetterSqlite3(options.filename));
      configureAndMigrate(opened, busyTimeoutMs);
      const statements = new SqliteEventStatements(opened);
      const readAheadFile = options.leanReadAhead ? options.filename : null;
      return new SqliteEventStore(opened, statements, options.pollIntervalMs ?? 200, readAheadFile, (onCommitted) =>
        options.writeOn === 'writer-thread'
          ? new WorkerSqliteWriter({ filename: options.filename, busyTimeoutMs }, onCommitted)
          : new InlineSqliteWriter(createWriteGroup(opened, statements), onCommitted),
      );
    } catch (error) {
      db?.close();
      throw storeFileError(options.filename, error);
    }
  }

  append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult> {
    if (this.closed) return Promise.reject(closedError());
    return this.writer.append({ streamId, expected, events });
  }

  async readStream(streamId: string, options: { fromRevision?: number } = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.statements.readStream(streamId, options.fromRevision ?? 0);
  }

  async readAll(options: { after?: number; limit?: number } = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.statements.readAll(options.after ?? 0, options.limit);
  }

  async readAllLean(options: { after?: number; limit?: number } = {}): Promise<LeanEvent[]> {
    this.assertOpen();
    if (this.readAheadFile === null || options.limit === undefined)
      return this.statements.readAllLean(options.after ?? 0, options.limit);
    this.readAhead ??= new LeanReadAhead(this.readAheadFile);
    return this.readAhead.read(options.after ?? 0, options.limit);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.statements.headPosition();
  }

  subscribeToAll(checkpoint: number, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    return this.subscriptions.subscribe({
      // Straight to the statements: a subscription still finishing its handler while the store closes
      // must not fail its last read.
      readAll: async ({ after, limit }) => this.statements.readAll(after, limit),
      checkpoint,
      handler,
      pageSize: SUBSCRIPTION_PAGE_SIZE,
      pollIntervalMs: this.pollIntervalMs,
    });
  }

  /** Refuses new work, lets subscriptions finish their handler, writes what is queued, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.closeAll();
    await this.writer.close();
    await this.readAhead?.close();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw closedError();
  }
}

const closedError = () => new EventStoreError(EventStoreErrorCode.Unavailable, 'The SQLite event store is closed');

/** SQLite would open a read-only file read-only and fail at the first write; say so before opening instead. */
function assertWritable(filename: string): void {
  accessSync(dirname(filename), constants.W_OK);
  if (existsSync(filename)) accessSync(filename, constants.W_OK);
}

/**
 * The store holds every party's confidential entries, so its files are for the service's user only (0600).
 * SQLite gives the -wal and -shm files it creates the mode of the database file; ones left by an older
 * version are narrowed too.
 */
export function makeSqliteFilesPrivate(filename: string): void {
  closeSync(openSync(filename, 'a', 0o600));
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
