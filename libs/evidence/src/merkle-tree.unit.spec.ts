import { EMPTY_ROOT, hashChildren, hashLeaf, splitPoint, toHex } from './merkle-hash';
import { verifyConsistency, verifyInclusion } from './merkle-proof';
import { MerkleTree } from './merkle-tree';

// Reference vectors of transparency-dev/merkle (Go), copied from testonly/constants.go (LeafInputs,
// RootHashes) and proof/verify_test.go (inclusionProofs, consistencyProofs) as read on GitHub.
const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));
const LEAF_INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(hex);
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// The Go vectors number leaves from 1; here `index` is 0-based.
const INCLUSION_VECTORS = [
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];
const CONSISTENCY_VECTORS = [
  {
    size1: 1,
    size2: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    size1: 6,
    size2: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    size1: 2,
    size2: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    size1: 6,
    size2: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

// An independent, deliberately naive transcription of RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 over arrays.
const naiveRoot = (leaves: Uint8Array[]): Uint8Array => {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return hashLeaf(leaves[0]);
  const k = splitPoint(leaves.length);
  return hashChildren(naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
};
const naivePath = (m: number, leaves: Uint8Array[]): Uint8Array[] => {
  if (leaves.length === 1) return [];
  const k = splitPoint(leaves.length);
  return m < k
    ? [...naivePath(m, leaves.slice(0, k)), naiveRoot(leaves.slice(k))]
    : [...naivePath(m - k, leaves.slice(k)), naiveRoot(leaves.slice(0, k))];
};
const naiveSubproof = (m: number, leaves: Uint8Array[], isWholeOldTree: boolean): Uint8Array[] => {
  if (m === leaves.length) return isWholeOldTree ? [] : [naiveRoot(leaves)];
  const k = splitPoint(leaves.length);
  return m <= k
    ? [...naiveSubproof(m, leaves.slice(0, k), isWholeOldTree), naiveRoot(leaves.slice(k))]
    : [...naiveSubproof(m - k, leaves.slice(k), false), naiveRoot(leaves.slice(0, k))];
};

const referenceTree = () => MerkleTree.fromLeaves(LEAF_INPUTS);
const hexes = (hashes: Uint8Array[]) => hashes.map(toHex);

describe('MerkleTree against the transparency-dev/merkle reference vectors', () => {
  it.each(ROOTS.map((root, size) => [size, root]))('has the known root for size %i', (size, root) => {
    expect(toHex(referenceTree().root(size as number))).toBe(root);
  });

  it.each(INCLUSION_VECTORS)(
    'produces and verifies the known audit path of leaf $index in size $size',
    ({ index, size, proof }) => {
      const tree = referenceTree();
      expect(hexes(tree.inclusionProof(index, size))).toEqual(proof);
      expect(verifyInclusion(index, size, hashLeaf(LEAF_INPUTS[index]), proof.map(hex), hex(ROOTS[size]))).toBe(true);
    },
  );

  it.each(CONSISTENCY_VECTORS)(
    'produces and verifies the known consistency proof from $size1 to $size2',
    ({ size1, size2, proof }) => {
      expect(hexes(referenceTree().consistencyProof(size1, size2))).toEqual(proof);
      expect(verifyConsistency(size1, size2, hex(ROOTS[size1]), hex(ROOTS[size2]), proof.map(hex))).toBe(true);
    },
  );
});

describe('MerkleTree against a naive recursive transcription of the RFC', () => {
  const leaves = Array.from({ length: 70 }, (_, i) => new TextEncoder().encode(`entry ${i}`));
  const tree = MerkleTree.fromLeaves(leaves);

  it('agrees on every root, audit path and consistency proof up to 70 leaves, and each proof verifies', () => {
    for (let size = 1; size <= leaves.length; size += 1) {
      const prefix = leaves.slice(0, size);
      const root = naiveRoot(prefix);
      expect(toHex(tree.root(size))).toBe(toHex(root));
      for (let index = 0; index < size; index += 1) {
        const path = tree.inclusionProof(index, size);
        expect(hexes(path)).toEqual(hexes(naivePath(index, prefix)));
        expect(verifyInclusion(index, size, hashLeaf(leaves[index]), path, root)).toBe(true);
      }
      for (let from = 1; from <= size; from += 1) {
        const proof = tree.consistencyProof(from, size);
        expect(hexes(proof)).toEqual(hexes(naiveSubproof(from, prefix, true)));
        expect(verifyConsistency(from, size, tree.root(from), root, proof)).toBe(true);
      }
    }
  });

  it('builds the same root incrementally as from scratch, whatever the size', () => {
    const incremental = new MerkleTree();
    leaves.forEach((leaf, i) => {
      incremental.appendLeaf(leaf);
      expect(toHex(incremental.root())).toBe(toHex(naiveRoot(leaves.slice(0, i + 1))));
    });
  });
});

describe('MerkleTree edge cases', () => {
  it('has the hash of the empty string as the root of the empty tree', () => {
    expect(toHex(new MerkleTree().root())).toBe(ROOTS[0]);
  });

  it('refuses proofs outside the tree', () => {
    const tree = referenceTree();
    expect(() => tree.inclusionProof(8, 8)).toThrow(RangeError);
    expect(() => tree.root(9)).toThrow(RangeError);
    expect(() => tree.consistencyProof(5, 4)).toThrow(RangeError);
  });

  it('keeps sibling order: swapping two leaves changes the root', () => {
    const swapped = [...LEAF_INPUTS];
    [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
    expect(toHex(MerkleTree.fromLeaves(swapped).root())).not.toBe(ROOTS[8]);
  });
});

describe('a tree handed over as its subtree levels', () => {
  it('answers every root and proof as the tree it came from, and grows the same', () => {
    for (let size = 0; size <= 17; size += 1) {
      const original = MerkleTree.fromLeaves(Array.from({ length: size }, (_, index) => Uint8Array.of(index)));
      const copy = MerkleTree.fromSubtreeLevels(original.subtreeLevels());
      expect(copy.size).toBe(size);
      for (let at = 0; at <= size; at += 1) expect(toHex(copy.root(at))).toBe(toHex(original.root(at)));
      for (let index = 0; index < size; index += 1)
        expect(copy.inclusionProof(index).map(toHex)).toEqual(original.inclusionProof(index).map(toHex));
      original.appendLeaf(Uint8Array.of(255));
      copy.appendLeaf(Uint8Array.of(255));
      expect(toHex(copy.root())).toBe(toHex(original.root()));
    }
  });

  it('refuses levels that do not make up one tree', () => {
    const levels = MerkleTree.fromLeaves([0, 1, 2, 3].map((index) => Uint8Array.of(index))).subtreeLevels();
    expect(() => MerkleTree.fromSubtreeLevels([levels[0], levels[1].subarray(32)])).toThrow(RangeError);
    expect(() => MerkleTree.fromSubtreeLevels(levels.slice(0, 2))).toThrow('the tree lacks its top levels');
  });
});
