import type { NewEvent, RecordedEvent } from '../event-envelope';
import type { AppendLookup } from '../append-plan';
import { eventIdAt } from '../hashed-envelope';
import type { ExpectedRevision } from '../event-store.port';
import { appendAttemptIdOf } from './esdb-event.mapper';
import type { EsdbLogReader, StreamEvent } from './esdb-log.reader';
import { NO_STREAM_REVISION } from './esdb-revision.mapper';

/** How many of a stream's last events an append reads: its head, and the place a quick retry is found. */
export const APPEND_TAIL_WINDOW = 32;

/** What an append learned from its bounded reads: `planAppend`'s view, and who wrote the command's events. */
export type EsdbAppendLookup = Readonly<{
  lookup: AppendLookup;
  /** The append call that wrote the command's earlier events, when they exist. */
  earlierAttemptId: string | undefined;
}>;

/**
 * Reads what one append needs, however long the stream: its last events (the head to chain to, and a
 * retry of a recent command), and, when the caller expected a revision the stream has moved past, the
 * events right after it, where a retried command's events sit. A command's events are found by their
 * ids, which the retry gives again (or which derive from the command id and the event's index), so one
 * short read fetches all of them.
 * A retry found nowhere in those reads (older than the window, and retried at another revision) is
 * written as new only if the stream is still where the caller expected, which a retry's stale revision
 * is not: it is then refused as a conflict rather than written twice.
 */
export async function readAppendLookup(
  reader: EsdbLogReader,
  streamId: string,
  expected: ExpectedRevision,
  events: readonly NewEvent[],
): Promise<EsdbAppendLookup> {
  const commandId = events[0]?.metadata.commandId;
  const tail = await reader.readStreamTail(streamId, APPEND_TAIL_WINDOW);
  const last = tail[tail.length - 1]?.event;
  const head = last
    ? { lastRevision: last.revision, lastHash: last.hash }
    : { lastRevision: NO_STREAM_REVISION, lastHash: null };
  const earlier = commandId
    ? await findCommand(reader, streamId, commandId, events, tail, expected, head.lastRevision)
    : [];
  return {
    lookup: { eventsOfCommand: () => earlier.map(({ event }) => event), streamHead: () => head },
    earlierAttemptId: earlier[0] && appendAttemptIdOf(earlier[0].stored),
  };
}

async function findCommand(
  reader: EsdbLogReader,
  streamId: string,
  commandId: string,
  events: readonly NewEvent[],
  tail: readonly StreamEvent[],
  expected: ExpectedRevision,
  lastRevision: number,
): Promise<StreamEvent[]> {
  const inTail = tail.filter(({ event }) => event.metadata.commandId === commandId);
  const start =
    inTail.length > 0
      ? commandStart(inTail[0].event, events)
      : expectedSlot(expected, lastRevision, tail[0]?.event.revision);
  if (start === null) return [];
  const runInTail = inTail.length > 0 && start >= tail[0].event.revision;
  // One event past the retry's count, so an earlier command with more events is told apart.
  const run = runInTail ? inTail : await reader.readStream(streamId, start, events.length + 1);
  return run.filter(({ event }) => event.metadata.commandId === commandId);
}

/** No command writes more events than this in one append; it bounds the search for an event's index. */
const MAX_COMMAND_EVENTS = 1_024;

/** The revision of a command's first event, from one of its events and the index its id has in the retry. */
function commandStart(event: RecordedEvent, events: readonly NewEvent[]): number {
  for (let index = 0; index <= Math.min(event.revision, MAX_COMMAND_EVENTS); index++) {
    if (eventIdAt(events, index) === event.eventId) return event.revision - index;
  }
  return event.revision;
}

/** Where the caller's command would be if it was written already: right after the revision it expected, when that is past the tail. */
function expectedSlot(expected: ExpectedRevision, lastRevision: number, tailStart: number | undefined): number | null {
  if (expected === 'any') return null;
  const slot = expected === 'no_stream' ? 0 : expected + 1;
  const beforeTail = tailStart !== undefined && slot < tailStart;
  return slot <= lastRevision && beforeTail ? slot : null;
}
