import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { DEFAULT_HOST, readConfig } from './config/ledger-config';
import { ledgerHttpAdapter } from './http-adapter';
import { LEDGER_LOGGER } from './logging/ledger-logger';
import { PinoNestLogger } from './logging/pino-nest.logger';

async function bootstrap(): Promise<void> {
  const config = readConfig();
  // Nest's own startup messages are held until the JSON logger exists, so every line is JSON.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), ledgerHttpAdapter(), {
    bufferLogs: true,
  });
  app.useLogger(new PinoNestLogger(app.get(LEDGER_LOGGER)));
  app.enableShutdownHooks();
  const host = config.host ?? DEFAULT_HOST;
  await app.listen(config.port, host);
  new Logger('Ledger').log(`GraphQL at http://${host}:${config.port}/graphql, store in ${config.dataDir}`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
