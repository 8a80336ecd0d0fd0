import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../../../apps/ledger-api/src/app.module';
import { issueLocalToken } from '@ledger/local-auth';
import { EvidenceService } from '../../../apps/ledger-api/src/evidence/evidence.service';
import { StoreIntegrityMonitor } from '../../../apps/ledger-api/src/evidence/store-integrity.monitor';
import { ledgerHttpAdapter } from '../../../apps/ledger-api/src/http-adapter';
import { answerProfileRequests } from './cpu-profiler';

/** What the server worker reports once it listens. */
export type ServerReady = Readonly<{ port: number; bootMs: number; authorization: string }>;

/**
 * The real service as `npm start` runs it, on an existing data folder and on 127.0.0.1 only, in its own
 * process so the load generator does not share its event loop. Booting includes the read-model catch-up,
 * the evidence log's (restored from the data folder's saved log) and the check of the whole store the
 * service runs at start (in slices on the main thread), so what is measured is the service at work, not
 * the service starting.
 */
async function main(dataDir: string): Promise<void> {
  const started = performance.now();
  answerProfileRequests();
  const app = await NestFactory.create(
    AppModule.register({ port: 0, dataDir, graphqlExplorer: false, seedDataset: null }),
    ledgerHttpAdapter(),
    { logger: false },
  );
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  await app.get(EvidenceService).ledger.caughtUp();
  await app.get(StoreIntegrityMonitor).checkNow();
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const bootMs = performance.now() - started;
  // An admin's token (every entry visible, so every page is full), signed with the data folder's local key as `npm run ledger -- token` signs it.
  const token = await issueLocalToken(dataDir, { sub: 'bench-reader', party: 'vng', role: 'admin', ttl: '1h' });
  const ready: ServerReady = { port, bootMs, authorization: `Bearer ${token}` };
  process.send?.(ready);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
