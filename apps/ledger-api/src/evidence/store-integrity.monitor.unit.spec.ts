import { Logger } from '@nestjs/common';
import { InMemoryEventStore, type RecordedEvent } from '@ledger/event-store';
import { EvidenceLog } from '@ledger/evidence';
import { ReadinessContributions } from '../health/readiness-contributions';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import type { EvidenceService } from './evidence.service';
import { StoreIntegrityMonitor, storeCheckIntervalMs } from './store-integrity.monitor';

const metadata = {
  occurredOn: '2025-04-16',
  recordedAt: '2025-04-17T09:00:00.000Z',
  recordedBy: 'griffie',
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: 'c-1',
  sources: [],
  classification: { level: 'public' as const },
};

/** A store whose one event was altered after it was written: its hash no longer covers its content. */
async function alteredStore(): Promise<InMemoryEventStore> {
  const store = new InMemoryEventStore();
  await store.append('negotiation-1', 'any', [
    { type: 'DisputeRaised', schemaVersion: 1, data: { amountCents: 72800000000 }, metadata },
  ]);
  const [event] = await store.readAll();
  const altered: RecordedEvent = { ...event, data: { amountCents: 72900000000 } };
  return Object.assign(Object.create(store) as InMemoryEventStore, {
    readAll: async ({ after = 0 } = {}) => (after === 0 ? [altered] : []),
  });
}

describe(StoreIntegrityMonitor.name, () => {
  const errors: string[] = [];
  beforeEach(() => {
    errors.length = 0;
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
  });
  afterEach(() => jest.restoreAllMocks());

  const monitorOf = async (store: InMemoryEventStore) => {
    const evidence = {
      ledger: { store, secret: new Uint8Array(32), log: new EvidenceLog() },
    } as unknown as EvidenceService;
    const readiness = new ReadinessContributions();
    const metrics = new LedgerMetrics();
    const monitor = new StoreIntegrityMonitor(evidence, readiness, metrics, 0);
    monitor.onApplicationBootstrap();
    await monitor.checkNow();
    return { monitor, readiness, metrics };
  };

  it('makes the service not ready, logs the first broken link once and shows it in the metrics', async () => {
    const { monitor, readiness, metrics } = await monitorOf(await alteredStore());
    expect(readiness.reasonNotReady()).toMatch(
      /^store integrity: broken at global position 1 \(chain\): negotiation-1 revision 0 .*does not match its hash$/,
    );
    await monitor.checkNow();
    expect(errors).toEqual([expect.stringMatching(/^Store integrity broken at global position 1 \(chain\)/)]);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^ledger_store_integrity_intact 0$/m);
    expect(text).toMatch(/^ledger_store_integrity_checks_total\{result="broken"\} 2$/m);
    await monitor.onApplicationShutdown();
  });

  it('contributes nothing to readiness for an intact store', async () => {
    const store = new InMemoryEventStore();
    await store.append('negotiation-1', 'any', [
      { type: 'DisputeRaised', schemaVersion: 1, data: { amountCents: 1 }, metadata },
    ]);
    const { monitor, readiness, metrics } = await monitorOf(store);
    expect(readiness.reasonNotReady()).toBeNull();
    expect(await metrics.registry.metrics()).toMatch(/^ledger_store_integrity_intact 1$/m);
    await monitor.onApplicationShutdown();
  });

  it.each([
    ['0', 0],
    ['15', 900_000],
  ])('reads LEDGER_STORE_CHECK_INTERVAL_MINUTES=%s', (text, ms) => {
    expect(storeCheckIntervalMs({ LEDGER_STORE_CHECK_INTERVAL_MINUTES: text })).toBe(ms);
  });

  it('refuses an interval that is not a whole number of minutes, naming the variable', () => {
    expect(() => storeCheckIntervalMs({ LEDGER_STORE_CHECK_INTERVAL_MINUTES: '1.5' })).toThrow(
      /LEDGER_STORE_CHECK_INTERVAL_MINUTES/,
    );
  });
});
