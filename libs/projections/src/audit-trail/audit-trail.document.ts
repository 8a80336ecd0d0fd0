import type { NumberColumn } from '../shared/number-column';

/**
 * For every entity id (negotiation, party, meeting, proposal, …), the global positions of the events that
 * touched it, ascending. Only numbers and ids are kept: at 1,000,000 events the envelopes would not fit,
 * and a page of 50 needs only 50 of them, loaded from the store.
 *
 * Each entity's trail is a linked list through typed columns rather than an array per entity: a rebuild
 * touches some 3.5 million (entity, event) pairs, and hundreds of thousands of small growing arrays were
 * most of its garbage-collection time and memory. Reading a trail walks its list (see `entityTrail`).
 */
export type AuditTrailIndex = {
  /** The code of every entity seen: the row of its trail's ends in `firstTouch` and `lastTouch`. */
  readonly entityCodeOf: Map<string, number>;
  readonly firstTouch: NumberColumn<Int32Array>;
  readonly lastTouch: NumberColumn<Int32Array>;
  /** One row per touch, in global order: the event's position, and the same entity's next touch or NO_TOUCH. */
  readonly touchPositions: NumberColumn<Float64Array>;
  readonly nextTouch: NumberColumn<Int32Array>;
  /** The last global position folded in: an event at or below it was seen and is skipped. */
  lastPosition: number;
};

/** Where a trail ends. */
export const NO_TOUCH = -1;
