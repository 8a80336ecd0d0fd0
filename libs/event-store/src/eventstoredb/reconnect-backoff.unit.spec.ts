import { reconnectDelayMs } from './reconnect-backoff';

describe('reconnectDelayMs', () => {
  const settings = { initialDelayMs: 100, maxDelayMs: 5_000 };

  it('doubles from the initial delay', () => {
    expect([0, 1, 2, 3].map((attempt) => reconnectDelayMs(attempt, settings))).toEqual([100, 200, 400, 800]);
  });

  it('never waits longer than the cap, however long the outage', () => {
    expect(reconnectDelayMs(6, settings)).toBe(5_000);
    expect(reconnectDelayMs(10_000, settings)).toBe(5_000);
  });
});
