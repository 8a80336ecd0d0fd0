/**
 * For every entity id (negotiation, party, meeting, proposal, …), the global positions of the events that
 * touched it, ascending. Only numbers and ids are kept: at 1,000,000 events the envelopes would not fit,
 * and a page of 50 needs only 50 of them, loaded from the store.
 */
export type AuditTrailIndex = {
  readonly positionsByEntity: Map<string, number[]>;
  /** The last global position folded in: an event at or below it was seen and is skipped. */
  lastPosition: number;
};
