import { eventLeafOf, fromHex, SEALED_LEAF_FORMAT, type LoggedEvent, type PositionedEvent } from '@ledger/evidence';
import { EVIDENCE_STREAM, SEALED_LEAVES_ADOPTED } from './evidence-stream';

/**
 * The global position of the ledger's adoption of sealed leaves: events after it have sealed leaves, those
 * up to it keep the leaves they were logged with. Null before the adoption is recorded.
 */
export type SealedAfter = number | null;

export const isSealingAdoption = (event: Pick<PositionedEvent, 'streamId' | 'type' | 'data'>): boolean =>
  event.streamId === EVIDENCE_STREAM &&
  event.type === SEALED_LEAVES_ADOPTED &&
  event.data.format === SEALED_LEAF_FORMAT;

export const hasSealedLeaf = (globalPosition: number, sealedAfter: SealedAfter): boolean =>
  sealedAfter !== null && globalPosition > sealedAfter;

/** The event's leaf as the log holds it. */
export const leafOfEvent = (
  event: LoggedEvent & { globalPosition: number },
  secret: Uint8Array,
  sealedAfter: SealedAfter,
) => eventLeafOf(event, secret, hasSealedLeaf(event.globalPosition, sealedAfter));

export const leafHashOfEvent = (
  event: LoggedEvent & { globalPosition: number },
  secret: Uint8Array,
  sealedAfter: SealedAfter,
): Uint8Array => fromHex(leafOfEvent(event, secret, sealedAfter).leafHash)!;
