import { randomUUID } from 'node:crypto';
import type { EventStoreDBClient } from '@eventstore/db-client';
import { appendResult, planAppend } from '../append-plan';
import type { NewEvent, RecordedEvent } from '../event-envelope';
import { EventStoreError, EventStoreErrorCode, WrongExpectedRevisionError } from '../event-store.errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import type { SealedEvent } from '../hashed-envelope';
import { readAppendLookup } from './esdb-append-lookup';
import { EsdbCatchUpSubscription } from './esdb-catch-up.subscription';
import { clientFromConnectionString } from './esdb-connection-string';
import { toEventStoreError } from './esdb-error.mapper';
import { appendAttemptIdOf, toEsdbEventData } from './esdb-event.mapper';
import { EsdbLogReader } from './esdb-log.reader';
import { toReadPosition } from './esdb-position.mapper';
import { expectedRevisionAt, NO_STREAM_REVISION, toEsdbExpectedRevision, toSafeNumber } from './esdb-revision.mapper';
import { EsdbStreamNamespace } from './esdb-stream-namespace';
import { DEFAULT_LEADER_RETRY, retryOnLeaderChange, type LeaderRetrySettings } from './leader-retry';
import { DEFAULT_RECONNECT_BACKOFF, type BackoffSettings } from './reconnect-backoff';

export type EventStoreDbEventStoreOptions = Readonly<{
  /**
   * Every ledger stream is under this prefix (default `ledger.`), and `$all` is read through it: streams
   * outside it are other writers' and never seen. Several ledgers or test runs share a cluster under their own.
   */
  streamPrefix?: string;
  /** How appends and reads are repeated while the cluster elects a leader. */
  leaderRetry?: LeaderRetrySettings;
  /** How subscriptions wait before subscribing again after a dropped connection. */
  reconnectBackoff?: BackoffSettings;
  /** How often an append with expected revision 'any' re-reads and retries when another writer got in first. */
  maxAppendAttempts?: number;
}>;

const DEFAULT_MAX_APPEND_ATTEMPTS = 25;

