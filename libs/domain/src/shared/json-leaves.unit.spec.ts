import { mapJsonLeaves } from './json-leaves';

describe('mapJsonLeaves', () => {
  const upperUnderName = (leaf: unknown, key: string | undefined) =>
    key === 'name' && typeof leaf === 'string' ? leaf.toUpperCase() : leaf;

  it('replaces leaves by the key they sit under, in objects and lists at any depth', () => {
    const value = { name: 'a', parties: [{ name: 'b', seats: 2 }], name2: 'c', tags: { name: ['d', 'e'] } };
    expect(mapJsonLeaves(value, upperUnderName)).toEqual({
      name: 'A',
      parties: [{ name: 'B', seats: 2 }],
      name2: 'c',
      tags: { name: ['D', 'E'] },
    });
  });

  it('copies only what changed and leaves the value it was given as it was', () => {
    const untouched = { other: 'x' };
    const value = { name: 'a', untouched, list: [untouched] };
    const before = JSON.stringify(value);
    const mapped = mapJsonLeaves(value, upperUnderName);
    expect(JSON.stringify(value)).toBe(before);
    expect(mapped.untouched).toBe(untouched);
    expect(mapped.list).toBe(value.list);
  });

  it('hands back the very same value when no leaf changes', () => {
    const value = { a: [1, { b: null }], c: true };
    expect(mapJsonLeaves(value, (leaf) => leaf)).toBe(value);
  });
});
