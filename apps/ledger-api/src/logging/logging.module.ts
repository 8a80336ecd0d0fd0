import { Global, Module } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { createLedgerLogger, LEDGER_LOGGER } from './ledger-logger';
import { RequestLoggingHooks } from './request-logging.hooks';

/** Structured JSON logs with a correlation id per request. */
@Global()
@Module({
  providers: [
    {
      provide: LEDGER_LOGGER,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig) => createLedgerLogger(config),
    },
    RequestLoggingHooks,
  ],
  exports: [LEDGER_LOGGER],
})
export class LoggingModule {}
