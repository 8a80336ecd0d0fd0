/** One negotiation in the list of all negotiations. */
export type NegotiationSummary = Readonly<{
  negotiationId: string;
  title: string;
  /** occurredOn of NegotiationOpened (as corrected); null while only later events are known. */
  openedOn: string | null;
  /** The latest occurredOn among its events. */
  lastOccurredOn: string;
  eventCount: number;
  lastRevision: number;
  firstGlobalPosition: number;
  lastGlobalPosition: number;
}>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A summary as the index keeps it: updated in place, plus the event id a title correction would name. */
export type SummaryRow = Mutable<NegotiationSummary> & { openedEventId: string | null };

/**
 * Every negotiation, in the order it first appeared in the global log. `firstPositions[i]` is the first
 * global position of `order[i]`, ascending, so Relay paging is a binary search.
 */
export type NegotiationListIndex = {
  readonly rows: Map<string, SummaryRow>;
  readonly order: string[];
  readonly firstPositions: number[];
  lastPosition: number;
};
