import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CORRELATION_HEADER, correlationIdFrom, correlationIdOf, rememberCorrelationId } from './correlation-id';
import { LEDGER_LOGGER, type LedgerLogger } from './ledger-logger';
import { requestFactsOf } from './request-facts';

/** Probes and scrapes arrive every few seconds; at info they would drown the requests that matter. */
const ROUTINE_PATHS = /^\/(health|metrics)(\/|$)/;

/**
 * Gives every request a correlation id (echoed in the response) and logs one JSON line when it is answered:
 * with the GraphQL operation, the caller (sub, party) and the outcome (OK or the first error's code). A 404 is
 * one such line at info, without a stack.
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
    });
    fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      const { outcome, ...operation } = requestFactsOf(request);
      const entry = {
        correlationId: correlationIdOf(request),
        method: request.method,
        path: request.url.split('?')[0],
        ...operation,
        status: reply.statusCode,
        outcome: outcome ?? (reply.statusCode < 400 ? 'OK' : `HTTP_${reply.statusCode}`),
        durationMs: reply.elapsedTime,
      };
      if (ROUTINE_PATHS.test(entry.path)) this.logger.debug(entry, 'request');
      else this.logger.info(entry, 'request');
    });
  }
}
