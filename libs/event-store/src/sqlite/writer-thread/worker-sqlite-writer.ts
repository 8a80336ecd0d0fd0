import type { AppendResult } from '../../event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../../event-store.errors';
import type { AppendOutcome, AppendRequest } from '../sqlite-write-group';
import { settleGroup, type CommittedListener, type PendingAppend, type SqliteWriter } from '../sqlite-writer';
import { OwnedWorkerThread } from '../../worker-thread';
import {
  fromOutcomeWire,
  type FromWriterThread,
  type ToWriterThread,
  type WriterThreadData,
} from './writer-thread.protocol';

/**
 * Writes on a thread of its own (sqlite-writer.worker): while a commit is syncing to disk, this thread
 * goes on deciding commands, feeding read models and answering queries. An append is answered once the
 * writer thread has committed it.
 */
export class WorkerSqliteWriter implements SqliteWriter {
  private readonly thread: OwnedWorkerThread<ToWriterThread, FromWriterThread>;
  private readonly pending = new Map<number, PendingAppend>();
  private nextId = 0;
  private stopped: EventStoreError | null = null;

  constructor(
    data: WriterThreadData,
    private readonly onCommitted: CommittedListener,
  ) {
    this.thread = new OwnedWorkerThread(__filename, 'sqlite-writer.worker', data, {
      onMessage: (message) => this.settle(message),
      onStop: (reason) => this.stop(reason),
    });
  }

  append(request: AppendRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const id = this.nextId++;
      this.pending.set(id, { request, resolve, reject });
      // Appends in flight keep the process alive; an idle writer does not.
      if (this.pending.size === 1) this.thread.busy();
      this.thread.post({ kind: 'append', id, request });
    });
  }

  /** The writer thread takes messages in order: it commits every append sent before this, then exits. */
  close(): Promise<void> {
    return this.thread.close({ kind: 'close' });
  }

  private settle(message: FromWriterThread): void {
    const group: PendingAppend[] = [];
    const outcomes: AppendOutcome[] = [];
    for (const wire of message.outcomes) {
      const pending = this.pending.get(wire.id);
      if (pending === undefined) continue;
      this.pending.delete(wire.id);
      group.push(pending);
      outcomes.push(fromOutcomeWire(wire, pending.request));
    }
    if (this.pending.size === 0) this.thread.idle();
    settleGroup(group, outcomes, this.onCommitted);
  }

  /**
   * A writer that failed or exited answers no more. Appends still in flight may or may not have been
   * committed: the caller learns the store was unavailable, and a retry with the same command id is safe.
   */
  private stop(reason: string): void {
    this.stopped ??= new EventStoreError(EventStoreErrorCode.Unavailable, reason);
    for (const pending of this.pending.values()) pending.reject(this.stopped);
    this.pending.clear();
  }
}
