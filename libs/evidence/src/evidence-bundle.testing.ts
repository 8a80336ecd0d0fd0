import { signCheckpoint } from './checkpoint';
import { BUNDLE_FORMAT, type BundleEntry, type EvidenceBundle } from './evidence-bundle';
import { hashLeaf, leafOfEvent, toHex } from './merkle-hash';
import { MerkleTree } from './merkle-tree';
import { createNoteSigner, verifierKeyOf, type NoteSigner } from './note-key';
import { seededRandomSource } from './seeded-random.testing';
import { commitEntry, discloseFields } from './selective-disclosure';

export const TEST_ORIGIN = 'ledger.test/onderhandelingen';
export const testLogKey = createNoteSigner(TEST_ORIGIN, new Uint8Array(32).fill(11));
export const testPinnedKeys = [verifierKeyOf(testLogKey)];

export const testEnvelope = (position: number) => ({
  eventId: `event-${position}`,
  streamId: `negotiation-${position % 3}`,
  revision: Math.floor(position / 3),
  globalPosition: position + 1,
  type: position % 2 === 0 ? 'ProposalTabled' : 'PositionTaken',
  schemaVersion: 1,
  data: { negotiationId: `negotiation-${position % 3}`, amountCents: 1_000_000 * position, note: `vertrouwelijk ${position}` },
  metadata: { occurredOn: '2025-04-16', recordedAt: '2025-04-17T09:00:00Z', recordedBy: 'griffie', classification: { level: 'parties' } },
  prevHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
});

type Options = Readonly<{
  logSize?: number;
  checkpointSizes?: readonly number[];
  range?: Readonly<{ from: number; to: number }>;
  kindOf?: (index: number) => BundleEntry['kind'];
  signer?: NoteSigner;
  rotations?: readonly string[];
}>;

/** What an exporter would produce: a log of test envelopes, checkpoints, proofs and disclosures. */
export function buildTestBundle(options: Options = {}): EvidenceBundle {
  const { logSize = 10, checkpointSizes = [6, logSize], range = { from: 2, to: 9 }, signer = testLogKey, rotations = [] } = options;
  const kindOf = options.kindOf ?? ((index: number) => (['disclosed', 'partial', 'withheld'] as const)[index % 3]);
  const envelopes = Array.from({ length: logSize }, (_, i) => testEnvelope(i));
  const tree = MerkleTree.fromLeaves(envelopes.map(leafOfEvent));
  const checkpoints = checkpointSizes.map((size) => signCheckpoint({ origin: TEST_ORIGIN, size, root: tree.root(size), extensions: [] }, [signer]));
  const consistency = checkpointSizes.slice(1).map((to, i) => ({ from: checkpointSizes[i], to, proof: tree.consistencyProof(checkpointSizes[i], to).map(toHex) }));
  const proofSize = checkpointSizes[checkpointSizes.length - 1];
  const entries = Array.from({ length: range.to - range.from }, (_, offset): BundleEntry => {
    const index = range.from + offset;
    const proof = { index, checkpoint: proofSize, proof: tree.inclusionProof(index, proofSize).map(toHex) };
    const envelope = envelopes[index];
    const leafHash = toHex(hashLeaf(leafOfEvent(envelope)));
    const kind = kindOf(index);
    if (kind === 'disclosed') return { kind, ...proof, envelope };
    if (kind === 'withheld') return { kind, ...proof, leafHash };
    const committed = commitEntry(envelope, seededRandomSource(index));
    return { kind, ...proof, leafHash, disclosure: discloseFields(committed, (name) => name !== 'data.note') };
  });
  return { format: BUNDLE_FORMAT, origin: TEST_ORIGIN, range, rotations, checkpoints, consistency, entries };
}
