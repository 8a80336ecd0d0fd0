import { EMPTY_ROOT, HASH_SIZE, hashChildren, hashLeaf, splitPoint } from './merkle-hash';

/** One level of the tree: the hashes of its complete subtrees, packed 32 bytes apiece in one growing buffer. */
class HashLevel {
  private bytes: Uint8Array = new Uint8Array(HASH_SIZE * 64);
  count = 0;

  static of(packed: Uint8Array): HashLevel {
    const level = new HashLevel();
    if (packed.length > level.bytes.length) level.bytes = packed;
    else level.bytes.set(packed);
    level.count = packed.length / HASH_SIZE;
    return level;
  }

  /** The hashes pushed so far, packed. */
  packed(): Uint8Array {
    return this.bytes.slice(0, this.count * HASH_SIZE);
  }

  push(hash: Uint8Array): void {
    if ((this.count + 1) * HASH_SIZE > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes.set(hash, this.count * HASH_SIZE);
    this.count += 1;
  }

  get(index: number): Uint8Array {
    return this.bytes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }
}

/**
 * An append-only RFC 9162 (§2.1) Merkle tree. Appending stores the hash of every complete subtree as soon
 * as it is complete (level k holds the subtrees of 2^k leaves), so a million appends cost about two
 * million hashes in total, and a root or proof for any past size n costs O(log n) hashes: the complete
 * subtrees are looked up and only the ragged right edge is hashed again. Nothing is sorted: left is left.
 */
export class MerkleTree {
  private readonly levels: HashLevel[] = [new HashLevel()];

  static fromLeaves(leaves: Iterable<Uint8Array>): MerkleTree {
    const tree = new MerkleTree();
    for (const leaf of leaves) tree.appendLeaf(leaf);
    return tree;
  }

  /**
   * A tree from the subtree hashes another tree handed over (`subtreeLevels`), without hashing anything:
   * a tree built on a worker thread becomes this thread's in O(levels).
   */
  static fromSubtreeLevels(levels: readonly Uint8Array[]): MerkleTree {
    const tree = new MerkleTree();
    if (levels.length === 0) return tree;
    levels.forEach((packed, level) => {
      const expected = level === 0 ? packed.length / HASH_SIZE : Math.floor(levels[level - 1].length / HASH_SIZE / 2);
      if (packed.length % HASH_SIZE !== 0 || packed.length / HASH_SIZE !== expected)
        throw new RangeError(`level ${level} of the tree has the wrong size`);
    });
    // A level of two or more complete subtrees has their parent above it; appending would not make it up.
    if (levels[levels.length - 1].length > HASH_SIZE) throw new RangeError('the tree lacks its top levels');
    tree.levels.splice(0, tree.levels.length, ...levels.map((packed) => HashLevel.of(packed)));
    return tree;
  }

  get size(): number {
    return this.levels[0].count;
  }

  /** The hashes of every complete subtree, one packed array per level (leaves first): the whole tree, copied. */
  subtreeLevels(): Uint8Array[] {
    return this.levels.map((level) => level.packed());
  }

  /** Appends raw leaf bytes (hashed as a leaf); returns the leaf's 0-based index. */
  appendLeaf(leaf: Uint8Array): number {
    return this.appendLeafHash(hashLeaf(leaf));
  }

  /** Appends an already computed leaf hash, e.g. of a withheld entry; returns its 0-based index. */
  appendLeafHash(leafHash: Uint8Array): number {
    if (leafHash.length !== HASH_SIZE) throw new RangeError(`a leaf hash has ${HASH_SIZE} bytes`);
    const leafIndex = this.size;
    this.levels[0].push(leafHash);
    let index = leafIndex;
    for (let level = 0; index % 2 === 1; level += 1) {
      if (this.levels.length === level + 1) this.levels.push(new HashLevel());
      const current = this.levels[level];
      this.levels[level + 1].push(hashChildren(current.get(index - 1), current.get(index)));
      index = Math.floor(index / 2);
    }
    return leafIndex;
  }

  leafHash(index: number): Uint8Array {
    this.assertSize(index + 1);
    return this.levels[0].get(index).slice();
  }

  /** MTH(D[0:size]), RFC 9162 §2.1.1. */
  root(size: number = this.size): Uint8Array {
    this.assertSize(size);
    return size === 0 ? EMPTY_ROOT.slice() : this.subtreeHash(0, size);
  }

  /** PATH(index, D[0:size]), RFC 9162 §2.1.3.1: the audit path, deepest sibling first. */
  inclusionProof(index: number, size: number = this.size): Uint8Array[] {
    this.assertSize(size);
    if (!Number.isSafeInteger(index) || index < 0 || index >= size)
      throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
    let start = 0;
    let end = size;
    const siblings: Uint8Array[] = [];
    while (end - start > 1) {
      const k = splitPoint(end - start);
      if (index < start + k) {
        siblings.push(this.subtreeHash(start + k, end));
        end = start + k;
      } else {
        siblings.push(this.subtreeHash(start, start + k));
        start += k;
      }
    }
    // Walking down collects siblings root first; the proof lists them leaf first.
    return siblings.reverse();
  }

  /** PROOF(fromSize, D[0:toSize]), RFC 9162 §2.1.4.1; empty when fromSize is 0 or equals toSize. */
  consistencyProof(fromSize: number, toSize: number = this.size): Uint8Array[] {
    this.assertSize(toSize);
    if (!Number.isSafeInteger(fromSize) || fromSize < 0 || fromSize > toSize) {
      throw new RangeError(`no consistency proof from ${fromSize} to ${toSize}`);
    }
    if (fromSize === 0 || fromSize === toSize) return [];
    const siblings: Uint8Array[] = [];
    let start = 0;
    let end = toSize;
    let m = fromSize;
    let wholeOldTreeIsRoot = true;
    while (m !== end - start) {
      const k = splitPoint(end - start);
      if (m <= k) {
        siblings.push(this.subtreeHash(start + k, end));
        end = start + k;
      } else {
        siblings.push(this.subtreeHash(start, start + k));
        start += k;
        m -= k;
        wholeOldTreeIsRoot = false;
      }
    }
    // SUBPROOF(m, D[m], false) = {MTH(D[m])}: the old subtree itself is needed unless it is the old root.
    const oldSubtree = wholeOldTreeIsRoot ? [] : [this.subtreeHash(start, end)];
    return [...oldSubtree, ...siblings.reverse()];
  }

  /** MTH(D[start:end]) for a node of the RFC decomposition; such nodes are aligned to their own size. */
  private subtreeHash(start: number, end: number): Uint8Array {
    const width = end - start;
    if (width === 1) return this.levels[0].get(start);
    const k = splitPoint(width);
    // Bit tricks would overflow past 2^31 leaves; plain arithmetic stays exact up to 2^53.
    const isComplete = k * 2 === width && start % width === 0;
    if (isComplete) return this.levels[Math.log2(width)].get(start / width);
    return hashChildren(this.subtreeHash(start, start + k), this.subtreeHash(start + k, end));
  }

  private assertSize(size: number): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) {
      throw new RangeError(`the tree has ${this.size} leaves, not ${size}`);
    }
  }
}
