import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../../apps/ledger-api/src/app.module';
import { Clock } from '../../../apps/ledger-api/src/common/clock';

/** A clock the test sets, so history is recorded at the moments the scenario says. */
export class TestClock extends Clock {
  current = '2025-03-17T18:00:00.000Z';
  override now(): string {
    return this.current;
  }
}

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

/** The real service on a temporary embedded store, listening on a free port on 127.0.0.1. */
export class LedgerTestApp {
  readonly clock = new TestClock();
  private app?: INestApplication;
  private url = '';

  constructor(
    readonly seedDataset: string | null = null,
    readonly dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-')),
  ) {}

  async start(): Promise<this> {
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register({ port: 0, dataDir: this.dataDir, graphqlExplorer: false, seedDataset: this.seedDataset })],
    })
      .overrideProvider(Clock)
      .useValue(this.clock)
      .compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    this.app.enableShutdownHooks();
    await this.app.listen(0, '127.0.0.1');
    this.url = `${(await this.app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    return this;
  }

  /** The same endpoint over graphql-ws. */
  get websocketUrl(): string {
    return this.url.replace(/^http/, 'ws');
  }

  async stop(): Promise<void> {
    await this.app?.close();
    this.app = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, user = 'delegatie-vng'): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ledger-user': user },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
}
