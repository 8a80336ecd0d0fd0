import type { RecordedEvent } from './event-envelope';
import type { Subscription, SubscriptionHandler } from './event-store.port';

export type CatchUpSubscriptionOptions = Readonly<{
  readAll: (options: { after: number; limit: number }) => Promise<RecordedEvent[]>;
  checkpoint: number;
  handler: SubscriptionHandler;
  pageSize: number;
  /** Re-reads the log this often while idle, to see writes no in-process signal announces; none when absent. */
  pollIntervalMs?: number;
  /** Called once when delivery has stopped, for whatever reason. */
  onStop?: () => void;
}>;

/**
 * Catch-up and live are one loop: read the log page by page after the last delivered position, then wait
 * for a commit signal (or the poll timer) and read again. Because every page starts right after the
 * checkpoint, and the checkpoint only moves after the handler returns, there is no hand-over between
 * catch-up and live where an event could be missed or delivered twice.
 *
 * The store hands over what it has just committed (`offer`), so a subscription at the head takes its next
 * page from there instead of reading and parsing it back; only events that follow the checkpoint without a
 * gap are taken that way, and anything else (a gap, another process's writes, too much pending) is read
 * from the log as before.
 *
 * A handler that throws stops the subscription: skipping the event would break "exactly once", retrying it
 * forever would stall silently. The error is raised as a process warning. Do not await `close()` from inside
 * the handler: close waits for the handler to return.
 */
export class CatchUpSubscription implements Subscription {
  private stopped = false;
  /** Set by `notify`, so a commit signalled while a page was being read is not slept through. */
  private signalled = false;
  private wakeIdleLoop: (() => void) | null = null;
  private readonly stoppedDelivering: Promise<void>;
  /** Committed events offered by the store, in global order, not yet delivered. */
  private offered: RecordedEvent[] = [];

  constructor(private readonly options: CatchUpSubscriptionOptions) {
    this.stoppedDelivering = this.deliver().finally(() => options.onStop?.());
  }

  /** Events just committed, in global order: kept to be delivered from memory, and a signal to go on. */
  offer(events: readonly RecordedEvent[]): void {
    // A subscriber this far behind reads from the log; memory holds at most one page for it.
    if (this.offered.length + events.length > this.options.pageSize) this.offered = [];
    else this.offered.push(...events);
    this.notify();
  }

  /** New events may be in the log: read again now. */
  private notify(): void {
    this.signalled = true;
    this.wakeIdleLoop?.();
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.wakeIdleLoop?.();
    await this.stoppedDelivering;
  }

  private async deliver(): Promise<void> {
    const { readAll, handler, pageSize } = this.options;
    let checkpoint = this.options.checkpoint;
    try {
      while (!this.stopped) {
        this.signalled = false;
        const offered = this.takeOffered(checkpoint);
        const page = offered.length > 0 ? offered : await readAll({ after: checkpoint, limit: pageSize });
        for (const event of page) {
          if (this.stopped) return;
          await handler(event);
          checkpoint = event.globalPosition;
        }
        if (page.length < pageSize) await this.idle();
      }
    } catch (error) {
      process.emitWarning(
        `Subscription stopped after position ${checkpoint}: ${String(error)}`,
        'EventStoreSubscriptionWarning',
      );
    }
  }

  /** The offered events that follow `checkpoint` without a gap; older ones are dropped, later ones kept. */
  private takeOffered(checkpoint: number): RecordedEvent[] {
    const start = this.offered.findIndex((event) => event.globalPosition > checkpoint);
    if (start === -1) {
      this.offered = [];
      return [];
    }
    let end = start;
    while (end < this.offered.length && this.offered[end].globalPosition === checkpoint + 1 + (end - start)) end++;
    const page = this.offered.slice(start, end);
    this.offered = this.offered.slice(end);
    return page;
  }

  private idle(): Promise<void> {
    if (this.signalled || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer =
        this.options.pollIntervalMs === undefined ? undefined : setTimeout(() => wake(), this.options.pollIntervalMs);
      const wake = () => {
        clearTimeout(timer);
        this.wakeIdleLoop = null;
        resolve();
      };
      this.wakeIdleLoop = wake;
    });
  }
}

/** The open subscriptions of one store: handed each commit's events, all closed when the store closes. */
export class SubscriptionRegistry {
  private readonly open = new Set<CatchUpSubscription>();

  subscribe(options: Omit<CatchUpSubscriptionOptions, 'onStop'>): Subscription {
    const subscription: CatchUpSubscription = new CatchUpSubscription({
      ...options,
      onStop: () => this.open.delete(subscription),
    });
    this.open.add(subscription);
    return subscription;
  }

  /** The events a commit wrote, in global order. */
  announce(events: readonly RecordedEvent[]): void {
    for (const subscription of this.open) subscription.offer(events);
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.open].map((subscription) => subscription.close()));
  }
}
