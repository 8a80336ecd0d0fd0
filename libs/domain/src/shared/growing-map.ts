type Slot<V> = Readonly<{ value: V; order: number }>;

/**
 * An immutable map for a history that grows at its end, as a negotiation's entries do: adding a key to the
 * newest version costs O(1) instead of copying the map (which made every event of a long negotiation cost
 * O(events so far)). Versions share one insertion-ordered store; a version sees the first `size` keys of it,
 * which never change afterwards. Adding to an older version, or setting a key it already has, copies what
 * that version sees first, so every version keeps its own value whatever is added to the others.
 */
export class GrowingMap<K, V> implements ReadonlyMap<K, V> {
  /** Inspectors (and jest's equality) take it for a Map, compared by size and entries. */
  readonly [Symbol.toStringTag] = 'Map';
  /** A private field, not a property: two versions with the same entries are equal whatever else their stores hold. */
  readonly #shared: Map<K, Slot<V>>;

  private constructor(
    shared: Map<K, Slot<V>>,
    readonly size: number,
  ) {
    this.#shared = shared;
  }

  static empty<K, V>(): GrowingMap<K, V> {
    return new GrowingMap(new Map(), 0);
  }

  /** This map with `key` set to `value`; this map itself is left as it is. */
  with(key: K, value: V): GrowingMap<K, V> {
    const isNewest = this.#shared.size === this.size;
    if (isNewest && !this.#shared.has(key)) {
      this.#shared.set(key, { value, order: this.size });
      return new GrowingMap(this.#shared, this.size + 1);
    }
    const copy = new Map<K, Slot<V>>();
    for (const [existing, existingValue] of this) copy.set(existing, { value: existingValue, order: copy.size });
    const replaced = copy.get(key);
    copy.set(key, { value, order: replaced?.order ?? copy.size });
    return new GrowingMap(copy, copy.size);
  }

  get(key: K): V | undefined {
    const slot = this.#shared.get(key);
    return slot !== undefined && slot.order < this.size ? slot.value : undefined;
  }

  has(key: K): boolean {
    const slot = this.#shared.get(key);
    return slot !== undefined && slot.order < this.size;
  }

  *entries(): MapIterator<[K, V]> {
    // The store iterates in insertion order, which is `order` order: the first slot past this version ends it.
    for (const [key, slot] of this.#shared) {
      if (slot.order >= this.size) return;
      yield [key, slot.value];
    }
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
