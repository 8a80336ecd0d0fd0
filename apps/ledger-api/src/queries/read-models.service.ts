import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import {
  auditTrailProjection,
  envelopeLoaderOf,
  eventLogProjection,
  negotiationAccessProjection,
  negotiationListProjection,
  ProjectionRunner,
  type EnvelopeLoader,
} from '@ledger/projections';
import { EVENT_STORE } from '../store/store.module';

/** How long a query waits for the read side to reach a client's own write before it answers with an error. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 5_000;

/** The global read models, fed from the store by one runner that starts with the service and stops with it. */
@Injectable()
export class ReadModels implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly runner: ProjectionRunner;
  readonly load: EnvelopeLoader;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.runner = new ProjectionRunner(store, [
      auditTrailProjection,
      eventLogProjection,
      negotiationListProjection,
      negotiationAccessProjection,
    ]);
    this.load = envelopeLoaderOf(store);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.runner.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }

  get auditTrail() {
    return this.runner.document(auditTrailProjection);
  }

  get eventLog() {
    return this.runner.document(eventLogProjection);
  }

  get negotiations() {
    return this.runner.document(negotiationListProjection);
  }

  /** Read-your-writes: waits until the read side has folded the given global position. */
  async reach(minPosition: number | undefined): Promise<void> {
    if (minPosition !== undefined && minPosition > this.runner.position()) {
      await this.runner.waitUntil(minPosition, READ_YOUR_WRITES_TIMEOUT_MS);
    }
  }
}
