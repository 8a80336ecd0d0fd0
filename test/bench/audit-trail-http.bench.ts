import { join } from 'node:path';
import { benchReport } from './support/bench-report';
import { runHttpLoad, type LoadRequest, type LoadResult } from './support/http-load';
import { millionEventStore, withStoreCopy, type GeneratedStore } from './support/million-event-store';
import { startWorker, type WorkerProcess } from './support/worker-process';
import type { ServerReady } from './workers/ledger-server.worker';
import type { ProfileRequest, ProfileWritten } from './workers/cpu-profiler';

const CONNECTIONS = 10;
const PAGE_SIZE = 50;
const WARM_UP = { maxIterations: 500, maxMs: 5_000 };
const BOUNDS = { maxIterations: 50_000, maxMs: 10_000 };
/** Boot catches up the read models, the search index and the evidence log on 1,000,000 events: minutes on a loaded machine. */
const BOOT_TIMEOUT_MS = 600_000;
const TARGET_P99_MS = 20;
/** The service's rate as a share of the reference's: Nest and the same driver answering a constant page of the same shape. */
const TARGET_SHARE_OF_REFERENCE = 0.5;
/** Set, each server's CPU profile of its measured phase is written there (`<server>.cpuprofile`). */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;

/**
 * The service's environment as deploy/Dockerfile runs it (production mode: graphql-js skips its development
 * checks; the 64 MB young generation the README recommends). The per-caller rate limit defends against one
 * abusive client; this load is one client on purpose, so it is off.
 */
const SERVICE_ENVIRONMENT = {
  NODE_ENV: 'production',
  NODE_OPTIONS: '--max-semi-space-size=64',
  LEDGER_RATE_LIMIT_PER_MINUTE: '0',
};

const AUDIT_TRAIL_PAGE = `query Trail($entityId: ID!, $first: Int!) {
  auditTrail(entityId: $entityId, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      eventId type revision globalPosition occurredOn recordedAt recordedBy commandId prevHash hash data
      sources { quote document { title date } } classification { level }
    } }
  }
}`;

/** A full first page of a negotiation's trail, a different negotiation each time (a fixed stride, so no cache helps). */
function auditTrailRequest(store: GeneratedStore, authorization: string): (sequence: number) => LoadRequest {
  return (sequence) => ({
    path: '/graphql',
    headers: { authorization },
    body: JSON.stringify({
      query: AUDIT_TRAIL_PAGE,
      variables: { entityId: store.negotiationIds((sequence * 7919) % store.negotiationCount), first: PAGE_SIZE },
    }),
    check: checkPage,
  });
}

/**
 * `auditTrail` pages of 50 through GraphQL over HTTP, with the real service holding 1,000,000 events:
 * 10 keep-alive connections on 127.0.0.1, each with one request in flight.
 */
export async function run(): Promise<void> {
  const reference = await measureReference();
  const store = await millionEventStore((line) => console.log(line));
  await withStoreCopy(store, (dataDir) => measure(store, dataDir, reference));
}

/** The same load against the reference server, in the same run, so machine noise moves both figures alike. */
async function measureReference(): Promise<LoadResult> {
  const server = startWorker<ServerReady | ProfileWritten>(
    join(__dirname, 'workers', 'reference-server.worker.ts'),
    [],
    SERVICE_ENVIRONMENT,
  );
  try {
    const { port } = (await server.nextMessage(BOOT_TIMEOUT_MS)) as ServerReady;
    const nextRequest = (sequence: number): LoadRequest => ({
      path: '/graphql',
      headers: {},
      body: JSON.stringify({
        query: AUDIT_TRAIL_PAGE,
        variables: { entityId: `negotiation-${sequence}`, first: PAGE_SIZE },
      }),
      check: checkPage,
    });
    const result = await warmedUpLoad(server, 'reference', port, nextRequest);
    benchReport.rate('reference (Nest + Mercurius, constant page)', result.perSecond, 'requests/s');
    benchReport.latency('reference p99', result.p99Ms);
    return result;
  } finally {
    await server.stop();
  }
}

async function measure(store: GeneratedStore, dataDir: string, reference: LoadResult): Promise<void> {
  const server = startWorker<ServerReady | ProfileWritten>(
    join(__dirname, 'workers', 'ledger-server.worker.ts'),
    [dataDir],
    SERVICE_ENVIRONMENT,
  );
  try {
    const { port, bootMs, authorization } = (await server.nextMessage(BOOT_TIMEOUT_MS)) as ServerReady;
    console.log(
      `  service booted on the 1M-event store in ${(bootMs / 1000).toFixed(1)} s (read models, evidence log and store check done)`,
    );
    const nextRequest = auditTrailRequest(store, authorization);
    const result = await warmedUpLoad(server, 'service', port, nextRequest);
    console.log(
      `  ${result.requests.toLocaleString('en')} requests in ${(result.elapsedMs / 1000).toFixed(1)} s, max ${result.maxMs.toFixed(1)} ms`,
    );
    benchReport.rate(`auditTrail page of ${PAGE_SIZE}, ${CONNECTIONS} connections`, result.perSecond, 'requests/s');
    benchReport.plain('auditTrail req/s as a share of the reference', result.perSecond / reference.perSecond, '×', {
      label: `>= ${TARGET_SHARE_OF_REFERENCE}× reference`,
      met: (share) => share >= TARGET_SHARE_OF_REFERENCE,
    });
    benchReport.latency('auditTrail p50', result.p50Ms);
    benchReport.latency('auditTrail p99', result.p99Ms, {
      label: `< ${TARGET_P99_MS} ms`,
      met: (value) => value < TARGET_P99_MS,
    });
  } finally {
    await server.stop();
  }
}

/** The measured load after a warm-up, profiled when BENCH_CPU_PROFILE_DIR is set. */
async function warmedUpLoad(
  server: WorkerProcess<ServerReady | ProfileWritten>,
  name: string,
  port: number,
  nextRequest: (sequence: number) => LoadRequest,
): Promise<LoadResult> {
  await runHttpLoad(port, CONNECTIONS, WARM_UP, nextRequest);
  if (!PROFILE_DIR) return runHttpLoad(port, CONNECTIONS, BOUNDS, nextRequest);
  const start: ProfileRequest = { profile: 'start' };
  server.send(start);
  const result = await runHttpLoad(port, CONNECTIONS, BOUNDS, nextRequest);
  const stop: ProfileRequest = { profile: 'stop', file: join(PROFILE_DIR, `${name}.cpuprofile`) };
  server.send(stop);
  const { profileWritten } = (await server.nextMessage(BOOT_TIMEOUT_MS)) as ProfileWritten;
  console.log(`  CPU profile of the ${name}'s measured phase: ${profileWritten}`);
  return result;
}

function checkPage(status: number, body: string): void {
  const answer = JSON.parse(body) as { data?: { auditTrail?: { edges: unknown[] } }; errors?: unknown[] };
  const edges = answer.data?.auditTrail?.edges.length;
  if (status !== 200 || answer.errors || edges !== PAGE_SIZE)
    throw new Error(`Bad audit trail answer (HTTP ${status}): ${body.slice(0, 300)}`);
}
