import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { createLedgerLogger, LEDGER_LOGGER } from './ledger-logger';
import { RequestLoggingMiddleware } from './request-logging.middleware';

/** Structured JSON logs with a correlation id per request. */
@Global()
@Module({
  providers: [{ provide: LEDGER_LOGGER, inject: [LEDGER_CONFIG], useFactory: (config: LedgerConfig) => createLedgerLogger(config) }],
  exports: [LEDGER_LOGGER],
})
export class LoggingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggingMiddleware).forRoutes('{*path}');
  }
}
