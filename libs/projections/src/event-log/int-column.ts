/**
 * A growable column of numbers in a typed array: a few bytes per event instead of a boxed value, and
 * doubling on growth keeps appends amortised O(1). Used for the per-event facts the event log filters on.
 */
export class NumberColumn<T extends Uint8Array | Int32Array | Float64Array> {
  private data: T;
  length = 0;

  constructor(private readonly create: (capacity: number) => T, initialCapacity = 1024) {
    this.data = create(initialCapacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.create(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  at(index: number): number {
    return this.data[index];
  }
}
