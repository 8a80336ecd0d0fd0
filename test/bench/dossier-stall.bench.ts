import { HEALTH_LIVE_PATH } from '../../apps/ledger-api/src/health/health.routes';
import { LedgerTestApp } from '../e2e/support/ledger-app';
import { benchReport } from './support/bench-report';
import { seedSpanningStore } from './support/spanning-store';
import { withTempDir } from './support/temp-dir';

/** 200 negotiations of 100 entries: a dossier of the first spans all 20,000 leaves of the log. */
const NEGOTIATIONS = 200;
const SUBJECT = 'stall';
const IDLE_PROBES = 50;
const PROBE_EVERY_MS = 10;
const TARGET_MS = 100;
const DOSSIER = 'query Dossier($negotiationId: ID!) { dossier(negotiationId: $negotiationId) }';

async function timedLive(root: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${root}${HEALTH_LIVE_PATH}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** The slowest /health/live answer while `work` runs, probing every few milliseconds (one probe at a time). */
async function slowestLiveDuring(root: string, work: Promise<unknown>): Promise<{ slowest: number; probes: number }> {
  let done = false;
  void work.finally(() => (done = true));
  let slowest = 0;
  let probes = 0;
  while (!done) {
    slowest = Math.max(slowest, await timedLive(root));
    probes += 1;
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  await work;
  return { slowest, probes };
}

/**
 * `/health/live` while the service builds a 20,000-entry dossier, against the same probe on the idle
 * service in the same run. The probe shares the process with the service: a stalled event loop delays
 * both, which is what the figure is to show.
 */
export async function run(): Promise<void> {
  await withTempDir('ledger-bench-dossier-stall', async (dataDir) => {
    const events = await seedSpanningStore(dataDir, SUBJECT, NEGOTIATIONS);
    const ledger = await new LedgerTestApp(null, dataDir).start();
    try {
      const root = ledger.websocketUrl.replace(/^ws/, 'http').replace(/\/graphql$/, '');
      const idle: number[] = [];
      for (let probe = 0; probe < IDLE_PROBES; probe += 1) idle.push(await timedLive(root));
      const idleMedian = idle.sort((left, right) => left - right)[Math.floor(idle.length / 2)];
      for (const pass of ['first (evidence log catching up)', 'second']) {
        const started = performance.now();
        let megabytes = 0;
        // Read as bytes, not parsed: parsing 20 MB here would stall this process, the service's too.
        const dossier = fetch(`${root}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(await ledger.authorization()) },
          body: JSON.stringify({ query: DOSSIER, variables: { negotiationId: SUBJECT } }),
        })
          .then((response) => response.arrayBuffer())
          .then((body) => (megabytes = body.byteLength / 2 ** 20));
        const { slowest, probes } = await slowestLiveDuring(root, dossier);
        const took = performance.now() - started;
        console.log(
          `  ${pass} dossier over ${events.toLocaleString('en')} entries, ${megabytes.toFixed(1)} MB: ` +
            `${(took / 1000).toFixed(1)} s, ${probes} probes of /health/live`,
        );
        benchReport.against(
          `slowest /health/live during a ${events.toLocaleString('en')}-entry dossier, ${pass.split(' ')[0]}`,
          slowest,
          { label: 'idle /health/live (median)', ms: idleMedian },
          { label: `< ${TARGET_MS} ms`, met: (value) => value < TARGET_MS },
        );
      }
    } finally {
      await ledger.stop();
    }
  });
}
