import type { Caller } from '../common/caller';
import { VerifiedTokenCache } from './verified-token.cache';

const VNG: Caller = { id: 'vng-1', party: 'vng', role: 'recorder' };
const RIJK: Caller = { id: 'rijk-1', party: 'rijk', role: 'reader' };

describe(VerifiedTokenCache.name, () => {
  let now: number;
  const cache = (maxEntries = 10, maxAgeMs = 60_000) => new VerifiedTokenCache(() => now, maxEntries, maxAgeMs);

  beforeEach(() => (now = 1_000_000));

  it('answers a remembered token with its caller and knows no other token', () => {
    const sut = cache();
    sut.remember('token-a', VNG, now / 1000 + 30);
    expect(sut.get('token-a')).toEqual(VNG);
    expect(sut.get('token-a ')).toBeUndefined();
    expect(sut.get('token-b')).toBeUndefined();
  });

  it('forgets a token at its exp', () => {
    const sut = cache();
    sut.remember('token-a', VNG, now / 1000 + 30);
    now += 29_999;
    expect(sut.get('token-a')).toEqual(VNG);
    now += 1;
    expect(sut.get('token-a')).toBeUndefined();
  });

  it('forgets a long-lived token after the maximum age, so a withdrawn key takes effect', () => {
    const sut = cache(10, 60_000);
    sut.remember('token-a', VNG, now / 1000 + 86_400);
    now += 60_000;
    expect(sut.get('token-a')).toBeUndefined();
  });

  it('does not keep a token that has already expired', () => {
    const sut = cache();
    sut.remember('token-a', VNG, now / 1000);
    expect(sut.get('token-a')).toBeUndefined();
  });

  it('makes room by dropping the least recently verified token', () => {
    const sut = cache(2);
    sut.remember('token-a', VNG, now / 1000 + 30);
    sut.remember('token-b', RIJK, now / 1000 + 30);
    sut.remember('token-a', VNG, now / 1000 + 30);
    sut.remember('token-c', RIJK, now / 1000 + 30);
    expect(sut.get('token-b')).toBeUndefined();
    expect(sut.get('token-a')).toEqual(VNG);
    expect(sut.get('token-c')).toEqual(RIJK);
  });
});
