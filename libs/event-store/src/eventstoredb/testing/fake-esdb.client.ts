import { NO_STREAM, StreamNotFoundError, UnavailableError, WrongExpectedVersionError, type AppendExpectedRevision, type EventData, type EventStoreDBClient, type Position, type ReadPosition } from '@eventstore/db-client';

type Stored = Readonly<{ id: string; streamId: string; revision: bigint; type: string; isJson: true; data: unknown; metadata: unknown; position: Position }>;

/**
 * An in-process stand-in for the few client calls the adapter makes, with the server's semantics that the
 * adapter relies on: expected-revision checks, a repeated write of the same ids at the same place answered
 * with success, inclusive read positions, byte-offset positions with gaps, and system events in `$all`.
 * It checks the adapter's logic without a server; it is no evidence about EventStoreDB itself.
 */
export class FakeEsdbClient {
  readonly log: Stored[] = [];
  /** Where each subscription asked to start. */
  readonly subscribedFrom: ReadPosition[] = [];
  /** How many subscriptions still fail with UNAVAILABLE once they have sent what the log holds. */
  dropsLeft = 0;
  private nextPosition = 1_000n;

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  /** Writes events as another writer would: the server's own, or another namespace's. */
  writeForeign(streamId: string, type: string): void {
    this.write(streamId, [{ id: `foreign-${this.log.length}`, type, data: {}, metadata: {} }]);
  }

  async appendToStream(streamId: string, events: EventData[], options: { expectedRevision: AppendExpectedRevision }): Promise<{ success: true; nextExpectedRevision: bigint }> {
    await Promise.resolve();
    const stream = this.stream(streamId);
    const expected = options.expectedRevision;
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    if (expected !== 'any' && expected !== current) {
      const firstAt = expected === NO_STREAM ? 0 : Number(expected) + 1;
      const twin = events.every((event, index) => stream[firstAt + index]?.id === event.id);
      if (twin) return { success: true, nextExpectedRevision: BigInt(firstAt + events.length - 1) };
      throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected, current });
    }
    this.write(streamId, events);
    return { success: true, nextExpectedRevision: BigInt(this.stream(streamId).length - 1) };
  }

  async *readStream(streamId: string, options: { fromRevision: bigint; maxCount: number }): AsyncGenerator<{ event: Stored }> {
    const stream = this.stream(streamId);
    if (stream.length === 0) throw new StreamNotFoundError(undefined, streamId);
    for (const event of stream.slice(Number(options.fromRevision), Number(options.fromRevision) + options.maxCount)) yield { event };
  }

  async *readAll(options: { fromPosition: ReadPosition; direction: 'forwards' | 'backwards'; maxCount: number }): AsyncGenerator<{ event: Stored }> {
    const { fromPosition, direction, maxCount } = options;
    const ordered = direction === 'forwards' ? this.log : [...this.log].reverse();
    const inRange = ordered.filter((event) => {
      if (typeof fromPosition === 'string') return true;
      return direction === 'forwards' ? event.position.commit >= fromPosition.commit : event.position.commit < fromPosition.commit;
    });
    for (const event of inRange.slice(0, maxCount)) yield { event };
  }

  /** Sends the log from `fromPosition` on (inclusively), then drops, or follows new writes until unsubscribed. */
  subscribeToAll(options: { fromPosition: ReadPosition }) {
    this.subscribedFrom.push(options.fromPosition);
    const state = { open: true };
    return {
      unsubscribe: async () => {
        state.open = false;
      },
      [Symbol.asyncIterator]: () => this.follow(options.fromPosition, state),
    };
  }

  private async *follow(from: ReadPosition, state: { open: boolean }): AsyncGenerator<{ event: Stored }> {
    yield* this.log.filter((event) => typeof from === 'string' || event.position.commit >= from.commit).map((event) => ({ event }));
    if (this.dropsLeft > 0) {
      this.dropsLeft--;
      throw new UnavailableError(undefined, 'connection reset');
    }
    for (let seen = this.log.length; state.open; await new Promise((resolve) => setTimeout(resolve, 2))) {
      const fresh = this.log.slice(seen);
      seen = this.log.length;
      yield* fresh.map((event) => ({ event }));
    }
  }

  private stream(streamId: string): Stored[] {
    return this.log.filter((event) => event.streamId === streamId);
  }

  private write(streamId: string, events: ReadonlyArray<Pick<EventData, 'id' | 'type' | 'data' | 'metadata'>>): void {
    const revision = this.stream(streamId).length;
    events.forEach((event, index) => {
      this.nextPosition += 137n;
      const position = { commit: this.nextPosition, prepare: this.nextPosition };
      // Stored as the server stores JSON: a copy, so later changes to the caller's objects do not show.
      this.log.push({ id: event.id, streamId, revision: BigInt(revision + index), type: event.type, isJson: true, data: structuredClone(event.data), metadata: structuredClone(event.metadata), position });
    });
  }
}
