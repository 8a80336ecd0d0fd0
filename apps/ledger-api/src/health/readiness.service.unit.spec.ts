import type { LedgerConfig } from '../config/ledger-config';
import type { ProjectionLag, ProjectionLagProbe } from './projection-lag.probe';
import { ReadinessService } from './readiness.service';
import type { ShutdownGate } from './shutdown-gate';

const lagOf = (eventsBehind: number): ProjectionLag => ({
  storeHead: 100,
  readPosition: 100 - eventsBehind,
  eventsBehind,
  secondsBehind: 0,
});

function readiness(measure: () => Promise<ProjectionLag>, { draining = false, maxLag = 3 } = {}) {
  const probe = { measure } as unknown as ProjectionLagProbe;
  const gate = { isDraining: draining } as ShutdownGate;
  return new ReadinessService(probe, gate, { readyMaxLagEvents: maxLag } as LedgerConfig);
}

describe(ReadinessService.name, () => {
  it('is ready when the read models trail the store by no more than the bound', async () => {
    expect(await readiness(async () => lagOf(3)).check()).toEqual({ ready: true, lag: lagOf(3) });
  });

  it('is not ready when they trail it by more, and says by how much at most', async () => {
    expect(await readiness(async () => lagOf(4)).check()).toEqual({
      ready: false,
      reason: 'read models are more than 3 events behind the store',
      lag: lagOf(4),
    });
  });

  it('is not ready when the store does not answer, and says why', async () => {
    const check = await readiness(() => Promise.reject(new Error('The event store is unavailable'))).check();
    expect(check).toEqual({ ready: false, reason: 'event store unreachable: The event store is unavailable' });
  });

  it('is not ready once shutdown has begun, without asking the store', async () => {
    const measure = jest.fn(async () => lagOf(0));
    expect(await readiness(measure, { draining: true }).check()).toEqual({ ready: false, reason: 'shutting down' });
    expect(measure).not.toHaveBeenCalled();
  });
});
