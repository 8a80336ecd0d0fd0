import type { AppendResult } from '../event-store.port';
import { asStoreError, type AppendOutcome, type AppendRequest } from './sqlite-write-group';
import { settleGroup, type CommittedListener, type PendingAppend, type SqliteWriter } from './sqlite-writer';

/**
 * Writes on the calling thread. better-sqlite3 is synchronous, so `append` only queues the request; the
 * appends that arrive before the event loop's next check phase (setImmediate) share one transaction and
 * one fsync. Simple and quick to start (the CLI, tests); the fsync blocks the thread while it lasts.
 */
export class InlineSqliteWriter implements SqliteWriter {
  private queue: PendingAppend[] = [];
  private scheduledFlush: NodeJS.Immediate | null = null;

  constructor(
    private readonly writeGroup: (group: readonly AppendRequest[]) => AppendOutcome[],
    private readonly onCommitted: CommittedListener,
  ) {}

  append(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.scheduledFlush ??= setImmediate(() => this.flush());
    });
  }

  async close(): Promise<void> {
    if (this.scheduledFlush) clearImmediate(this.scheduledFlush);
    this.flush();
  }

  private flush(): void {
    this.scheduledFlush = null;
    const group = this.queue;
    this.queue = [];
    if (group.length === 0) return;
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.writeGroup(group.map((pending) => pending.request));
    } catch (error) {
      for (const pending of group) pending.reject(asStoreError(error));
      return;
    }
    settleGroup(group, outcomes, this.onCommitted);
  }
}
