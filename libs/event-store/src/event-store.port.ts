import type { NewEvent, RecordedEvent } from './event-envelope';

/** What the writer expects the stream to be at: anything, not there yet, or exactly this revision. */
export type ExpectedRevision = 'any' | 'no_stream' | number;

export type AppendResult = Readonly<{
  /** Revision of the last event of the stream after the append. */
  nextExpectedRevision: number;
  /** Global position of the last event written (or of the first write, for an idempotent retry). */
  lastGlobalPosition: number;
  events: readonly RecordedEvent[];
  /** True when the command id had been appended before and nothing new was written. */
  duplicate: boolean;
}>;

export type Subscription = Readonly<{
  /** Stops delivery; resolves when the subscription has stopped. */
  close(): Promise<void>;
}>;

export type SubscriptionHandler = (event: RecordedEvent) => void | Promise<void>;

/**
 * The one port every store adapter implements. Appends are atomic per call, idempotent by the
 * `commandId` in the events' metadata, and written with their hash chain in the same transaction.
 */
export interface EventStore {
  append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult>;
  /** All events of a stream in revision order; an empty array for an unknown stream. */
  readStream(streamId: string, options?: { fromRevision?: number }): Promise<RecordedEvent[]>;
  /** Events of the global log with globalPosition > `after`, in order, at most `limit` of them. */
  readAll(options?: { after?: number; limit?: number }): Promise<RecordedEvent[]>;
  /** Global position of the last event written, 0 for an empty store. */
  headPosition(): Promise<number>;
  /**
   * Catch-up then live: delivers every event after `checkpoint` in global order, then new ones as they
   * are written, each exactly once and never out of order; the handler is awaited before the next event.
   */
  subscribeToAll(checkpoint: number, handler: SubscriptionHandler): Subscription;
  close(): Promise<void>;
}
