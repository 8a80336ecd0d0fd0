import { EMPTY_ROOT, hashLeaf, toHex } from './merkle-hash';
import { NodeHashMemo, verifyConsistency, verifyInclusion, verifyInclusionHex } from './merkle-proof';
import { MerkleTree } from './merkle-tree';

// Corruptions modelled on corruptInclusionProof / corruptConsistencyProof in transparency-dev/merkle
// proof/verify_test.go: every one of them must be rejected.
const leaves = Array.from({ length: 13 }, (_, i) => Uint8Array.of(i, i * 7));
const tree = MerkleTree.fromLeaves(leaves);
const someHash = hashLeaf(Uint8Array.of(0xab));
const flipBit = (proof: Uint8Array[], at: number) =>
  proof.map((hash, i) => (i === at ? hash.map((byte, j) => (j === 0 ? byte ^ 8 : byte)) : hash));

describe('verifyInclusion', () => {
  const index = 9;
  const size = 13;
  const root = tree.root(size);
  const leafHash = hashLeaf(leaves[index]);
  const proof = tree.inclusionProof(index, size);

  it('accepts the honest proof', () => {
    expect(verifyInclusion(index, size, leafHash, proof, root)).toBe(true);
  });

  it.each([
    ['index - 1', index - 1, size, leafHash, proof, root],
    ['index + 1', index + 1, size, leafHash, proof, root],
    ['index ^ 2', index ^ 2, size, leafHash, proof, root],
    ['size * 2', index, size * 2, leafHash, proof, root],
    ['size / 2', index, Math.floor(size / 2), leafHash, proof, root],
    ['index beyond size', size, size, leafHash, proof, root],
    ['wrong leaf', index, size, someHash, proof, root],
    ['empty root', index, size, leafHash, proof, EMPTY_ROOT],
    ['trailing garbage', index, size, leafHash, [...proof, new Uint8Array(0)], root],
    ['trailing root', index, size, leafHash, [...proof, root], root],
    ['preceding root', index, size, leafHash, [root, ...proof], root],
    ['removed component', index, size, leafHash, proof.slice(0, -1), root],
    ['inserted component', index, size, leafHash, [proof[0], someHash, ...proof.slice(1)], root],
    ['flipped bit in first node', index, size, leafHash, flipBit(proof, 0), root],
    ['flipped bit in last node', index, size, leafHash, flipBit(proof, proof.length - 1), root],
    ['negative index', -1, size, leafHash, proof, root],
    ['fractional size', index, 13.5, leafHash, proof, root],
  ])('rejects %s', (_label, badIndex, badSize, badLeaf, badProof, badRoot) => {
    expect(verifyInclusion(badIndex, badSize, badLeaf, badProof, badRoot)).toBe(false);
  });

  it('accepts the single-leaf tree only with an empty proof and leaf hash as root', () => {
    const single = hashLeaf(leaves[0]);
    expect(verifyInclusion(0, 1, single, [], single)).toBe(true);
    expect(verifyInclusion(0, 1, single, [single], single)).toBe(false);
    expect(verifyInclusion(0, 0, single, [], EMPTY_ROOT)).toBe(false);
  });
});

describe('verifyConsistency', () => {
  const size1 = 5;
  const size2 = 13;
  const root1 = tree.root(size1);
  const root2 = tree.root(size2);
  const proof = tree.consistencyProof(size1, size2);

  it('accepts the honest proof, also from a power-of-two size where the old root is implied', () => {
    expect(verifyConsistency(size1, size2, root1, root2, proof)).toBe(true);
    expect(verifyConsistency(8, size2, tree.root(8), root2, tree.consistencyProof(8, size2))).toBe(true);
  });

  it.each([
    ['size1 - 1', size1 - 1, size2, root1, root2, proof],
    ['size1 + 1', size1 + 1, size2, root1, root2, proof],
    ['size2 * 2', size1, size2 * 2, root1, root2, proof],
    ['size1 above size2', size2, size1, root2, root1, proof],
    ['wrong root1', size1, size2, someHash, root2, proof],
    ['wrong root2', size1, size2, root1, someHash, proof],
    ['swapped roots', size1, size2, root2, root1, proof],
    ['empty proof', size1, size2, root1, root2, []],
    ['trailing root2', size1, size2, root1, root2, [...proof, root2]],
    ['preceding proof[0]', size1, size2, root1, root2, [proof[0], ...proof]],
    ['truncated proof', size1, size2, root1, root2, proof.slice(0, -1)],
    ['flipped bit', size1, size2, root1, root2, flipBit(proof, 1)],
  ])('rejects %s', (_label, badSize1, badSize2, badRoot1, badRoot2, badProof) => {
    expect(verifyConsistency(badSize1, badSize2, badRoot1, badRoot2, badProof)).toBe(false);
  });

  it('treats equal sizes and the empty tree as consistent only with an empty proof and matching roots', () => {
    expect(verifyConsistency(7, 7, tree.root(7), tree.root(7), [])).toBe(true);
    expect(verifyConsistency(7, 7, tree.root(7), tree.root(6), [])).toBe(false);
    expect(verifyConsistency(7, 7, tree.root(7), tree.root(7), [EMPTY_ROOT])).toBe(false);
    expect(verifyConsistency(0, 7, EMPTY_ROOT, tree.root(7), [])).toBe(true);
    expect(verifyConsistency(0, 7, someHash, tree.root(7), [])).toBe(false);
  });
});

describe('verifyInclusionHex with one memo for a run of proofs', () => {
  const size = 13;
  const root = toHex(tree.root(size));
  const leafHashOf = (index: number) => toHex(hashLeaf(leaves[index]));
  const proofOf = (index: number) => tree.inclusionProof(index, size).map(toHex);

  it('accepts the honest proof of every leaf, in order and out of order', () => {
    const memo = new NodeHashMemo();
    const order = [...leaves.keys(), 12, 0, 7, 3];
    expect(
      order.map((index) => verifyInclusionHex(index, size, leafHashOf(index), proofOf(index), root, memo)),
    ).toEqual(order.map(() => true));
  });

  it('still rejects a forged proof right after the honest proof of its neighbour filled the memo', () => {
    const memo = new NodeHashMemo();
    expect(verifyInclusionHex(4, size, leafHashOf(4), proofOf(4), root, memo)).toBe(true);
    const forged = proofOf(5).map((hash, i) => (i === 1 ? toHex(hashLeaf(Uint8Array.of(0xab))) : hash));
    expect(verifyInclusionHex(5, size, leafHashOf(5), forged, root, memo)).toBe(false);
    expect(verifyInclusionHex(5, size, toHex(hashLeaf(Uint8Array.of(0xab))), proofOf(5), root, memo)).toBe(false);
    expect(verifyInclusionHex(5, size, leafHashOf(5), proofOf(5), root, memo)).toBe(true);
  });

  it('rejects hashes of the wrong length', () => {
    expect(verifyInclusionHex(4, size, leafHashOf(4), [...proofOf(4).slice(0, -1), 'ab'], root)).toBe(false);
    expect(verifyInclusionHex(4, size, leafHashOf(4).slice(2), proofOf(4), root)).toBe(false);
  });
});
