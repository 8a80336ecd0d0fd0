import type { EventStore, NewEvent, RecordedEvent } from '@ledger/event-store';

/** The migration cannot continue without corrupting or misreporting the target; nothing after it was written. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export type CopySummary = {
  copiedEvents: number;
  copiedCommands: number;
  /** Already in the target from an earlier, interrupted run. */
  skippedEvents: number;
  skippedCommands: number;
  /** Every stream the source holds, in order of first appearance. */
  streamIds: string[];
};

export type CopyOptions = Readonly<{
  pageSize?: number;
  /** Called after each page with the global position read up to. */
  onPage?: (position: number) => void;
}>;

/** What the target holds of one stream: its hashes by revision, read once and then kept up to date. */
type TargetStream = { hashes: string[] };

/**
 * Copies the source's log into the target in global order, one append per original command (events of
 * one command are consecutive in the log), each at the exact revision it had and under its own id. The
 * target seals the events itself, so hashes are recomputed there; each is checked against the source's.
 * What the target already holds, from an interrupted run, is checked the same way and skipped.
 */
export async function copyEvents(
  source: EventStore,
  target: EventStore,
  options: CopyOptions = {},
): Promise<CopySummary> {
  const pageSize = options.pageSize ?? 500;
  const summary: CopySummary = {
    copiedEvents: 0,
    copiedCommands: 0,
    skippedEvents: 0,
    skippedCommands: 0,
    streamIds: [],
  };
  const streams = new Map<string, TargetStream>();
  const targetStream = async (streamId: string): Promise<TargetStream> => {
    let stream = streams.get(streamId);
    if (!stream) {
      stream = { hashes: (await target.readStream(streamId)).map((event) => event.hash) };
      streams.set(streamId, stream);
      summary.streamIds.push(streamId);
    }
    return stream;
  };
  const copyCommand = async (events: readonly RecordedEvent[]) => {
    const outcome = await copyOneCommand(target, await targetStream(events[0].streamId), events);
    if (outcome === 'copied') {
      summary.copiedEvents += events.length;
      summary.copiedCommands += 1;
    } else {
      summary.skippedEvents += events.length;
      summary.skippedCommands += 1;
    }
  };

  let command: RecordedEvent[] = [];
  for (let after = 0; ;) {
    const page = await source.readAll({ after, limit: pageSize });
    for (const event of page) {
      if (command.length > 0 && !continuesCommand(command[command.length - 1], event)) {
        await copyCommand(command);
        command = [];
      }
      command.push(event);
    }
    if (page.length > 0) options.onPage?.(page[page.length - 1].globalPosition);
    if (page.length < pageSize) break;
    after = page[page.length - 1].globalPosition;
  }
  if (command.length > 0) await copyCommand(command);
  return summary;
}

const continuesCommand = (previous: RecordedEvent, next: RecordedEvent) =>
  next.streamId === previous.streamId &&
  next.metadata.commandId === previous.metadata.commandId &&
  next.revision === previous.revision + 1;

async function copyOneCommand(
  target: EventStore,
  stream: TargetStream,
  events: readonly RecordedEvent[],
): Promise<'copied' | 'skipped'> {
  const { streamId, revision: first } = events[0];
  const last = first + events.length - 1;
  if (last < stream.hashes.length) {
    for (const event of events) assertSameHash(event, stream.hashes[event.revision], 'holds');
    return 'skipped';
  }
  if (first !== stream.hashes.length) {
    throw new MigrationError(
      `The target's ${streamId} ends at revision ${stream.hashes.length - 1}, but the source's next command starts at ${first}: they hold different histories`,
    );
  }
  const appended = await target.append(streamId, first === 0 ? 'no_stream' : first - 1, events.map(asNewEvent));
  events.forEach((event, index) => {
    const written = appended.events[index];
    if (written?.eventId !== event.eventId || written.revision !== event.revision) {
      throw new MigrationError(
        `The target wrote ${streamId}@${event.revision} as ${written?.eventId}@${written?.revision}, not as event ${event.eventId}`,
      );
    }
    assertSameHash(event, written.hash, 'computed');
    stream.hashes.push(written.hash);
  });
  return 'copied';
}

function assertSameHash(event: RecordedEvent, targetHash: string | undefined, verb: 'holds' | 'computed'): void {
  if (targetHash !== event.hash) {
    throw new MigrationError(
      `The target ${verb} hash ${targetHash} for ${event.streamId}@${event.revision}; the source has ${event.hash}`,
    );
  }
}

/** Exactly what the original command appended, under the ids it was stored with: the target computes the same hashes. */
const asNewEvent = (event: RecordedEvent): NewEvent => ({
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
});
