import type { LeanEvent } from '../../event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../../event-store.errors';
import { OwnedWorkerThread } from '../../worker-thread';
import { leanEventAt } from '../lean-rows';
import type { FromReaderThread, ReaderThreadData, ToReaderThread } from './read-ahead.protocol';

const CHUNK_ROWS = 1000;
const CHUNKS_AHEAD = 4;

type Chunk = { values: readonly unknown[]; rows: number; taken: number };

/**
 * Lean reads of the log for a rebuild, from a reader thread (lean-reader.worker) that reads a few chunks
 * ahead: the SQLite scan, about half of a rebuild, runs on another core while this thread parses and
 * folds. A read that goes on from where the last one stopped takes rows already read; any other read
 * (or one after the log's end, which may have moved since) starts a new run from its position.
 */
export class LeanReadAhead {
  private readonly thread: OwnedWorkerThread<ToReaderThread, FromReaderThread>;
  private run = 0;
  /** Where the rows on hand go on from; null when there is no run to go on with. */
  private continuesAfter: number | null = null;
  private current: Chunk | null = null;
  private arrived: FromReaderThread[] = [];
  private runEnded = false;
  private wake: (() => void) | null = null;
  private stopped: EventStoreError | null = null;

  constructor(filename: string) {
    const data: ReaderThreadData = { filename, chunkRows: CHUNK_ROWS, chunksAhead: CHUNKS_AHEAD };
    this.thread = new OwnedWorkerThread(__filename, 'lean-reader.worker', data, {
      onMessage: (chunk) => {
        if (chunk.run !== this.run) return;
        this.arrived.push(chunk);
        this.wake?.();
      },
      onStop: (reason) => this.stop(reason),
    });
  }

  /** The same events as a lean read of `limit` events after `after`. */
  async read(after: number, limit: number): Promise<LeanEvent[]> {
    if (after !== this.continuesAfter) this.startRun(after);
    const events: LeanEvent[] = [];
    // Only a read in progress keeps the process alive.
    this.thread.busy();
    try {
      while (events.length < limit) {
        const chunk = this.current ?? (await this.nextChunk());
        if (chunk === null) break;
        while (chunk.taken < chunk.rows && events.length < limit) events.push(leanEventAt(chunk.values, chunk.taken++));
        if (chunk.taken === chunk.rows) this.current = null;
      }
    } finally {
      this.thread.idle();
    }
    const runTaken = this.runEnded && this.current === null;
    this.continuesAfter = !runTaken && events.length > 0 ? events[events.length - 1].globalPosition : null;
    return events;
  }

  close(): Promise<void> {
    return this.thread.close({ kind: 'close' });
  }

  private startRun(after: number): void {
    if (this.stopped) throw this.stopped;
    this.run += 1;
    this.current = null;
    this.arrived = [];
    this.runEnded = false;
    this.thread.post({ kind: 'from', run: this.run, after });
  }

  /** The run's next chunk, once it has arrived; null after the chunk that reached the end of the log. */
  private async nextChunk(): Promise<Chunk | null> {
    if (this.runEnded) return null;
    while (this.arrived.length === 0) {
      if (this.stopped) throw this.stopped;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    const message = this.arrived.shift()!;
    if (message.rows < CHUNK_ROWS) this.runEnded = true;
    else this.thread.post({ kind: 'more', run: this.run });
    this.current = { values: message.values, rows: message.rows, taken: 0 };
    return this.current;
  }

  private stop(reason: string): void {
    this.stopped ??= new EventStoreError(EventStoreErrorCode.Unavailable, reason);
    this.wake?.();
  }
}
