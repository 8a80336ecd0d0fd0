type TypedArray = Uint8Array | Int32Array | Float64Array;

/**
 * A growable column of numbers in a typed array: a few bytes per row instead of a boxed value or an array
 * per key, and doubling on growth keeps appends amortised O(1). The global indexes keep their per-event
 * facts in these: a rebuild of a million events then leaves the garbage collector almost nothing to trace.
 */
export class NumberColumn<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly ArrayType: new (capacity: number) => T,
    initialCapacity = 1024,
  ) {
    this.data = new ArrayType(initialCapacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.ArrayType(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  at(index: number): number {
    return this.data[index];
  }

  /** Overwrites a row that was pushed before. */
  set(index: number, value: number): void {
    if (index >= this.length) throw new RangeError(`Row ${index} of a column of ${this.length}`);
    this.data[index] = value;
  }
}
