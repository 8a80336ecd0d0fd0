import { NumberColumn } from './number-column';

describe('number column', () => {
  it('keeps every pushed value in order when it grows past its first capacity', () => {
    const column = new NumberColumn(Int32Array, 2);
    [5, 8, 13, 21, 34].forEach((value) => column.push(value));
    expect(column.length).toBe(5);
    expect([0, 1, 2, 3, 4].map((row) => column.at(row))).toEqual([5, 8, 13, 21, 34]);
  });

  it('overwrites a row that was pushed, and refuses one that was not', () => {
    const column = new NumberColumn(Float64Array, 4);
    column.push(1);
    column.set(0, 1_000_001);
    expect(column.at(0)).toBe(1_000_001);
    expect(() => column.set(1, 7)).toThrow(RangeError);
  });
});
