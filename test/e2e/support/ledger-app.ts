import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Role } from '@ledger/domain';
import { AppModule } from '../../../apps/ledger-api/src/app.module';
import { issueLocalToken } from '@ledger/local-auth';
import { readSecurityConfig, type SecurityConfig } from '../../../apps/ledger-api/src/auth/security-config';
import { Clock } from '../../../apps/ledger-api/src/common/clock';
import { ledgerHttpAdapter } from '../../../apps/ledger-api/src/http-adapter';
import { LEDGER_LOGGER, type LedgerLogger } from '../../../apps/ledger-api/src/logging/ledger-logger';

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

/** Who a test calls as: the claims of a local token. */
export type TestCaller = Readonly<{ sub: string; party: string; role: Role }>;

/** An admin of VNG: sees all shared material and VNG's own, and may record every command. */
export const DEFAULT_CALLER: TestCaller = { sub: 'delegatie-vng', party: 'vng', role: 'admin' };

/**
 * The embedded store in the data folder, or with EVENTSTORE_CONNECTION_STRING set that EventStoreDB
 * server, under a prefix named after the data folder: a restarted app or a second replica on the same
 * folder sees the same streams, other tests' apps none of them. The shipped dataset is never seeded there.
 */
function storeUnderTest(dataDir: string) {
  const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
  return connectionString
    ? { kind: 'eventstoredb' as const, connectionString, streamPrefix: `${basename(dataDir)}.` }
    : undefined;
}

/** The real service on a temporary embedded store, listening on a free port on 127.0.0.1. */
export class LedgerTestApp {
  readonly clock = new TestClock();
  private app?: INestApplication;
  private url = '';
  private readonly tokens = new Map<string, Promise<string>>();
  /** The service's JSON logger, when a test reads the log lines; otherwise the configuration's (silent). */
  logger?: LedgerLogger;

  constructor(
    readonly seedDataset: string | null = null,
    readonly dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-')),
    /** The environment's defaults (local tokens, development errors) with whatever a test changes. */
    readonly security: SecurityConfig = readSecurityConfig({}),
    /** Whether introspection and GraphiQL are on, as LEDGER_GRAPHQL_EXPLORER sets them. */
    readonly graphqlExplorer = false,
  ) {}

  async start(): Promise<this> {
    const builder = Test.createTestingModule({
      imports: [
        AppModule.register(
          {
            port: 0,
            dataDir: this.dataDir,
            graphqlExplorer: this.graphqlExplorer,
            seedDataset: this.seedDataset,
            store: storeUnderTest(this.dataDir),
          },
          this.security,
        ),
      ],
    })
      .overrideProvider(Clock)
      .useValue(this.clock);
    if (this.logger) builder.overrideProvider(LEDGER_LOGGER).useValue(this.logger);
    this.app = (await builder.compile()).createNestApplication(ledgerHttpAdapter(), { logger: false });
    this.app.enableShutdownHooks();
    await this.app.listen(0, '127.0.0.1');
    this.url = `${(await this.app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    return this;
  }

  /** A provider of the running service, for a test that watches its work from inside. */
  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.app!.get(type, { strict: false });
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

  /** A bearer token for the caller, signed with this app's local key as `npm run ledger -- token` would. */
  token(caller: TestCaller = DEFAULT_CALLER): Promise<string> {
    const key = `${caller.sub}|${caller.party}|${caller.role}`;
    const token = this.tokens.get(key) ?? issueLocalToken(this.dataDir, { ...caller, ttl: '1h' });
    this.tokens.set(key, token);
    return token;
  }

  /** The Authorization header of the caller; null sends none. */
  async authorization(caller: TestCaller | null = DEFAULT_CALLER): Promise<Record<string, string>> {
    return caller ? { authorization: `Bearer ${await this.token(caller)}` } : {};
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller: TestCaller | null = DEFAULT_CALLER,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.authorization(caller)) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
}
