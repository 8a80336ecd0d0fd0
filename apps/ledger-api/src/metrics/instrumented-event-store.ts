import {
  EventStoreError,
  EventStoreErrorCode,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  type Subscription,
  type SubscriptionHandler,
} from '@ledger/event-store';
import type { LedgerMetrics } from './ledger-metrics';

/** The store with its appends and conflicts counted; every other call passes straight through. */
export class InstrumentedEventStore implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly metrics: LedgerMetrics,
  ) {}

  async append(streamId: string, expected: ExpectedRevision, events: readonly NewEvent[]): Promise<AppendResult> {
    try {
      const result = await this.store.append(streamId, expected, events);
      this.metrics.appends.inc({ result: result.duplicate ? 'duplicate' : 'written' });
      if (!result.duplicate) this.metrics.appendedEvents.inc(result.events.length);
      return result;
    } catch (error) {
      if (error instanceof EventStoreError && error.code === EventStoreErrorCode.WrongExpectedRevision)
        this.metrics.appendConflicts.inc();
      throw error;
    }
  }

  readStream(streamId: string, options?: { fromRevision?: number }): Promise<RecordedEvent[]> {
    return this.store.readStream(streamId, options);
  }

  readAll(options?: { after?: number; limit?: number }): Promise<RecordedEvent[]> {
    return this.store.readAll(options);
  }

  headPosition(): Promise<number> {
    return this.store.headPosition();
  }

  subscribeToAll(checkpoint: number, handler: SubscriptionHandler): Subscription {
    return this.store.subscribeToAll(checkpoint, handler);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
