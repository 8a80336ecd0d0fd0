import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CORRELATION_HEADER, correlationIdFrom, correlationIdOf, rememberCorrelationId } from './correlation-id';
import { LEDGER_LOGGER, type LedgerLogger } from './ledger-logger';
import { outcomeOf, requestFactsOf } from './request-facts';
import {
  rememberTraceContext,
  traceContextFrom,
  traceContextOf,
  traceparentOf,
  TRACEPARENT_HEADER,
} from './trace-context';

/** Probes and scrapes arrive every few seconds; at info they would drown the requests that matter. */
const ROUTINE_PATHS = /^\/(health|metrics)(\/|$)/;

/**
 * Gives every request a correlation id (echoed in the response) and a W3C trace context (the caller's
 * `traceparent` continued with a span of our own, or a new trace; the response's `traceparent` names that
 * span), and logs one JSON line when it is answered: trace and span ids, the GraphQL operation, the caller
 * (sub, party) and the outcome (OK or the first error's code). A 404 is one such line at info, without a stack.
 */
@Injectable()
export class RequestLoggingHooks implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(LEDGER_LOGGER) private readonly logger: LedgerLogger,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const correlationId = correlationIdFrom(request.headers);
      rememberCorrelationId(request, correlationId);
      reply.header(CORRELATION_HEADER, correlationId);
      const trace = traceContextFrom(request.headers);
      rememberTraceContext(request, trace);
      reply.header(TRACEPARENT_HEADER, traceparentOf(trace));
    });
    fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      const facts = requestFactsOf(request);
      const { outcome: _noted, ...operation } = facts;
      const entry = {
        correlationId: correlationIdOf(request),
        ...traceContextOf(request),
        method: request.method,
        path: request.url.split('?')[0],
        ...operation,
        status: reply.statusCode,
        outcome: outcomeOf(facts, reply.statusCode),
        durationMs: reply.elapsedTime,
      };
      if (ROUTINE_PATHS.test(entry.path)) this.logger.debug(entry, 'request');
      else this.logger.info(entry, 'request');
    });
  }
}
