import type { EventMetadata, NewEvent, RecordedEvent } from './event-envelope';

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

/**
 * An envelope cut down to what the global read models fold: no hashes, and of the
 * metadata only occurredOn and classification. A RecordedEvent is a LeanEvent too, so a fold over lean events takes either.
 */
export type LeanEvent = Readonly<{
  eventId: string;
  revision: number;
  globalPosition: number;
  type: string;
  /** The schema version the data was written in: what the read side upcasts from. */
  schemaVersion: number;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Pick<EventMetadata, 'occurredOn' | 'classification'>>;
}>;

/**
 * Optional capability of a store: `readAll` without what a LeanEvent leaves out. A rebuild folds every
 * event of the log once, so not reading (and not parsing) the rest of each envelope is most of its speed.
 */
export interface LeanLogReader {
  /** The same events as `readAll` with the same options, each cut down to a LeanEvent. */
  readAllLean(options?: { after?: number; limit?: number }): Promise<LeanEvent[]>;
}

export const canReadAllLean = (store: object): store is LeanLogReader =>
  typeof (store as Partial<LeanLogReader>).readAllLean === 'function';

/**
 * Optional capability of a store: appends are decided in the order they are called, each against what the
 * earlier ones wrote. A caller may then send several appends to one stream, at consecutive expected
 * revisions, without waiting for each, and they commit together (a bulk import).
 */
export interface InOrderAppender {
  readonly appendsInCallOrder: true;
}

export const appendsInCallOrder = (store: object): store is InOrderAppender =>
  (store as Partial<InOrderAppender>).appendsInCallOrder === true;
