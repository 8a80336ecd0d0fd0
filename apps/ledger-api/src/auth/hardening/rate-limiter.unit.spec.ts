import { RateLimitedError, RateLimiter } from './rate-limiter';

describe(RateLimiter.name, () => {
  let now: number;
  const limiter = (perMinute: number) => new RateLimiter(perMinute, () => now);

  beforeEach(() => (now = 0));

  it('lets a caller burst up to the limit, then refuses with the wait', () => {
    const sut = limiter(3);
    for (let i = 0; i < 3; i++) sut.take('vng-1');
    expect(() => sut.take('vng-1')).toThrow(new RateLimitedError(20));
  });

  it('counts every caller on its own', () => {
    const sut = limiter(1);
    sut.take('vng-1');
    expect(() => sut.take('rijk-1')).not.toThrow();
  });

  it('earns requests back as time passes', () => {
    const sut = limiter(60);
    for (let i = 0; i < 60; i++) sut.take('vng-1');
    now += 1_000;
    expect(() => sut.take('vng-1')).not.toThrow();
    expect(() => sut.take('vng-1')).toThrow(RateLimitedError);
  });

  it('limits nothing when switched off', () => {
    const sut = limiter(0);
    for (let i = 0; i < 1_000; i++) sut.take('vng-1');
  });
});
