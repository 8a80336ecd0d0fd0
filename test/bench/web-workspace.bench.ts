import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createSignInCode } from '@ledger/local-auth';
import { benchReport } from './support/bench-report';
import { millionEventStore, withStoreCopy, type GeneratedStore } from './support/million-event-store';
import { startWorker } from './support/worker-process';
import type { ServerReady } from './workers/ledger-server.worker';
import { browserAvailable, CHROMIUM, CHROMIUM_ARGS } from '../web/web-workspace';

const BOOT_TIMEOUT_MS = 600_000;
const SEARCHES = 200;
const TIMELINES = 40;
const TARGETS = { scriptGzipKb: 300, searchP95Ms: 200, timelineP95Ms: 1_000 };
const SERVICE_ENVIRONMENT = {
  NODE_ENV: 'production',
  NODE_OPTIONS: '--max-semi-space-size=64',
  LEDGER_RATE_LIMIT_PER_MINUTE: '0',
};

const SEARCH =
  'query ($text: String!) { search(text: $text, first: 50) { totalCount edges { snippet node { eventId type occurredOn data } } } }';

const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * The web workspace on the 1,000,000-event store: the size of its script, the search answer through GraphQL
 * (one caller, one request at a time: a rare word and a word in every negotiation, alternately), and the
 * timeline of a different negotiation each time from a fresh page load to its rows in chromium.
 */
export async function run(): Promise<void> {
  const webDir = mkdtempSync(join(tmpdir(), 'ledger-web-bench-'));
  try {
    execFileSync(process.execPath, [join(__dirname, '../../apps/ledger-web/build.mjs')], {
      env: { ...process.env, LEDGER_WEB_DIR: webDir },
      stdio: 'pipe',
    });
    const { gzipBytes } = JSON.parse(readFileSync(join(webDir, 'build-size.json'), 'utf8')) as { gzipBytes: number };
    benchReport.plain('web workspace script, gzipped', gzipBytes / 1024, 'KB', {
      label: `< ${TARGETS.scriptGzipKb} KB`,
      met: (kb) => kb < TARGETS.scriptGzipKb,
    });
    const store = await millionEventStore((line) => console.log(line));
    await withStoreCopy(store, (dataDir) => measure(store, dataDir, webDir));
  } finally {
    rmSync(webDir, { recursive: true, force: true });
  }
}

/** Boots the service on the copy once (the search index is built into the data folder), then again to measure on. */
async function measure(store: GeneratedStore, dataDir: string, webDir: string): Promise<void> {
  const first = await boot(dataDir, webDir);
  await first.server.stop();
  console.log(
    `  first boot on the 1M-event store: ${(first.bootMs / 1000).toFixed(1)} s (read models and evidence log restored, search index built); load average ${loadavg()[0].toFixed(1)}`,
  );
  const again = await boot(dataDir, webDir);
  try {
    console.log(
      `  second boot: ${(again.bootMs / 1000).toFixed(1)} s with the search index kept in the data folder (${(again.bootMs / first.bootMs).toFixed(2)}× the first); load average ${loadavg()[0].toFixed(1)}`,
    );
    const base = `http://127.0.0.1:${again.port}`;
    await measureSearch(base, again.authorization, store);
    if (browserAvailable) await measureTimeline(base, dataDir, store);
    else console.log(`  timeline page: skipped, ${CHROMIUM} is absent`);
    console.log(
      `  load average after measuring: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await again.server.stop();
  }
}

async function boot(dataDir: string, webDir: string) {
  const server = startWorker<ServerReady>(join(__dirname, 'workers', 'ledger-server.worker.ts'), [dataDir], {
    ...SERVICE_ENVIRONMENT,
    LEDGER_WEB_DIR: webDir,
  });
  try {
    return { server, ...(await server.nextMessage(BOOT_TIMEOUT_MS)) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function measureSearch(base: string, authorization: string, store: GeneratedStore): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < SEARCHES; i += 1) {
    const text =
      i % 2 === 0
        ? store.negotiationIds((i * 7919) % store.negotiationCount).replace('bench-', '')
        : 'compensatie tekorten';
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: SEARCH, variables: { text } }),
    });
    const answer = (await response.json()) as { data?: { search: { totalCount: number } }; errors?: unknown };
    if (!answer.data || answer.data.search.totalCount === 0)
      throw new Error(`Bad search answer for "${text}": ${JSON.stringify(answer).slice(0, 300)}`);
    if (i >= 10) samples.push(performance.now() - started);
  }
  console.log(
    `  search: ${samples.length} answers, p50 ${percentile(samples, 50).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`,
  );
  benchReport.latency('search answer p95', percentile(samples, 95), {
    label: `< ${TARGETS.searchP95Ms} ms`,
    met: (ms) => ms < TARGETS.searchP95Ms,
  });
}

async function measureTimeline(base: string, dataDir: string, store: GeneratedStore): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const code = createSignInCode(dataDir, { sub: 'bench-reader', party: 'vng', role: 'admin', ttl: '1h' }, new Date());
    await page.goto(`${base}/#/aanmelden?code=${code}`);
    await page.getByRole('heading', { name: 'Dossiers' }).waitFor({ timeout: 60_000 });
    const samples: number[] = [];
    for (let i = 0; i < TIMELINES + 3; i += 1) {
      const negotiationId = store.negotiationIds((i * 104_729) % store.negotiationCount);
      const started = performance.now();
      // A query string makes each a full page load (script, sign-in state, two GraphQL answers, render).
      await page.goto(`${base}/?load=${i}#/dossier/${negotiationId}`);
      await page.locator('tbody tr').nth(99).waitFor({ timeout: 30_000 });
      if (i >= 3) samples.push(performance.now() - started);
    }
    console.log(
      `  timeline: ${samples.length} page loads of 100 entries, p50 ${percentile(samples, 50).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms`,
    );
    benchReport.latency('timeline page ready p95', percentile(samples, 95), {
      label: `< ${TARGETS.timelineP95Ms} ms`,
      met: (ms) => ms < TARGETS.timelineP95Ms,
    });
  } finally {
    await browser.close();
  }
}
