import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { outcomeOf, requestFactsOf } from '../logging/request-facts';
import { LedgerMetrics } from './ledger-metrics';

/**
 * Operation names come from the caller: past this many distinct ones, further names share one label, so a
 * client inventing names cannot grow the registry (and each scrape) without bound.
 */
export const OPERATION_LABEL_LIMIT = 200;
export const OTHER_OPERATION = 'other';
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** The label for an operation name: itself while it is a GraphQL name among the first few hundred seen. */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = OPERATION_LABEL_LIMIT) {}

  of(name: string): string {
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.limit || !GRAPHQL_NAME.test(name)) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}

/**
 * Records each answered GraphQL request over HTTP in the operation latency histogram, and a failed one in
 * the errors counter, from the facts the GraphQL layer noted for its log line (a request without them was
 * not GraphQL). The work per request is a map lookup and one observation.
 */
@Injectable()
export class OperationMetricsHooks implements OnModuleInit {
  private readonly labels = new OperationLabels();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: LedgerMetrics,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => this.record(request, reply));
  }

  private record(request: FastifyRequest, reply: FastifyReply): void {
    const facts = requestFactsOf(request);
    if (facts.operation === undefined) return;
    const outcome = outcomeOf(facts, reply.statusCode);
    this.metrics.operationDuration.observe(
      { operation: this.labels.of(facts.operation), outcome },
      reply.elapsedTime / 1000,
    );
    if (outcome !== 'OK') this.metrics.operationErrors.inc({ code: outcome });
  }
}
