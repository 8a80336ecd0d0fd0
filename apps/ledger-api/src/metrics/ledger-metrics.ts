import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Command latencies run from under a millisecond (a retry) to seconds (a contended cluster). */
const COMMAND_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Operations run from a cached read (well under a millisecond) to a dossier export (seconds). */
const OPERATION_BUCKETS_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The service's Prometheus metrics, in a registry of its own: two instances in one process (as in the
 * scale-out test) must not share or clash over the global default registry.
 */
@Injectable()
export class LedgerMetrics {
  readonly registry = new Registry();

  readonly commandDuration = new Histogram({
    name: 'ledger_command_duration_seconds',
    help: 'Time to handle a command mutation, by mutation and outcome (recorded, duplicate, or the error code)',
    labelNames: ['command', 'outcome'] as const,
    buckets: COMMAND_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly appends = new Counter({
    name: 'ledger_appends_total',
    help: 'Appends to the event store, by result: written, or duplicate (a retried command id)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly appendedEvents = new Counter({
    name: 'ledger_appended_events_total',
    help: 'Events written to the event store',
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'ledger_append_conflicts_total',
    help: 'Appends refused because the stream was not at the expected revision',
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'ledger_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL request over HTTP, by operation name and outcome (OK, or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: OPERATION_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly operationErrors = new Counter({
    name: 'ledger_graphql_errors_total',
    help: 'GraphQL requests answered with an error, by the code of the first error',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'ledger_rate_limited_requests_total',
    help: 'Operations refused over a rate limit, by limit: caller (per token subject) or refused_client (per address)',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Under their standard names (process_*, nodejs_*), so stock Node.js dashboards find them.
    collectDefaultMetrics({ register: this.registry });
  }
}
