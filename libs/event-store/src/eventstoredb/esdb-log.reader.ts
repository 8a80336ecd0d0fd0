import {
  BACKWARDS,
  END,
  ErrorType,
  FORWARDS,
  isCommandError,
  START,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type Position,
  type ReadPosition,
  type ReadRevision,
} from '@eventstore/db-client';
import type { RecordedEvent } from '../event-envelope';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';
import { toEventStoreError } from './esdb-error.mapper';
import { fromEsdbEvent, type EsdbStoredEvent } from './esdb-event.mapper';
import { LogBoundaries } from './esdb-log-boundaries';
import { toUnsignedBigInt } from './esdb-revision.mapper';
import { isSystemEventType, type EsdbStreamNamespace } from './esdb-stream-namespace';

/**
 * `$all` holds other writers' and the server's events too. The client's `readAll` (6.2.1, its last
 * release) sends no filter to the server, so `$all` is read in pages and filtered here; subscriptions
 * do filter on the server.
 */
const ALL_PAGE_SIZE = 512;

/** One stream event as the port's envelope, with the raw client event beside it. */
export type StreamEvent = Readonly<{ stored: EsdbStoredEvent; event: RecordedEvent }>;

/**
 * Reads the ledger's view of EventStoreDB: one stream, or `$all` without system events, without streams
 * outside the namespace, and without events in it that are no ledger envelope (skipped with a warning:
 * another writer's event must not stop the ledger). Every client error leaves here as a port error.
 */
export class EsdbLogReader {
  private readonly boundaries = new LogBoundaries();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly namespace: EsdbStreamNamespace,
  ) {}

  /**
   * A stream's events from `fromRevision` on, with the raw client events beside them for callers that
   * need what the envelope leaves out. `requiresLeader` makes a read right after a write see that write.
   */
  readStream(streamId: string, fromRevision = 0, maxCount?: number): Promise<StreamEvent[]> {
    return this.read(
      streamId,
      toUnsignedBigInt(fromRevision, 'From revision'),
      FORWARDS,
      maxCount ?? Number.MAX_SAFE_INTEGER,
    );
  }

  /** A stream's last `count` events, in revision order. */
  async readStreamTail(streamId: string, count: number): Promise<StreamEvent[]> {
    return (await this.read(streamId, END, BACKWARDS, count)).reverse();
  }

  private async read(
    streamId: string,
    fromRevision: ReadRevision,
    direction: typeof FORWARDS | typeof BACKWARDS,
    maxCount: number,
  ): Promise<StreamEvent[]> {
    const read = this.client.readStream(this.namespace.toStreamName(streamId), {
      fromRevision,
      direction,
      maxCount,
      requiresLeader: true,
    });
    const events: StreamEvent[] = [];
    try {
      for await (const resolved of read) {
        if (!resolved.event) continue;
        if (resolved.event.position) this.boundaries.add(resolved.event.position.commit);
        events.push({ stored: resolved.event, event: fromEsdbEvent(resolved.event, streamId) });
      }
    } catch (error) {
      if (error instanceof Error && isCommandError(error) && error.type === ErrorType.STREAM_NOT_FOUND) return [];
      throw toEventStoreError(error, { operation: 'Reading a stream', streamId });
    }
    return events;
  }

  /** The ledger's events after `after` in log order, at most `limit`, paging past everything filtered out. */
  async readAllAfter(after: number, limit = Number.POSITIVE_INFINITY): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let floor = toUnsignedBigInt(after, 'Global position');
    const start = after === 0 ? null : this.boundaries.atOrBefore(floor);
    let from: ReadPosition = start === null ? START : { commit: start, prepare: start };
    while (events.length < limit) {
      const page = await this.readAllPage(from, FORWARDS);
      for (const resolved of page) {
        const position = resolved.event?.position;
        if (!position || position.commit <= floor) continue;
        const event = this.toLedgerEvent(resolved);
        if (event) events.push(event);
        if (events.length === limit) break;
      }
      const last = page[page.length - 1]?.event?.position;
      if (page.length < ALL_PAGE_SIZE || !last) break;
      // Read positions are inclusive: the next page starts at the last event seen, which `floor` skips.
      floor = last.commit;
      from = last;
    }
    return events;
  }

  /** The position of the ledger's last event, 0 when it has none: `$all` read backwards to the first one. */
  async headPosition(): Promise<number> {
    let from: ReadPosition = END;
    for (;;) {
      const page = await this.readAllPage(from, BACKWARDS);
      const newest = page.map((resolved) => this.toLedgerEvent(resolved)).find((event) => event !== null);
      if (newest) return newest.globalPosition;
      const oldest: Position | undefined = page[page.length - 1]?.event?.position;
      if (page.length < ALL_PAGE_SIZE || !oldest) return 0;
      from = oldest;
    }
  }

  /**
   * The port's envelope for an event of `$all`, or null when it is a system event, another namespace's,
   * or no ledger envelope at all (a foreign writer's event under the ledger's prefix), which is skipped
   * with a warning: the ledger never wrote it, and refusing it would stop every reader for good.
   */
  toLedgerEvent(resolved: AllStreamResolvedEvent): RecordedEvent | null {
    const stored = resolved.event;
    if (stored?.position) this.boundaries.add(stored.position.commit);
    if (!stored || isSystemEventType(stored.type)) return null;
    const streamId = this.namespace.toStreamId(stored.streamId);
    if (streamId === null) return null;
    try {
      return fromEsdbEvent(stored, streamId);
    } catch (error) {
      if (!(error instanceof EventStoreError) || error.code !== EventStoreErrorCode.InvalidEvent) throw error;
      process.emitWarning(
        `Skipped an event that is not the ledger's: ${error.message}`,
        'EventStoreForeignEventWarning',
      );
      return null;
    }
  }

  private async readAllPage(
    from: ReadPosition,
    direction: typeof FORWARDS | typeof BACKWARDS,
  ): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readAll({ fromPosition: from, direction, maxCount: ALL_PAGE_SIZE })) {
        if (resolved.event?.position) this.boundaries.add(resolved.event.position.commit);
        page.push(resolved);
      }
    } catch (error) {
      throw toEventStoreError(error, { operation: 'Reading $all' });
    }
    return page;
  }
}
