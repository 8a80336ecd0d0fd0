import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { AppModule } from './app.module';
import { DEFAULT_HOST, readConfig } from './config/ledger-config';
import { ledgerHttpAdapter } from './http-adapter';
import { createLedgerLogger } from './logging/ledger-logger';
import { PinoNestLogger } from './logging/pino-nest.logger';

/**
 * Nest's own messages and a startup failure, written synchronously: they are few, and the failure's line
 * must come last and be out before the process exits. Request logs keep the asynchronous logger.
 */
const startupOutput = pino.destination({ fd: 1, sync: true });

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), ledgerHttpAdapter(), {
    // Nest's own messages, its startup errors included, as JSON lines from the start.
    logger: new PinoNestLogger(createLedgerLogger(config, startupOutput)),
    // Rethrown to the handler below instead of aborting the process, so the failure is one JSON line and exit 1.
    abortOnError: false,
  });
  app.enableShutdownHooks();
  const host = config.host ?? DEFAULT_HOST;
  await app.listen(config.port, host);
  new Logger('Ledger').log(`GraphQL at http://${host}:${config.port}/graphql, store in ${config.dataDir}`);
}

bootstrap().catch((error: unknown) => {
  // Printed whatever LEDGER_LOG_LEVEL says: a service that did not start must say why.
  createLedgerLogger({ logLevel: 'info' }, startupOutput).fatal(
    { err: error },
    `The service did not start: ${messageOf(error)}`,
  );
  process.exit(1);
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
