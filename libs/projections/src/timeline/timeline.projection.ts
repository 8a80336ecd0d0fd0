import { entityIdOf } from '@ledger/domain';
import type { LedgerEntry } from '../shared/ledger-entry';
import type { Timeline, TimelineEntry } from './timeline.document';
import { labelOf, meetingOf } from './timeline-label';

const comesBefore = (a: TimelineEntry, b: TimelineEntry) =>
  a.date < b.date || (a.date === b.date && a.globalPosition < b.globalPosition);

/** Places one entry in date order. Pure; a timeline starts at the first entry of its negotiation. */
export function evolveTimeline(timeline: Timeline | null, entry: LedgerEntry): Timeline {
  const line: TimelineEntry = {
    eventId: entry.eventId,
    globalPosition: entry.globalPosition,
    date: entry.occurredOn,
    type: entry.type,
    entityId: entityIdOf(entry),
    label: labelOf(entry),
    meetingId: meetingOf(entry),
    classification: entry.metadata.classification,
    corrected: entry.corrected,
    retracted: entry.retracted,
  };
  const entries = timeline?.entries ?? [];
  const at = entries.findIndex((other) => comesBefore(line, other));
  const placed = at === -1 ? [...entries, line] : [...entries.slice(0, at), line, ...entries.slice(at)];
  return { negotiationId: entry.data.negotiationId, entries: placed };
}
