import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { CORRELATION_HEADER } from '../../apps/ledger-api/src/logging/correlation-id';
import { freePort, untilReady } from './support/api-process';
import { authorizeAs, OPEN_NEGOTIATION, openNegotiationInput, postGraphql } from './support/http';

const REPO_ROOT = join(__dirname, '../..');
const WRITERS = 4;
const ACKNOWLEDGED_BEFORE_SIGTERM = 20;

type Opened = { openNegotiation: { eventIds: string[] } };

/** Starts the API as `npm start` does, in its own process, so SIGTERM reaches the real shutdown path. */
function startApi(dataDir: string, port: number): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/ledger-api/src/main.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LEDGER_DATA_DIR: dataDir,
        LEDGER_SEED: 'none',
        PORT: String(port),
        LEDGER_LOG_LEVEL: 'info',
        LEDGER_STORE: 'embedded',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('graceful shutdown on SIGTERM', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-shutdown-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes the commands in flight, refuses new ones, and loses no acknowledged command', async () => {
    const port = await freePort();
    const root = `http://127.0.0.1:${port}`;
    authorizeAs(root, dataDir);
    const api = startApi(dataDir, port);
    let stdout = '';
    api.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      api.on('exit', (code, signal) => resolve({ code, signal })),
    );
    await untilReady(root);

    const acknowledged: string[] = [];
    const refusalCodes = new Set<unknown>();
    let sigtermSent = false;
    const writer = async (writerId: number) => {
      for (let index = 0; ; index++) {
        try {
          const { body } = await postGraphql<Opened>(
            root,
            OPEN_NEGOTIATION,
            { input: openNegotiationInput(`w${writerId}-${index}`) },
            { [CORRELATION_HEADER]: `writer-${writerId}-${index}` },
          );
          if (body.data) acknowledged.push(...body.data.openNegotiation.eventIds);
          else body.errors?.forEach((error) => refusalCodes.add(error.extensions?.code));
        } catch {
          return; // The server has stopped accepting connections.
        }
        if (!sigtermSent && acknowledged.length >= ACKNOWLEDGED_BEFORE_SIGTERM) {
          sigtermSent = true;
          api.kill('SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_unused, writerId) => writer(writerId)));
    const exit = await exited;

    // Nest re-raises the signal once its shutdown hooks are done: exiting by SIGTERM here is the clean path.
    expect(exit).toEqual({ code: null, signal: 'SIGTERM' });
    const logLines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; correlationId?: string });
    expect(logLines.map((line) => line.msg)).toEqual(
      expect.arrayContaining([
        'shutting down: new commands refused, waiting for those in flight',
        'in-flight commands drained; closing HTTP, subscriptions and the store',
      ]),
    );
    expect(logLines.some((line) => line.msg === 'command' && line.correlationId?.startsWith('writer-'))).toBe(true);

    const store = SqliteEventStore.open({ filename: join(dataDir, 'ledger.sqlite') });
    const stored = new Set((await store.readAll({ limit: 100_000 })).map((event) => event.eventId));
    await store.close();
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_SIGTERM);
    expect(acknowledged.filter((eventId) => !stored.has(eventId))).toEqual([]);
    // A command that came too late is refused as unavailable, never half-done or internal.
    expect([...refusalCodes].filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
  }, 90_000);
});
