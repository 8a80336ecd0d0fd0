import { GrowingMap } from './growing-map';

const contents = <K, V>(map: ReadonlyMap<K, V>) => [...map];

describe('GrowingMap', () => {
  it('adds at the end without changing the version it was added to', () => {
    const empty = GrowingMap.empty<string, number>();
    const one = empty.with('a', 1);
    const two = one.with('b', 2);
    expect(contents(empty)).toEqual([]);
    expect(contents(one)).toEqual([['a', 1]]);
    expect(contents(two)).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([one.size, one.has('b'), one.get('b'), two.get('b')]).toEqual([1, false, undefined, 2]);
  });

  it('keeps two versions grown from the same one apart', () => {
    const base = GrowingMap.empty<string, number>().with('a', 1);
    const left = base.with('l', 10);
    const right = base.with('r', 20);
    expect(contents(base)).toEqual([['a', 1]]);
    expect(contents(left)).toEqual([
      ['a', 1],
      ['l', 10],
    ]);
    expect(contents(right)).toEqual([
      ['a', 1],
      ['r', 20],
    ]);
    expect([left.has('r'), right.has('l')]).toEqual([false, false]);
    // Growing the newest again goes on from its own store.
    expect(contents(right.with('s', 30))).toEqual([
      ['a', 1],
      ['r', 20],
      ['s', 30],
    ]);
    expect(contents(left.with('m', 11))).toEqual([
      ['a', 1],
      ['l', 10],
      ['m', 11],
    ]);
  });

  it('sets a key it has already in place, in a copy', () => {
    const before = GrowingMap.empty<string, string>().with('a', 'old').with('b', 'b');
    const after = before.with('a', 'new');
    expect(contents(before)).toEqual([
      ['a', 'old'],
      ['b', 'b'],
    ]);
    expect(contents(after)).toEqual([
      ['a', 'new'],
      ['b', 'b'],
    ]);
  });

  it('reads as a Map: keys, values, forEach, and equal by entries', () => {
    const map = GrowingMap.empty<string, number>().with('a', 1).with('b', 2);
    map.with('c', 3);
    const seen: string[] = [];
    map.forEach((value, key) => seen.push(`${key}=${value}`));
    expect([[...map.keys()], [...map.values()], seen]).toEqual([
      ['a', 'b'],
      [1, 2],
      ['a=1', 'b=2'],
    ]);
    // The same entries reached another way (a copy, with nothing after them) are equal; more entries are not.
    const copied = GrowingMap.empty<string, number>().with('b', 0).with('a', 1).with('b', 2);
    expect(map).toEqual(copied);
    expect(map).not.toEqual(copied.with('c', 3));
  });
});
