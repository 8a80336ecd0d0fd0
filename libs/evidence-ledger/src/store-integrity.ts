import { GENESIS_PREV_HASH, eventHash, LEAF_FORMAT, MerkleTree, bytesEqual, toHex } from '@ledger/evidence';
import { hashedFields, type EventStore, type RecordedEvent } from '@ledger/event-store';
import { isSealingAdoption, leafHashOfEvent, type SealedAfter } from './leaf-of';

/** Where the store first disagrees with itself: a stream's chain, the Merkle log kept beside it, or a recorded checkpoint. */
export type BrokenLink = Readonly<{
  kind: 'chain' | 'log' | 'checkpoint' | 'unreadable';
  globalPosition: number;
  detail: string;
}>;

export type StoreIntegrity = Readonly<{
  intact: boolean;
  /** Events read up to the first broken link (all of them when intact). */
  events: number;
  checkpoints: number;
  firstBreak: BrokenLink | null;
}>;

export type IntegrityOptions = Readonly<{
  /** The evidence secret: the leaves are recomputed from the events as the log makes them. */
  secret: Uint8Array;
  /** The leaf hashes the running log holds, to compare with the recomputed ones (a saved log is not recomputed on restart). */
  heldLeafHash?: (index: number) => Uint8Array | null;
  /** Called before each event, so a background check gives way to requests. */
  pace?: () => Promise<void>;
  pageSize?: number;
}>;

type StreamHead = { revision: number; hash: string };

/** A head the ledger signed (a checkpoint, or a key rotation's size and root): its root must be the log's at that size. */
function signedHeadOf(event: RecordedEvent): { size: number; rootHash: string } | null {
  const { data } = event;
  const recorded =
    event.type === 'CheckpointSigned'
      ? data.format === LEAF_FORMAT
      : event.type === 'SigningKeyRotated' && data.rootHash !== undefined;
  return recorded && Number.isSafeInteger(data.size) && typeof data.rootHash === 'string'
    ? { size: data.size as number, rootHash: data.rootHash }
    : null;
}

/** The first way one event breaks the store's evidence, or null. */
function breakAt(
  event: RecordedEvent,
  heads: Map<string, StreamHead>,
  tree: MerkleTree,
  options: IntegrityOptions,
  sealedAfter: SealedAfter,
): BrokenLink | null {
  const at = (kind: BrokenLink['kind'], detail: string): BrokenLink => ({
    kind,
    globalPosition: event.globalPosition,
    detail,
  });
  const where = `${event.streamId} revision ${event.revision} (event ${event.eventId})`;
  const head = heads.get(event.streamId);
  if (event.revision !== (head ? head.revision + 1 : 0))
    return at('chain', `${where} does not follow revision ${head?.revision ?? -1}`);
  if (event.prevHash !== (head?.hash ?? GENESIS_PREV_HASH))
    return at('chain', `${where}: prevHash is not the hash of the previous event`);
  if (eventHash(hashedFields(event)) !== event.hash)
    return at('chain', `${where}: the content does not match its hash`);
  heads.set(event.streamId, { revision: event.revision, hash: event.hash });
  const leaf = leafHashOfEvent(event, options.secret, sealedAfter);
  const held = options.heldLeafHash?.(tree.size);
  if (held && !bytesEqual(held, leaf))
    return at('log', `leaf ${tree.size} of the running log is not ${where} as stored`);
  tree.appendLeafHash(leaf);
  const signed = signedHeadOf(event);
  if (signed && (signed.size > tree.size || toHex(tree.root(signed.size)) !== signed.rootHash)) {
    return at('checkpoint', `the ${event.type} of ${signed.size} leaves signed a root the store no longer gives`);
  }
  return null;
}

/**
 * Reads the whole store in global order and checks it against itself: every stream's hash chain, the
 * Merkle log rebuilt from the events (and the running log's leaves, when given), and every checkpoint and
 * key rotation the ledger recorded against the roots of that log. Stops at the first broken link.
 */
export async function checkStoreIntegrity(store: EventStore, options: IntegrityOptions): Promise<StoreIntegrity> {
  const heads = new Map<string, StreamHead>();
  const tree = new MerkleTree();
  const pageSize = options.pageSize ?? 1000;
  let after = 0;
  let events = 0;
  let checkpoints = 0;
  let sealedAfter: SealedAfter = null;
  for (;;) {
    let page: RecordedEvent[];
    try {
      page = await store.readAll({ after, limit: pageSize });
    } catch (error) {
      const firstBreak = {
        kind: 'unreadable' as const,
        globalPosition: after + 1,
        detail: `the events after global position ${after} cannot be read: ${(error as Error).message}`,
      };
      return { intact: false, events, checkpoints, firstBreak };
    }
    if (page.length === 0) return { intact: true, events, checkpoints, firstBreak: null };
    for (const event of page) {
      await options.pace?.();
      const firstBreak = breakAt(event, heads, tree, options, sealedAfter);
      if (firstBreak) return { intact: false, events, checkpoints, firstBreak };
      if (sealedAfter === null && isSealingAdoption(event)) sealedAfter = event.globalPosition;
      events += 1;
      if (signedHeadOf(event)) checkpoints += 1;
    }
    after = page[page.length - 1].globalPosition;
  }
}
