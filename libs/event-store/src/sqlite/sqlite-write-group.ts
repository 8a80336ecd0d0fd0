import type { Database } from 'better-sqlite3';
import type { NewEvent } from '../event-envelope';
import type { AppendResult, ExpectedRevision } from '../event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';
import { appendResult, planAppend } from '../append-plan';
import type { SqliteEventStatements } from './sqlite-event-store.statements';

/** One call of `append`, waiting for its group's commit. */
export type AppendRequest = Readonly<{ streamId: string; expected: ExpectedRevision; events: readonly NewEvent[] }>;

export type AppendOutcome = Readonly<{ result: AppendResult } | { error: EventStoreError }>;

/**
 * Writes a group of appends in ONE transaction, so they share one fsync. Inside it each append is decided
 * in arrival order against what the earlier ones wrote, in its own savepoint, so a refused append
 * (conflict, duplicate, bad batch) fails alone and the others commit. Throws only when the commit itself
 * fails (disk full, lock timeout): then nothing of the group was written.
 */
export function createWriteGroup(
  db: Database,
  statements: SqliteEventStatements,
): (group: readonly AppendRequest[]) => AppendOutcome[] {
  const writeOne = db.transaction((request: AppendRequest): AppendResult => {
    const plan = planAppend(statements, request.streamId, request.expected, request.events);
    if (plan.kind === 'duplicate') return plan.result;
    return appendResult(
      plan.events.map((event) => statements.insertEvent(event)),
      false,
    );
  });
  // A transaction called inside another runs as a savepoint: a failing append rolls back only itself.
  const writeGroup = db.transaction((group: readonly AppendRequest[]) =>
    group.map((request): AppendOutcome => {
      try {
        return { result: writeOne(request) };
      } catch (error) {
        return { error: asStoreError(error) };
      }
    }),
  );
  return (group) => writeGroup.immediate(group);
}

/** Driver errors stay inside the adapter; the port's own errors pass through unchanged. */
export function asStoreError(error: unknown): EventStoreError {
  if (error instanceof EventStoreError) return error;
  return new EventStoreError(EventStoreErrorCode.Unavailable, `SQLite event store failed: ${String(error)}`);
}
