import { START } from '@eventstore/db-client';
import { toGlobalPosition, toReadPosition } from './esdb-position.mapper';

describe('position mapping', () => {
  it('uses the commit position as the global position', () => {
    expect(toGlobalPosition({ commit: 1_234_567n, prepare: 1_234_567n })).toBe(1_234_567);
  });

  it('refuses a commit position beyond 2^53 - 1', () => {
    expect(() => toGlobalPosition({ commit: 2n ** 53n, prepare: 2n ** 53n })).toThrow(RangeError);
  });

  it('reads from the start for position 0 and from the exact log position otherwise', () => {
    expect(toReadPosition(0)).toBe(START);
    expect(toReadPosition(4096)).toEqual({ commit: 4096n, prepare: 4096n });
  });

  it('refuses a position that is not a non-negative safe integer', () => {
    expect(() => toReadPosition(-5)).toThrow(RangeError);
    expect(() => toReadPosition(Number.NaN)).toThrow(RangeError);
  });
});
