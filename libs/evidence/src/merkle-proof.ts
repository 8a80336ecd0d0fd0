import { EMPTY_ROOT, HASH_SIZE, bytesEqual, hashChildren, hashChildrenHex, toHex } from './merkle-hash';

// Verifiers take proofs from strangers: they check every size and length and return false, never throw.
// Sizes are plain numbers and shifts are divisions, so trees beyond 2^31 leaves stay exact.

const HASH_HEX_LENGTH = HASH_SIZE * 2;
const isHash = (value: Uint8Array): boolean => value instanceof Uint8Array && value.length === HASH_SIZE;
const isSize = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;
const isOdd = (value: number): boolean => value % 2 === 1;
const half = (value: number): number => Math.floor(value / 2);
const isPowerOfTwo = (value: number): boolean => {
  let power = 1;
  while (power < value) power *= 2;
  return power === value;
};

/**
 * Node hashes for a run of inclusion proofs into one tree, remembering the last node computed at each
 * level: proofs of neighbouring leaves share every node above the level where they part, so verifying
 * the proofs of n consecutive leaves costs about n node hashes instead of n times the tree's height. Only
 * a hash of exactly the same two children is reused, so every proof is still checked in full.
 */
export class NodeHashMemo {
  private readonly lastAtLevel: { left: string; right: string; parent: string }[] = [];

  hashChildren(level: number, left: string, right: string): string {
    const last = this.lastAtLevel[level];
    if (last !== undefined && last.left === left && last.right === right) return last.parent;
    const parent = hashChildrenHex(left, right);
    this.lastAtLevel[level] = { left, right, parent };
    return parent;
  }
}

/**
 * RFC 9162 §2.1.3.2 with hashes as lower-case hex: does `proof` show that `leafHash` is leaf `leafIndex`
 * of the tree with `root`? Pass one memo to the checks of one tree's consecutive leaves. Only lengths are
 * checked here: digits that are not lower-case hex are the bundle reader's to refuse (`isHashHexList`), and
 * could not make a proof hold, since every node hashed has to come out as the root's exact text.
 */
export function verifyInclusionHex(
  leafIndex: number,
  treeSize: number,
  leafHash: string,
  proof: readonly string[],
  root: string,
  memo: NodeHashMemo = new NodeHashMemo(),
): boolean {
  if (!isSize(leafIndex) || !isSize(treeSize) || leafIndex >= treeSize) return false;
  if (
    leafHash.length !== HASH_HEX_LENGTH ||
    root.length !== HASH_HEX_LENGTH ||
    !proof.every((p) => p.length === HASH_HEX_LENGTH)
  )
    return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let level = 0;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = memo.hashChildren(level, p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
        level += 1;
      }
    } else {
      r = memo.hashChildren(level, r, p);
    }
    fn = half(fn);
    sn = half(sn);
    level += 1;
  }
  return sn === 0 && r === root;
}

/** RFC 9162 §2.1.3.2: does `proof` show that `leafHash` is leaf `leafIndex` of the tree with `root`? */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isHash(leafHash) || !isHash(root) || !proof.every(isHash)) return false;
  return verifyInclusionHex(leafIndex, treeSize, toHex(leafHash), proof.map(toHex), toHex(root));
}

/**
 * RFC 9162 §2.1.4.2: is the tree of `size2` with `root2` an append-only extension of the tree of `size1`
 * with `root1`? The RFC algorithm covers 0 < size1 < size2; the two edge cases take an empty proof:
 * equal sizes must have equal roots, and from size 0 the first root must be the empty-tree root.
 */
export function verifyConsistency(
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isSize(size1) || !isSize(size2) || size1 > size2) return false;
  if (!isHash(root1) || !isHash(root2) || !proof.every(isHash)) return false;
  if (size1 === size2) return proof.length === 0 && bytesEqual(root1, root2);
  if (size1 === 0) return proof.length === 0 && bytesEqual(root1, EMPTY_ROOT);
  if (proof.length === 0) return false;

  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesEqual(fr, root1) && bytesEqual(sr, root2);
}