/**
 * The EventStore port on EventStoreDB (and KurrentDB). One ESDB stream per port stream; data in the
 * event's data, the rest of the envelope in its metadata; global positions are commit positions.
 *
 * An append first reads what it needs, however long the stream (see `readAppendLookup`): the last hash to
 * chain to, the revision to check the caller's against, and a retried command's earlier events (the first
 * result comes back with `duplicate: true`). The write is then pinned to the revision that was read, also
 * for 'any', so no other write can slip in between the read and the hash chain it fed; an 'any' append
 * that loses that race reads again and retries, a bounded number of times. Retries are detected per
 * stream: a command id reused on another stream is not noticed here, unlike in the embedded store.
 *
 * Reads and appends go to the leader so an append's read sees the previous append; while the cluster
 * elects a new one they are repeated (see `retryOnLeaderChange`). A conflict is a conflict whether the
 * client throws it or, with `throwOnAppendFailure=false` in the connection string, returns it.
 *
 * Reading `$all` needs a user the server lets read it: by its default ACL only members of `$admins`
 * (`$all` is a system stream; `$ops` may not), unless `$all`'s own ACL (`$$$all`) grants the ledger's
 * user `$r`. Writing needs `$w` on the ledger's streams, which any user has by the default user ACL.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly namespace: EsdbStreamNamespace;
  private readonly reader: EsdbLogReader;
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {
    this.namespace = new EsdbStreamNamespace(options.streamPrefix);
    this.reader = new EsdbLogReader(client, this.namespace);
  }

  /** TLS, credentials and cluster discovery all come from the connection string. */
  static fromConnectionString(
    connectionString: string,
    options: EventStoreDbEventStoreOptions = {},
  ): EventStoreDbEventStore {
    return new EventStoreDbEventStore(clientFromConnectionString(connectionString), options);
  }

  append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult> {
    // One id for the whole call: a write whose answer was lost in an election is found as this call's own.
    const appendAttemptId = randomUUID();
    return retryOnLeaderChange(
      () => this.appendOnce(streamId, expected, events, appendAttemptId),
      this.leaderRetry(),
      true,
    );
  }

  private async appendOnce(
    streamId: string,
    expected: ExpectedRevision,
    events: readonly NewEvent[],
    appendAttemptId: string,
  ): Promise<AppendResult> {
    const maxAttempts = this.options.maxAppendAttempts ?? DEFAULT_MAX_APPEND_ATTEMPTS;
    for (let attempt = 1; ; attempt++) {
      const { lookup, earlierAttemptId } = await readAppendLookup(this.reader, streamId, expected, events);
      const plan = planAppend(lookup, streamId, expected, events);
      if (plan.kind === 'duplicate') return { ...plan.result, duplicate: earlierAttemptId !== appendAttemptId };
      try {
        return await this.write(streamId, plan.events, appendAttemptId);
      } catch (error) {
        // After a conflict the next read tells a retry won by a twin of this command from a real conflict,
        // which `planAppend` then reports with the stream's actual revision.
        const conflict = error instanceof EventStoreError && error.code === EventStoreErrorCode.WrongExpectedRevision;
        if (!conflict || attempt >= maxAttempts) throw error;
        await spreadRetries(attempt);
      }
    }
  }

  async readStream(streamId: string, options?: { fromRevision?: number }): Promise<RecordedEvent[]> {
    const events = await this.withLeaderRetry(() => this.reader.readStream(streamId, options?.fromRevision ?? 0));
    return events.map(({ event }) => event);
  }

  readAll(options?: { after?: number; limit?: number }): Promise<RecordedEvent[]> {
    return this.withLeaderRetry(() => this.reader.readAllAfter(options?.after ?? 0, options?.limit));
  }

  headPosition(): Promise<number> {
    return this.withLeaderRetry(() => this.reader.headPosition());
  }

  subscribeToAll(checkpoint: number, handler: SubscriptionHandler): Subscription {
    // A bad checkpoint is the caller's bug: refuse it here rather than inside the background loop.
    toReadPosition(checkpoint);
    const subscription: Subscription = new EsdbCatchUpSubscription({
      client: this.client,
      reader: this.reader,
      namespace: this.namespace,
      checkpoint,
      handler,
      backoff: this.options.reconnectBackoff ?? DEFAULT_RECONNECT_BACKOFF,
      onStop: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  private withLeaderRetry<T>(operation: () => Promise<T>): Promise<T> {
    return retryOnLeaderChange(operation, this.leaderRetry());
  }

  private leaderRetry(): LeaderRetrySettings {
    return this.options.leaderRetry ?? DEFAULT_LEADER_RETRY;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  private async currentRevision(streamId: string): Promise<number> {
    const [last] = await this.reader.readStreamTail(streamId, 1);
    return last ? last.event.revision : NO_STREAM_REVISION;
  }

  /**
   * Writes sealed events at exactly the revision they were sealed after, then reads them back for their
   * log positions. The server answers a repeated write of the same event ids with success, so whether
   * this call wrote them is told by the attempt id stored with them.
   */
  private async write(
    streamId: string,
    events: readonly SealedEvent[],
    appendAttemptId: string,
  ): Promise<AppendResult> {
    const expected = expectedRevisionAt(events[0].revision - 1);
    let written: Awaited<ReturnType<EventStoreDBClient['appendToStream']>>;
    try {
      written = await this.client.appendToStream(
        this.namespace.toStreamName(streamId),
        events.map((event) => toEsdbEventData(event, appendAttemptId)),
        { expectedRevision: toEsdbExpectedRevision(expected), requiresLeader: true },
      );
    } catch (error) {
      throw toEventStoreError(error, { operation: 'Appending', streamId, expected });
    }
    // With `throwOnAppendFailure=false` the client returns a conflict instead of throwing it. The revision it
    // returns is not the stream's (its batch append reports 1 for any existing stream), so it is read here.
    if (!written.success)
      throw new WrongExpectedRevisionError(streamId, expected, await this.currentRevision(streamId));
    const lastRevision = toSafeNumber(written.nextExpectedRevision, 'Stream revision');
    const stored = await this.reader.readStream(streamId, lastRevision - events.length + 1, events.length);
    if (
      !stored.every(({ event }, index) => event.eventId === events[index]?.eventId) ||
      stored.length !== events.length
    ) {
      throw new EventStoreError(
        EventStoreErrorCode.IdempotencyMismatch,
        `Append to ${streamId} was acknowledged, but the stream holds other events where it says they are`,
      );
    }
    const duplicate = appendAttemptIdOf(stored[0].stored) !== appendAttemptId;
    return appendResult(
      stored.map(({ event }) => event),
      duplicate,
    );
  }
}

/** Writers that collided would collide again if they retried in lockstep; a short random pause parts them. */
function spreadRetries(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
}
