import {
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type EventData,
  type EventStoreDBClient,
  type Filter,
  type Position,
  type ReadPosition,
  type ReadRevision,
} from '@eventstore/db-client';

type Stored = Readonly<{
  id: string;
  streamId: string;
  revision: bigint;
  type: string;
  isJson: true;
  data: unknown;
  metadata: unknown;
  position: Position;
}>;
type AppendOutcome = Readonly<{ success: boolean; nextExpectedRevision: bigint }>;

/**
 * An in-process stand-in for the few client calls the adapter makes, with the server's semantics that the
 * adapter relies on, as the client's source shows them: expected-revision checks (thrown, or returned as
 * `success: false` with `throwOnAppendFailure=false`), a repeated write of the same ids at the same place
 * answered with success, inclusive read positions, byte-offset positions with gaps, system events in
 * `$all`, and subscriptions that apply their filter on the server and start after their position.
 * It checks the adapter's logic without a server; it is no evidence about EventStoreDB itself.
 */
export class FakeEsdbClient {
  readonly log: Stored[] = [];
  /** Where each subscription asked to start, and with which filter. */
  readonly subscribedFrom: ReadPosition[] = [];
  readonly subscribedWith: Array<Filter | undefined> = [];
  /** How many subscriptions still fail with UNAVAILABLE once they have sent what the log holds. */
  dropsLeft = 0;
  /** Errors the next calls (appends and reads) fail with, one per call, as during a leader election. */
  readonly failNextCalls: Error[] = [];
  /** Errors the next appends fail with after writing, as when the answer is lost or never sent. */
  readonly lostAnswers: Error[] = [];
  /** How many appends were refused for their expected revision. */
  conflicts = 0;
  /** How many events stream reads have returned, to see what an append costs. */
  streamEventsRead = 0;
  private nextPosition = 1_000n;

  constructor(private readonly options: { throwOnAppendFailure?: boolean } = {}) {}

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  /** Writes events as another writer would: the server's own, another namespace's, or no ledger envelope at all. */
  writeForeign(streamId: string, type: string, metadata: Record<string, unknown> = {}): void {
    this.write(streamId, [{ id: `foreign-${this.log.length}`, type, data: {}, metadata }]);
  }

  async appendToStream(
    streamId: string,
    events: EventData[],
    options: { expectedRevision: AppendExpectedRevision },
  ): Promise<AppendOutcome> {
    await Promise.resolve();
    this.failIfAsked();
    const stream = this.stream(streamId);
    const expected = options.expectedRevision;
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    if (expected !== 'any' && expected !== current) {
      const firstAt = expected === NO_STREAM ? 0 : Number(expected) + 1;
      const twin = events.every((event, index) => stream[firstAt + index]?.id === event.id);
      if (twin) return { success: true, nextExpectedRevision: BigInt(firstAt + events.length - 1) };
      this.conflicts++;
      // As the client's batch append computes it: `BigInt(hasCurrentStreamRevision())`, 1 for any existing stream.
      if (this.options.throwOnAppendFailure === false)
        return { success: false, nextExpectedRevision: current === NO_STREAM ? -1n : 1n };
      throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected, current });
    }
    this.write(streamId, events);
    const lostAnswer = this.lostAnswers.shift();
    if (lostAnswer) throw lostAnswer;
    return { success: true, nextExpectedRevision: BigInt(this.stream(streamId).length - 1) };
  }

  async *readStream(
    streamId: string,
    options: { fromRevision: ReadRevision; direction?: 'forwards' | 'backwards'; maxCount: number },
  ): AsyncGenerator<{ event: Stored }> {
    this.failIfAsked();
    const stream = this.stream(streamId);
    if (stream.length === 0) throw new StreamNotFoundError(undefined, streamId);
    const { fromRevision, direction = 'forwards', maxCount } = options;
    const from = fromRevision === START ? 0 : fromRevision === END ? stream.length - 1 : Number(fromRevision);
    const selected =
      direction === 'forwards'
        ? stream.slice(from, from + maxCount)
        : stream.slice(Math.max(0, from + 1 - maxCount), from + 1).reverse();
    for (const event of selected) {
      this.streamEventsRead++;
      yield { event };
    }
  }

  /**
   * The client's `readAll` takes no filter: it asks the server for every event, system ones included. A
   * position where no record starts fails, as on the server, which would parse the middle of a record.
   */
  async *readAll(options: {
    fromPosition: ReadPosition;
    direction: 'forwards' | 'backwards';
    maxCount: number;
  }): AsyncGenerator<{ event: Stored }> {
    this.failIfAsked();
    const { fromPosition, direction, maxCount } = options;
    if (typeof fromPosition !== 'string' && !this.log.some((event) => event.position.commit === fromPosition.commit)) {
      throw new Error('2 UNKNOWN: Unexpected ReadAllResult: Error');
    }
    const ordered = direction === 'forwards' ? this.log : [...this.log].reverse();
    const inRange = ordered.filter((event) => {
      if (typeof fromPosition === 'string') return true;
      return direction === 'forwards'
        ? event.position.commit >= fromPosition.commit
        : event.position.commit < fromPosition.commit;
    });
    for (const event of inRange.slice(0, maxCount)) yield { event };
  }

  /**
   * Sends the log after `fromPosition` (the event at that position itself is not sent again), through the
   * filter as the server applies it, then drops, or follows new writes until unsubscribed.
   */
  subscribeToAll(options: { fromPosition: ReadPosition; filter?: Filter }) {
    this.subscribedFrom.push(options.fromPosition);
    this.subscribedWith.push(options.filter);
    const state = { open: true };
    return {
      unsubscribe: async () => {
        state.open = false;
      },
      [Symbol.asyncIterator]: () => this.follow(options.fromPosition, options.filter, state),
    };
  }

  private async *follow(
    from: ReadPosition,
    filter: Filter | undefined,
    state: { open: boolean },
  ): AsyncGenerator<{ event: Stored }> {
    const passes = (event: Stored) => matchesFilter(event, filter);
    yield* this.log
      .filter((event) => (typeof from === 'string' || event.position.commit > from.commit) && passes(event))
      .map((event) => ({ event }));
    if (this.dropsLeft > 0) {
      this.dropsLeft--;
      throw new UnavailableError(undefined, 'connection reset');
    }
    for (let seen = this.log.length; state.open; await new Promise((resolve) => setTimeout(resolve, 2))) {
      const fresh = this.log.slice(seen);
      seen = this.log.length;
      yield* fresh.filter(passes).map((event) => ({ event }));
    }
  }

  private failIfAsked(): void {
    const failure = this.failNextCalls.shift();
    if (failure) throw failure;
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
      this.log.push({
        id: event.id,
        streamId,
        revision: BigInt(revision + index),
        type: event.type,
        isJson: true,
        data: structuredClone(event.data),
        metadata: structuredClone(event.metadata),
        position,
      });
    });
  }
}

/** The server's filter: on the stream name or the event type, by any of the prefixes or by the regex. */
function matchesFilter(event: Stored, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
  return 'prefixes' in filter
    ? filter.prefixes.some((prefix) => subject.startsWith(prefix))
    : new RegExp(filter.regex).test(subject);
}
