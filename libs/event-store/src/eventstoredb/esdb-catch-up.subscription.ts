import {
  streamNameFilter,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Filter,
} from '@eventstore/db-client';
import type { Subscription, SubscriptionHandler } from '../event-store.port';
import { toEventStoreError } from './esdb-error.mapper';
import type { EsdbLogReader } from './esdb-log.reader';
import { toReadPosition } from './esdb-position.mapper';
import type { EsdbStreamNamespace } from './esdb-stream-namespace';
import { reconnectDelayMs, type BackoffSettings } from './reconnect-backoff';

export type EsdbCatchUpSubscriptionOptions = Readonly<{
  client: EventStoreDBClient;
  reader: EsdbLogReader;
  namespace: EsdbStreamNamespace;
  checkpoint: number;
  handler: SubscriptionHandler;
  backoff: BackoffSettings;
  /** Called once when delivery has stopped, for whatever reason. */
  onStop: () => void;
}>;

/**
 * A catch-up subscription to `$all` that survives dropped connections: when the server or the network
 * ends it, it subscribes again from the last position the handler finished, after a capped, doubling
 * delay, for as long as it is open. The server sends only the streams under the ledger's prefix; the
 * reader's check runs as well and skips, with a warning, whatever there is no ledger envelope (a foreign
 * writer's event under the prefix), so no event the ledger did not write can stop it.
 *
 * The server starts a subscription after its position; events at or before the last delivered position
 * are dropped all the same, so delivery stays exactly-once if a server ever sent it again. A handler that
 * throws stops the subscription, as in the embedded store: skipping the event would break "exactly once",
 * and resubscribing would meet it again.
 */
export class EsdbCatchUpSubscription implements Subscription {
  private closed = false;
  private lastDelivered: number;
  private current: AllStreamSubscription | null = null;
  private wakeFromBackoff: (() => void) | null = null;
  private readonly stoppedDelivering: Promise<void>;

  constructor(private readonly options: EsdbCatchUpSubscriptionOptions) {
    this.lastDelivered = options.checkpoint;
    this.stoppedDelivering = this.deliver().finally(() => options.onStop());
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeFromBackoff?.();
    await this.current?.unsubscribe().catch(() => undefined);
    await this.stoppedDelivering;
  }

  private async deliver(): Promise<void> {
    let failedAttempts = 0;
    while (!this.closed) {
      const outcome = await this.subscribeOnce(() => {
        failedAttempts = 0;
      });
      if (outcome.kind === 'delivery-failed') {
        process.emitWarning(
          `Subscription stopped after position ${this.lastDelivered}: ${String(outcome.error)}`,
          'EventStoreSubscriptionWarning',
        );
        return;
      }
      if (this.closed) return;
      const reason =
        outcome.kind === 'dropped'
          ? toEventStoreError(outcome.error, { operation: 'Subscribing to $all' }).message
          : 'the server ended it';
      process.emitWarning(
        `Subscription to $all dropped after position ${this.lastDelivered} (${reason}); resubscribing`,
        'EventStoreSubscriptionWarning',
      );
      await this.pause(reconnectDelayMs(failedAttempts++, this.options.backoff));
    }
  }

  /** One server subscription, until it ends, fails, or is closed. */
  private async subscribeOnce(
    onDelivered: () => void,
  ): Promise<
    | Readonly<{ kind: 'ended' }>
    | Readonly<{ kind: 'dropped'; error: unknown }>
    | Readonly<{ kind: 'delivery-failed'; error: unknown }>
  > {
    const { client, reader, handler } = this.options;
    let subscription: AllStreamSubscription;
    try {
      subscription = client.subscribeToAll({
        fromPosition: toReadPosition(this.lastDelivered),
        filter: this.serverFilter(),
      });
    } catch (error) {
      return { kind: 'dropped', error };
    }
    this.current = subscription;
    try {
      for await (const resolved of subscription) {
        if (this.closed) break;
        try {
          const event = reader.toLedgerEvent(resolved);
          if (!event || event.globalPosition <= this.lastDelivered) continue;
          await handler(event);
          this.lastDelivered = event.globalPosition;
          onDelivered();
        } catch (error) {
          await subscription.unsubscribe().catch(() => undefined);
          return { kind: 'delivery-failed', error };
        }
      }
      return { kind: 'ended' };
    } catch (error) {
      return { kind: 'dropped', error };
    } finally {
      this.current = null;
    }
  }

  private serverFilter(): Filter {
    return streamNameFilter({ prefixes: [this.options.namespace.prefix] });
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => wake(), ms);
      const wake = () => {
        clearTimeout(timer);
        this.wakeFromBackoff = null;
        resolve();
      };
      this.wakeFromBackoff = wake;
    });
  }
}
