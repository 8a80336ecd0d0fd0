import type { NegotiationEventType } from '@ledger/domain';
import type { EnvelopeClassification } from '@ledger/event-store';

/** One line of a negotiation's timeline, dated as it happened in the world (after corrections). */
export type TimelineEntry = Readonly<{
  eventId: string;
  globalPosition: number;
  date: string;
  type: NegotiationEventType;
  entityId: string;
  /** A short label from the entry's own words: a title, a name, a summary. */
  label: string;
  meetingId: string | null;
  classification: EnvelopeClassification;
  /** A later entry corrected this one (patched data or date). */
  corrected: boolean;
  /** A later entry said this one was recorded in error. */
  retracted: boolean;
}>;

/** Entries in world order: by date, ties by global position (the order the ledger learned of them). */
export type Timeline = Readonly<{ negotiationId: string; entries: readonly TimelineEntry[] }>;
