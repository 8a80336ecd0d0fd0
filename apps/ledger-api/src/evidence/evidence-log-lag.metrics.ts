import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { Gauge } from 'prom-client';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { LAG_COUNT_LIMIT } from '../metrics/projection-lag.metrics';
import { EVENT_STORE } from '../store/store.module';
import { EvidenceService } from './evidence.service';

/**
 * Events committed to the store but not yet leaves of the signed evidence log, counted when Prometheus
 * scrapes. Counted by reading, as the projection lag is: EventStoreDB positions are offsets, not counts.
 */
@Injectable()
export class EvidenceLogLagMetrics {
  constructor(metrics: LedgerMetrics, evidence: EvidenceService, @Inject(EVENT_STORE) store: EventStore) {
    new Gauge({
      name: 'ledger_evidence_log_lag_events',
      help: `Events in the store not yet in the signed evidence log (counted up to ${LAG_COUNT_LIMIT})`,
      registers: [metrics.registry],
      async collect() {
        const logged = evidence.ledger.log.lastPosition;
        const head = await store.headPosition().catch(() => null);
        if (head === null) return;
        if (head <= logged) return this.set(0);
        const behind = await store.readAll({ after: logged, limit: LAG_COUNT_LIMIT }).catch(() => null);
        if (behind) this.set(behind.length);
      },
    });
  }
}
