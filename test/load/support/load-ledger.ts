import { join } from 'node:path';
import { SqliteEventStore, type RecordedEvent } from '@ledger/event-store';
import { startWorker, type WorkerProcess } from '../../bench/support/worker-process';
import type { ServerReady } from '../../bench/workers/ledger-server.worker';
import { LOAD_PARTY, type LoadTarget, type WriterPool } from './writer-pool';
import { negotiationStreamId } from '@ledger/domain';

const BOOT_TIMEOUT_MS = 60_000;

/** The API in its own process on 127.0.0.1, and how to end it: gently, or as a crash would. */
export type RunningLedger = Readonly<{ target: LoadTarget; stop(): Promise<void>; kill(): Promise<void> }>;

/**
 * Starts the real service (the bench's server worker: AppModule on 127.0.0.1, nothing seeded) on `dataDir`
 * with the per-caller rate limit off, since the whole load comes from one caller on purpose.
 */
export async function startLedger(dataDir: string): Promise<RunningLedger> {
  const server: WorkerProcess<ServerReady> = startWorker(
    join(__dirname, '../../bench/workers/ledger-server.worker.ts'),
    [dataDir],
    {
      LEDGER_RATE_LIMIT_PER_MINUTE: '0',
    },
  );
  try {
    const { port, authorization } = await server.nextMessage(BOOT_TIMEOUT_MS);
    return { target: { root: `http://127.0.0.1:${port}`, authorization }, stop: server.stop, kill: server.kill };
  } catch (error) {
    await server.kill();
    throw error;
  }
}

type Recorded = { data?: Record<string, { revision: number }>; errors?: unknown[] };

async function record(
  target: LoadTarget,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
): Promise<number> {
  const response = await fetch(`${target.root}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: target.authorization },
    body: JSON.stringify({
      query: `mutation Setup($input: ${inputType}!) { ${mutation}(input: $input) { revision } }`,
      variables: { input },
    }),
  });
  const answer = (await response.json()) as Recorded;
  if (!answer.data) throw new Error(`${mutation} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data[mutation].revision;
}

/** Opens a negotiation with the writers' party at the table; returns its revision, where the writers start. */
export async function openLoadNegotiation(target: LoadTarget, negotiationId: string): Promise<number> {
  const at = { negotiationId, occurredOn: '2025-05-15' };
  await record(target, 'openNegotiation', 'OpenNegotiationInput', { ...at, title: `Belasting ${negotiationId}` });
  return record(target, 'admitParty', 'AdmitPartyInput', { ...at, partyId: LOAD_PARTY, name: 'VNG', kind: 'VNG' });
}

/** The negotiation's stream as the store file holds it, read beside (or after) the service. */
export async function readStoredStream(dataDir: string, negotiationId: string): Promise<RecordedEvent[]> {
  const store = SqliteEventStore.open({ filename: join(dataDir, 'ledger.sqlite') });
  try {
    return await store.readStream(negotiationStreamId(negotiationId));
  } finally {
    await store.close();
  }
}

/** The load's length in seconds: LEDGER_LOAD_SECONDS, or the caller's default (short under npm test). */
export function loadSeconds(defaultSeconds: number): number {
  const configured = process.env.LEDGER_LOAD_SECONDS;
  if (configured === undefined) return defaultSeconds;
  const seconds = Number(configured);
  if (!(seconds > 0 && seconds <= 600))
    throw new Error(`LEDGER_LOAD_SECONDS must be a number of seconds between 0 and 600, got "${configured}"`);
  return seconds;
}

export type LoadFigures = Readonly<{
  acknowledged: number;
  commandsPerSecond: number;
  conflicts: number;
  requestP99Ms: number;
  commandP99Ms: number;
}>;

const p99 = (values: readonly number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)] ?? 0;
};

export function figuresOf(pool: WriterPool, elapsedMs: number): LoadFigures {
  const acknowledged = pool.acknowledged.length;
  return {
    acknowledged,
    commandsPerSecond: (acknowledged * 1000) / elapsedMs,
    conflicts: pool.conflicts,
    requestP99Ms: p99(pool.requestLatenciesMs),
    commandP99Ms: p99(pool.commandLatenciesMs),
  };
}

export const describeFigures = (label: string, figures: LoadFigures) =>
  `${label}: ${figures.acknowledged} commands acknowledged, ${figures.commandsPerSecond.toFixed(0)} commands/s, ` +
  `${figures.conflicts} conflicts, p99 ${figures.requestP99Ms.toFixed(1)} ms per request, ${figures.commandP99Ms.toFixed(1)} ms per command with its retries`;
