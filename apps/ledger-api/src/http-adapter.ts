import { FastifyAdapter } from '@nestjs/platform-fastify';

/** The largest request body the ledger reads; a GraphQL operation with its variables fits many times over. */
export const MAX_BODY_BYTES = 100 * 1024;

/** Refused before the body is read: the ledger reads plain JSON only, and a compressed body would be read as garbage. */
export class UnsupportedEncodingError extends Error {
  readonly code = 'LEDGER_UNSUPPORTED_ENCODING';
  readonly statusCode = 415;

  constructor(encoding: string) {
    super(
      `The request body has a content encoding the ledger does not read (${encoding.slice(0, 40)}); send it uncompressed`,
    );
  }
}

/** The HTTP server of the service (and of the tests and benchmarks that start it): Fastify, bodies up to 100 kB, uncompressed. */
export function ledgerHttpAdapter(): FastifyAdapter {
  const adapter = new FastifyAdapter({ bodyLimit: MAX_BODY_BYTES });
  adapter.getInstance().addHook('onRequest', async (request) => {
    const encoding = request.headers['content-encoding'];
    if (encoding && encoding.trim().toLowerCase() !== 'identity') throw new UnsupportedEncodingError(encoding);
  });
  // GraphQL over HTTP allows `"extensions": null`; the driver's body schema wants an object or nothing.
  adapter.getInstance().addHook('preValidation', async (request) => {
    const body = request.body as { extensions?: unknown } | undefined;
    if (body && typeof body === 'object' && body.extensions === null) delete body.extensions;
  });
  return adapter;
}
