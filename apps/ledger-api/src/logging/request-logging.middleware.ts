import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlationIdFrom, rememberCorrelationId } from './correlation-id';
import { LEDGER_LOGGER, type LedgerLogger } from './ledger-logger';

/** Probes and scrapes arrive every few seconds; at info they would drown the requests that matter. */
const ROUTINE_PATHS = /^\/(health|metrics)(\/|$)/;

/** Gives every request a correlation id (echoed in the response) and logs one line when it is answered. */
@Injectable()
export class RequestLoggingMiddleware implements NestMiddleware {
  constructor(@Inject(LEDGER_LOGGER) private readonly logger: LedgerLogger) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const correlationId = correlationIdFrom(request.headers);
    rememberCorrelationId(request, correlationId);
    response.setHeader(CORRELATION_HEADER, correlationId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const entry = {
        correlationId,
        method: request.method,
        path: request.originalUrl.split('?')[0],
        status: response.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      };
      if (ROUTINE_PATHS.test(entry.path)) this.logger.debug(entry, 'request');
      else this.logger.info(entry, 'request');
    });
    next();
  }
}
