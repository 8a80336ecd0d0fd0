import type { LoggerService } from '@nestjs/common';
import type { LedgerLogger } from './ledger-logger';

/** Nest's own messages (startup, routes, errors) as JSON lines through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: LedgerLogger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    if (message instanceof Error) this.logger.error({ context, err: message }, message.message);
    else this.logger.error({ context, trace }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
