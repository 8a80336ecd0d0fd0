import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../../../apps/ledger-api/src/app.module';
import { issueLocalToken } from '../../../apps/ledger-api/src/auth/local-token.issuer';

/** What the server worker reports once it listens. */
export type ServerReady = Readonly<{ port: number; bootMs: number; authorization: string }>;

/**
 * The real service as `npm start` runs it, on an existing data folder and on 127.0.0.1 only, in its own
 * process so the load generator does not share its event loop. Booting includes the read-model catch-up.
 */
async function main(dataDir: string): Promise<void> {
  const started = performance.now();
  const app = await NestFactory.create(AppModule.register({ port: 0, dataDir, graphqlExplorer: false, seedDataset: null }), { logger: false });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const bootMs = performance.now() - started;
  // A reader's token, signed with the data folder's local key as `npm run ledger -- token` signs it.
  const token = await issueLocalToken(dataDir, { sub: 'bench-reader', party: 'vng', role: 'admin', ttl: '1h' });
  const ready: ServerReady = { port, bootMs, authorization: `Bearer ${token}` };
  process.send?.(ready);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
