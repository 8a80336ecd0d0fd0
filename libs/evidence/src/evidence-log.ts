import { createHash } from 'node:crypto';
import type { LoggedEvent } from './evidence-leaf';
import { MerkleTree } from './merkle-tree';

/** A recorded event with its place in the store's global order (1-based, increasing, possibly with gaps). */
export type PositionedEvent = LoggedEvent & Readonly<{ globalPosition: number }>;

/** Float64 keeps every global position (up to 2^53) and id key (48 bits) exact; grown by doubling like the tree's levels. */
class NumberColumn {
  private values: Float64Array = new Float64Array(1024);
  length = 0;

  static of(values: Float64Array): NumberColumn {
    const column = new NumberColumn();
    column.values = values.length > 0 ? values : column.values;
    column.length = values.length;
    return column;
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  get(index: number): number {
    return this.values[index];
  }

  /** Index of `value` in this increasing column, or -1. */
  indexOf(value: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.values[middle];
      if (found === value) return middle;
      if (found < value) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/** 48 bits of SHA-256 of the event id: a number key, far smaller in memory than the id string. */
export const eventIdKey = (eventId: string): number => createHash('sha256').update(eventId).digest().readUIntBE(0, 6);

/**
 * A log built elsewhere (another thread, an earlier run), in plain arrays that can cross threads: the
 * tree's subtree hashes by level, and each leaf's global position and event id key.
 */
export type EvidenceLogSnapshot = Readonly<{
  treeLevels: readonly Uint8Array[];
  positions: Float64Array;
  idKeys: Float64Array;
}>;

/**
 * The ledger's Merkle log over the global order, kept in memory as hashes and numbers only: the tree's
 * subtree hashes, each leaf's global position, and a 48-bit digest of each event id. At a million events
 * that is about 64 MB of hashes, 16 MB of positions and id keys, and the id map; no envelope is kept.
 * An id digest can collide, so a lookup returns candidates that the caller confirms against the store.
 */
export class EvidenceLog {
  readonly tree: MerkleTree;
  private readonly positions: NumberColumn;
  private readonly idKeys: NumberColumn;
  private readonly leavesById = new Map<number, number | number[]>();

  constructor(
    snapshot: EvidenceLogSnapshot = { treeLevels: [], positions: new Float64Array(0), idKeys: new Float64Array(0) },
  ) {
    this.tree = MerkleTree.fromSubtreeLevels(snapshot.treeLevels);
    if (snapshot.positions.length !== this.tree.size || snapshot.idKeys.length !== this.tree.size) {
      throw new RangeError(`a log of ${this.tree.size} leaves needs as many positions and id keys`);
    }
    this.positions = NumberColumn.of(snapshot.positions);
    this.idKeys = NumberColumn.of(snapshot.idKeys);
    snapshot.idKeys.forEach((key, index) => this.indexIdKey(key, index));
  }

  get size(): number {
    return this.tree.size;
  }

  /** Global position of the last logged event, 0 when empty. */
  get lastPosition(): number {
    return this.size === 0 ? 0 : this.positions.get(this.size - 1);
  }

  /**
   * Appends the leaf hash (`eventLeafHash`) of the event at this global position as the next leaf; events must
   * come in global order. Returns its leaf index.
   */
  appendLeafHash(globalPosition: number, idKey: number, leafHash: Uint8Array): number {
    if (globalPosition <= this.lastPosition)
      throw new RangeError(`event at ${globalPosition} is not after ${this.lastPosition}`);
    const index = this.tree.appendLeafHash(leafHash);
    this.positions.push(globalPosition);
    this.idKeys.push(idKey);
    this.indexIdKey(idKey, index);
    return index;
  }

  /** The event id key (`eventIdKey`) of the leaf's event. */
  idKeyOf(index: number): number {
    this.positionOf(index);
    return this.idKeys.get(index);
  }

  positionOf(index: number): number {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.size)
      throw new RangeError(`no leaf ${index} in a log of ${this.size}`);
    return this.positions.get(index);
  }

  /** Leaf index of the event at this global position, or null when the log holds none there. */
  indexOfPosition(globalPosition: number): number | null {
    const index = this.positions.indexOf(globalPosition);
    return index < 0 ? null : index;
  }

  /** Leaf indices whose event id digest matches; at most one of them is the event. */
  candidatesForEventId(eventId: string): readonly number[] {
    const found = this.leavesById.get(eventIdKey(eventId));
    return found === undefined ? [] : typeof found === 'number' ? [found] : found;
  }

  private indexIdKey(key: number, index: number): void {
    const existing = this.leavesById.get(key);
    if (existing === undefined) this.leavesById.set(key, index);
    else this.leavesById.set(key, [...(typeof existing === 'number' ? [existing] : existing), index]);
  }
}
