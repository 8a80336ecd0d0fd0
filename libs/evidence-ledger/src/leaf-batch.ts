import { eventIdKey, HASH_SIZE, type PositionedEvent } from '@ledger/evidence';
import { leafHashOfEvent, type SealedAfter } from './leaf-of';
import { EVIDENCE_STREAM, SIGNING_EVENT_TYPE } from './evidence-stream';

/**
 * An event the ledger acts on beyond logging it: its own checkpoints and key rotations, and the meetings
 * it signs after. Every other event is only a leaf hash to it. `offset` is its place in the batch.
 */
export type NotableEvent = Readonly<{
  offset: number;
  streamId: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<{ recordedAt: string }>;
}>;

/** Consecutive events of the global order as the log needs them: typed arrays, so a batch crosses threads without copying. */
export type LeafBatch = Readonly<{
  positions: Float64Array;
  idKeys: Float64Array;
  /** HASH_SIZE bytes per leaf. */
  leafHashes: Uint8Array;
  notable: readonly NotableEvent[];
}>;

const isNotable = (event: PositionedEvent): boolean =>
  event.streamId === EVIDENCE_STREAM || event.type === SIGNING_EVENT_TYPE;

/** The leaves of these events (consecutive, in global order): the ~450 µs of hashing per event happens here. */
export function leafBatchOf(
  events: readonly PositionedEvent[],
  secret: Uint8Array,
  sealedAfter: SealedAfter,
): LeafBatch {
  const positions = new Float64Array(events.length);
  const idKeys = new Float64Array(events.length);
  const leafHashes = new Uint8Array(events.length * HASH_SIZE);
  const notable: NotableEvent[] = [];
  events.forEach((event, offset) => {
    positions[offset] = event.globalPosition;
    idKeys[offset] = eventIdKey(event.eventId);
    leafHashes.set(leafHashOfEvent(event, secret, sealedAfter), offset * HASH_SIZE);
    if (isNotable(event)) {
      notable.push({
        offset,
        streamId: event.streamId,
        type: event.type,
        data: event.data,
        metadata: { recordedAt: String(event.metadata.recordedAt) },
      });
    }
  });
  return { positions, idKeys, leafHashes, notable };
}

/** The buffers to transfer (not copy) when posting a batch to another thread. */
export const transferablesOf = (batch: LeafBatch): ArrayBuffer[] =>
  [batch.positions.buffer, batch.idKeys.buffer, batch.leafHashes.buffer] as ArrayBuffer[];
