import { join } from 'node:path';
import { benchReport } from './support/bench-report';
import { millionEventStore } from './support/million-event-store';
import { startWorker } from './support/worker-process';
import type { RebuildReport } from './workers/rebuild.worker';

const TARGET_EVENTS_PER_SECOND = 150_000;
const RSS_LIMIT_BYTES = 1024 ** 3;
const REBUILD_TIMEOUT_MS = 180_000;
const MB = 1024 ** 2;

/**
 * Rebuild of the runner's read models (audit trail, event log, negotiation list) from 1,000,000 stored
 * events, in a child process so generating the store does not count towards the peak RSS.
 */
export async function run(): Promise<void> {
  const store = await millionEventStore((line) => console.log(line));
  console.log(`  store: ${store.filename}${store.generatedNow ? ' (generated now)' : ' (cached)'}`);
  const worker = startWorker<RebuildReport>(join(__dirname, 'workers', 'rebuild.worker.ts'), [store.filename]);
  try {
    const report = await worker.nextMessage(REBUILD_TIMEOUT_MS);
    if (report.events !== store.events)
      throw new Error(`Rebuild reached ${report.events} events, expected ${store.events}`);
    console.log(
      `  rebuilt ${report.events.toLocaleString('en')} events in ${(report.elapsedMs / 1000).toFixed(1)} s; RSS before ${(report.rssBeforeBytes / MB).toFixed(0)} MB`,
    );
    benchReport.rate('rebuild from 1M events', (report.events * 1000) / report.elapsedMs, 'events/s', {
      label: '≥ 150,000 events/s',
      met: (value) => value >= TARGET_EVENTS_PER_SECOND,
    });
    benchReport.plain('rebuild peak RSS', report.peakRssBytes / MB, 'MB', {
      label: '≤ 1024 MB',
      met: (value) => value * MB <= RSS_LIMIT_BYTES,
    });
  } finally {
    await worker.stop();
  }
}
