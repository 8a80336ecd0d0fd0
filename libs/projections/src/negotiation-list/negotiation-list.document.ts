/** One negotiation in the list of all negotiations, as one viewer may see it. */
export type NegotiationSummary = Readonly<{
  negotiationId: string;
  title: string;
  /** occurredOn of NegotiationOpened (as corrected); null while only later events are known. */
  openedOn: string | null;
  /** The latest occurredOn among the events the viewer may see. */
  lastOccurredOn: string;
  /** How many of its events the viewer may see. */
  eventCount: number;
  /** The stream revision of the last event the viewer may see: what their commands' expectedRevision is judged against. */
  lastRevision: number;
  firstGlobalPosition: number;
  lastGlobalPosition: number;
}>;

/** What the events of one audience (see `audienceKey`) add to a summary. */
export type AudienceTally = {
  eventCount: number;
  lastOccurredOn: string;
  lastRevision: number;
  lastGlobalPosition: number;
};

/** A correction of the opening entry: what it changes, and for whom it was recorded. */
export type OpeningCorrection = Readonly<{ audience: string; title?: string; openedOn?: string }>;

/**
 * A summary as the index keeps it, updated in place: per audience, so every viewer's answer counts, dates
 * and corrects from only the entries they may see (a correction internal to one party changes the title
 * for that party only).
 */
export type SummaryRow = {
  readonly negotiationId: string;
  readonly firstGlobalPosition: number;
  opening: { title: string; openedOn: string; eventId: string; audience: string } | null;
  readonly openingCorrections: OpeningCorrection[];
  readonly tallies: Map<string, AudienceTally>;
};

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
