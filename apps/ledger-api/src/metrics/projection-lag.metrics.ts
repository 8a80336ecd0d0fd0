import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { ProjectionLagProbe } from '../health/projection-lag.probe';
import { LedgerMetrics } from './ledger-metrics';

/** Beyond this many events the lag gauge reports the limit: counting further would make a scrape slow. */
export const LAG_COUNT_LIMIT = 10_000;

/** A store that does not answer leaves the gauges at their last value; readiness is what reports it. */
const unmeasured = () => null;

/** Projection lag in events and seconds, measured when Prometheus scrapes. */
@Injectable()
export class ProjectionLagMetrics {
  constructor(metrics: LedgerMetrics, probe: ProjectionLagProbe) {
    new Gauge({
      name: 'ledger_projection_lag_events',
      help: `Events in the store not yet folded into the read models (counted up to ${LAG_COUNT_LIMIT})`,
      registers: [metrics.registry],
      async collect() {
        const lag = await probe.measure(LAG_COUNT_LIMIT).catch(unmeasured);
        if (lag) this.set(lag.eventsBehind);
      },
    });
    new Gauge({
      name: 'ledger_projection_lag_seconds',
      help: 'Age of the oldest event not yet folded into the read models; 0 when caught up',
      registers: [metrics.registry],
      async collect() {
        const lag = await probe.measure(1).catch(unmeasured);
        if (lag) this.set(lag.secondsBehind);
      },
    });
  }
}
