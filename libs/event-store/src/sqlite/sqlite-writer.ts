import type { RecordedEvent } from '../event-envelope';
import type { AppendResult } from '../event-store.port';
import type { EventStoreError } from '../event-store.errors';
import type { AppendOutcome, AppendRequest } from './sqlite-write-group';

/** Where the embedded store's appends are written: on the calling thread, or on a writer thread beside it. */
export interface SqliteWriter {
  append(request: AppendRequest): Promise<AppendResult>;
  /** Writes what is queued, then stops taking appends. */
  close(): Promise<void>;
}

/** Told once per committed group, with the events it newly wrote in global order (retries write none). */
export type CommittedListener = (events: readonly RecordedEvent[]) => void;

export type PendingAppend = Readonly<{
  request: AppendRequest;
  resolve: (result: AppendResult) => void;
  reject: (error: EventStoreError) => void;
}>;

/** Answers each append of a committed group, then tells the listener what the group wrote. */
export function settleGroup(
  group: readonly PendingAppend[],
  outcomes: readonly AppendOutcome[],
  onCommitted: CommittedListener,
): void {
  const written: RecordedEvent[] = [];
  outcomes.forEach((outcome, index) => {
    if ('error' in outcome) return group[index].reject(outcome.error);
    group[index].resolve(outcome.result);
    if (!outcome.result.duplicate) written.push(...outcome.result.events);
  });
  if (written.length > 0) onCommitted(written);
}
