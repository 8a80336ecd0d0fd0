import { SqliteEventStore } from '@ledger/event-store';
import {
  auditTrailProjection,
  eventLogProjection,
  negotiationListProjection,
  ProjectionRunner,
} from '@ledger/projections';

/** What the rebuild worker reports to the benchmark. */
export type RebuildReport = Readonly<{
  events: number;
  elapsedMs: number;
  peakRssBytes: number;
  rssBeforeBytes: number;
}>;

/**
 * Runs in its own process so its peak RSS is the rebuild's alone (plus Node and ts-node), not the
 * generation's: opens the store, times a fresh runner from start() to caught up, reports, exits.
 */
async function main(filename: string): Promise<void> {
  const rssBeforeBytes = process.memoryUsage.rss();
  // As the service opens it (see store.module): lean reads served by a reader thread reading ahead.
  const store = SqliteEventStore.open({ filename, leanReadAhead: true });
  const runner = new ProjectionRunner(store, [auditTrailProjection, eventLogProjection, negotiationListProjection]);
  const started = performance.now();
  await runner.start();
  const elapsedMs = performance.now() - started;
  const events = runner.position();
  await runner.stop();
  await store.close();
  // maxRSS is in kilobytes: the high-water mark of the whole process life, read after the work is done.
  const report: RebuildReport = {
    events,
    elapsedMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    rssBeforeBytes,
  };
  process.send?.(report);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
