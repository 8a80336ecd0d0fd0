import type { NewEvent, RecordedEvent } from '../event-envelope';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';
import { appendResult, planAppend, type AppendLookup } from '../append-plan';
import { SubscriptionRegistry } from '../catch-up-subscription';

const SUBSCRIPTION_PAGE_SIZE = 100;

/**
 * The store for unit tests: the same append rules and hash chain as the embedded store, held in arrays.
 * Each append runs to completion synchronously, so appends are atomic and positions gap-free by construction.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly commands = new Map<string, RecordedEvent[]>();
  private readonly subscriptions = new SubscriptionRegistry();
  private closed = false;

  private readonly lookup: AppendLookup = {
    eventsOfCommand: (commandId) => this.commands.get(commandId) ?? [],
    streamHead: (streamId) => {
      const last = this.streams.get(streamId)?.at(-1);
      return { lastRevision: last?.revision ?? -1, lastHash: last?.hash ?? null };
    },
  };

  async append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult> {
    this.assertOpen();
    const plan = planAppend(this.lookup, streamId, expected, events);
    if (plan.kind === 'duplicate') return plan.result;
    const recorded = plan.events.map((event, index) => ({ ...event, globalPosition: this.log.length + 1 + index }));
    this.log.push(...recorded);
    this.streams.set(streamId, [...(this.streams.get(streamId) ?? []), ...recorded]);
    this.commands.set(recorded[0].metadata.commandId, recorded);
    this.subscriptions.announce(recorded);
    return appendResult(recorded, false);
  }

  async readStream(streamId: string, options: { fromRevision?: number } = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return (this.streams.get(streamId) ?? []).filter((event) => event.revision >= (options.fromRevision ?? 0));
  }

  async readAll(options: { after?: number; limit?: number } = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    // Positions are array index + 1, so `after` is the index to start from.
    const start = Math.max(0, options.after ?? 0);
    return this.log.slice(start, options.limit === undefined ? undefined : start + options.limit);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.log.length;
  }

  subscribeToAll(checkpoint: number, handler: SubscriptionHandler): Subscription {
    this.assertOpen();
    return this.subscriptions.subscribe({
      readAll: (options) => this.readAll(options),
      checkpoint,
      handler,
      pageSize: SUBSCRIPTION_PAGE_SIZE,
    });
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreError(EventStoreErrorCode.Unavailable, 'The in-memory event store is closed');
  }
}
