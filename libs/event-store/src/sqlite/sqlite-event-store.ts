import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database, type Transaction } from 'better-sqlite3';
import type { NewEvent, RecordedEvent } from '../event-envelope';
import type {
  AppendResult, EventStore, ExpectedRevision, LeanEvent, LeanLogReader, Subscription, SubscriptionHandler,
} from '../event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';
import { appendResult, planAppend } from '../append-plan';
import { SubscriptionRegistry } from '../catch-up-subscription';
import { configureAndMigrate } from './sqlite-event-store.schema';
import { SqliteEventStatements } from './sqlite-event-store.statements';

export type SqliteEventStoreOptions = Readonly<{
  /** The database file; its directory is created when missing. */
  filename: string;
  /** How often idle subscriptions re-read the file, to see appends made by another process. */
  pollIntervalMs?: number;
  /** How long a write waits for another process's write lock before failing. */
  busyTimeoutMs?: number;
}>;

type PendingAppend = Readonly<{
  streamId: string;
  expected: ExpectedRevision;
  events: readonly NewEvent[];
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}>;

type AppendOutcome = Readonly<{ result: AppendResult } | { error: unknown }>;

const SUBSCRIPTION_PAGE_SIZE = 500;

/**
 * The embedded store: one SQLite file in WAL mode, every commit synced to disk.
 *
 * Group commit: better-sqlite3 is synchronous, so `append` only queues the request; the appends that arrive
 * before the event loop's next check phase (setImmediate) are written in ONE transaction and so share one
 * fsync. Inside it each append is decided in arrival order against what the earlier ones wrote, in its own
 * savepoint, so a refused append (conflict, duplicate, bad batch) fails alone and the others commit.
 */
export class SqliteEventStore implements EventStore, LeanLogReader {
  private readonly subscriptions = new SubscriptionRegistry();
  private readonly writeGroup: Transaction<(group: readonly PendingAppend[]) => AppendOutcome[]>;
  private queue: PendingAppend[] = [];
  private scheduledFlush: NodeJS.Immediate | null = null;
  private closed = false;

  private constructor(
    private readonly db: Database,
    private readonly statements: SqliteEventStatements,
    private readonly pollIntervalMs: number,
  ) {
    const writeOne = db.transaction((pending: PendingAppend): AppendResult => {
      const plan = planAppend(statements, pending.streamId, pending.expected, pending.events);
      if (plan.kind === 'duplicate') return plan.result;
      return appendResult(plan.events.map((event) => statements.insertEvent(event)), false);
    });
    // A transaction called inside another runs as a savepoint: a failing append rolls back only itself.
    this.writeGroup = db.transaction((group: readonly PendingAppend[]) =>
      group.map((pending): AppendOutcome => {
        try {
          return { result: writeOne(pending) };
        } catch (error) {
          return { error: asStoreError(error) };
        }
      }),
    );
  }

  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    mkdirSync(dirname(options.filename), { recursive: true });
    const db = new BetterSqlite3(options.filename);
    try {
      configureAndMigrate(db, options.busyTimeoutMs ?? 5000);
      return new SqliteEventStore(db, new SqliteEventStatements(db), options.pollIntervalMs ?? 200);
    } catch (error) {
      db.close();
      throw asStoreError(error);
    }
  }

  append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.assertOpen();
      this.queue.push({ streamId, expected, events, resolve, reject });
      this.scheduledFlush ??= setImmediate(() => this.flush());
    });
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
    return this.statements.readAllLean(options.after ?? 0, options.limit);
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
    if (this.scheduledFlush) clearImmediate(this.scheduledFlush);
    this.flush();
    this.db.close();
  }

  private flush(): void {
    this.scheduledFlush = null;
    const group = this.queue;
    this.queue = [];
    if (group.length === 0) return;
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.writeGroup.immediate(group);
    } catch (error) {
      // The commit itself failed (disk full, lock timeout): nothing of the group was written.
      for (const pending of group) pending.reject(asStoreError(error));
      return;
    }
    outcomes.forEach((outcome, index) => ('result' in outcome ? group[index].resolve(outcome.result) : group[index].reject(outcome.error)));
    if (outcomes.some((outcome) => 'result' in outcome && !outcome.result.duplicate)) this.subscriptions.notifyAll();
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreError(EventStoreErrorCode.Unavailable, 'The SQLite event store is closed');
  }
}

/** Driver errors stay inside the adapter; the port's own errors pass through unchanged. */
function asStoreError(error: unknown): EventStoreError {
  if (error instanceof EventStoreError) return error;
  return new EventStoreError(EventStoreErrorCode.Unavailable, `SQLite event store failed: ${String(error)}`);
}
