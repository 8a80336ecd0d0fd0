import { InMemoryEventStore } from '@ledger/event-store';
import { newEvents } from '../../../../libs/event-store/src/testing';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { EvidenceLogLagMetrics } from './evidence-log-lag.metrics';
import type { EvidenceService } from './evidence.service';

/** The evidence service as far as the gauge reads it: the global position its log has reached. */
const loggedUpTo = (lastPosition: number) => ({ ledger: { log: { lastPosition } } }) as unknown as EvidenceService;

async function lagReported(logged: number, stored: number): Promise<string> {
  const store = new InMemoryEventStore();
  if (stored > 0) await store.append('negotiation-lag', 'no_stream', newEvents('lag', stored));
  const metrics = new LedgerMetrics();
  new EvidenceLogLagMetrics(metrics, loggedUpTo(logged), store);
  return (await metrics.registry.getSingleMetricAsString('ledger_evidence_log_lag_events')).split('\n').at(-1)!;
}

describe('EvidenceLogLagMetrics', () => {
  it('reports the events stored after the last one in the signed log', async () => {
    expect(await lagReported(2, 5)).toBe('ledger_evidence_log_lag_events 3');
  });

  it('reports 0 when the log has every stored event', async () => {
    expect(await lagReported(5, 5)).toBe('ledger_evidence_log_lag_events 0');
  });
});
