import { signCheckpoint } from './checkpoint';
import { eventHash, GENESIS_PREV_HASH } from './event-hash';
import type { EvidenceBundle } from './evidence-bundle';
import {
  buildEvidenceBundle,
  type BundleSource,
  type EntryExposure,
  type PlannedEntry,
} from './evidence-bundle.builder';
import type { LoggedEvent } from './evidence-leaf';
import { sealedFromLine } from './leaf-formats';
import { fromHex } from './merkle-hash';
import { eventLeafOf } from './sealed-leaf';
import { signKeyRotation } from './key-rotation';
import { MerkleTree } from './merkle-tree';
import { createNoteSigner, verifierKeyOf, type NoteSigner } from './note-key';

export const TEST_ORIGIN = 'ledger.test/onderhandelingen';
export const testLogKey = createNoteSigner(TEST_ORIGIN, new Uint8Array(32).fill(11));
export const testPinnedKeys = [verifierKeyOf(testLogKey)];
export const testEvidenceSecret = new Uint8Array(32).fill(7);

/** A log of `size` events over three streams, each stream hash-chained as the store chains it. */
export function testLog(size: number): LoggedEvent[] {
  const lastHash = new Map<string, string>();
  return Array.from({ length: size }, (_, position) => {
    const streamId = `negotiation-${position % 3}`;
    const unhashed = {
      eventId: `event-${position}`,
      streamId,
      revision: Math.floor(position / 3),
      type: position % 2 === 0 ? 'ProposalTabled' : 'PositionTaken',
      schemaVersion: 1,
      data: { negotiationId: streamId, amountCents: 1_000_000 * position, note: `vertrouwelijk ${position}` },
      metadata: {
        occurredOn: '2025-04-16',
        recordedAt: '2025-04-17T09:00:00Z',
        recordedBy: 'griffie',
        classification: { level: 'parties' },
      },
      prevHash: lastHash.get(streamId) ?? GENESIS_PREV_HASH,
    };
    const event = { ...unhashed, hash: eventHash(unhashed) };
    lastHash.set(streamId, event.hash);
    return event;
  });
}

type Options = Readonly<{
  logSize?: number;
  checkpointSizes?: readonly number[];
  range?: Readonly<{ from: number; to: number }>;
  kindOf?: (index: number) => EntryExposure['kind'];
  /** The first sealed leaf (format 3); by default none, every leaf of format 2. */
  sealedFrom?: number | null;
  /** Signs each checkpoint; by default testLogKey. */
  signerOf?: (size: number) => NoteSigner;
  /** Key rotations stated at a size of this log, oldest first. */
  rotations?: readonly Readonly<{ from: NoteSigner; to: NoteSigner; size: number }>[];
  /** Rewrites the log before it is hashed, as a forger would (the chain is not redone unless the rewrite does it). */
  rewrite?: (events: LoggedEvent[]) => LoggedEvent[];
}>;

const exposureOf = (kind: EntryExposure['kind']): EntryExposure =>
  kind === 'partial' ? { kind, isWithheldField: (name) => name === 'data.note' } : { kind };

/** What the exporter builds a bundle from over a test log: shown, partly shown (data.note withheld) and withheld entries. */
export function testBundleInputs(options: Options = {}): { source: BundleSource; entries: PlannedEntry[] } {
  const {
    logSize = 10,
    checkpointSizes = [6, logSize],
    range = { from: 2, to: 9 },
    signerOf = () => testLogKey,
    rewrite = (events) => events,
    sealedFrom = null,
  } = options;
  const extensions = sealedFrom === null ? [] : [sealedFromLine(sealedFrom)];
  const kindOf = options.kindOf ?? ((index: number) => (['disclosed', 'partial', 'withheld'] as const)[index % 3]);
  const events = rewrite(testLog(logSize));
  const tree = new MerkleTree();
  const leaves = new Map(
    events.map((event, index) => [
      event,
      eventLeafOf(event, testEvidenceSecret, sealedFrom !== null && index >= sealedFrom),
    ]),
  );
  const leafOf = (event: LoggedEvent) => leaves.get(event)!;
  for (const event of events) tree.appendLeafHash(fromHex(leafOf(event).leafHash)!);
  const checkpoints = checkpointSizes.map((size) => ({
    size,
    note: signCheckpoint({ origin: TEST_ORIGIN, size, root: tree.root(size), extensions }, [signerOf(size)]),
  }));
  const rotations = (options.rotations ?? []).map(({ from, to, size }) => ({
    size,
    statement: signKeyRotation(from, to, { size, root: tree.root(size) }),
  }));
  const entries = events
    .slice(range.from, range.to)
    .map((event, offset) => ({ index: range.from + offset, event, exposure: exposureOf(kindOf(range.from + offset)) }));
  return { source: { origin: TEST_ORIGIN, proofs: tree, leafOf, checkpoints, rotations }, entries };
}

/** The bundle the exporter produces over a test log (see testBundleInputs). */
export function buildTestBundle(options: Options = {}): EvidenceBundle {
  const { source, entries } = testBundleInputs(options);
  return buildEvidenceBundle(source, entries);
}
