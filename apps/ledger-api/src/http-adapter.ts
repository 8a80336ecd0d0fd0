import { FastifyAdapter } from '@nestjs/platform-fastify';

/** The largest request body the ledger reads; a GraphQL operation with its variables fits many times over. */
export const MAX_BODY_BYTES = 100 * 1024;

/** The HTTP server of the service (and of the tests and benchmarks that start it): Fastify, bodies up to 100 kB. */
export function ledgerHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({ bodyLimit: MAX_BODY_BYTES });
}
