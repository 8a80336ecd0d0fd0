import type { RecordedEvent } from '@ledger/event-store';
import type { DossierSubject } from '@ledger/evidence';

/**
 * Fields that name people rather than parties: who recorded an entry, and the members of a delegation.
 * Withheld on request while the rest of the entry stays shown and provable.
 */
export const PERSONAL_DATA_FIELDS = ['metadata.recordedBy', 'data.delegation'] as const;

/** Data fields that point at a party or a meeting: shared by everything, so they do not relate entries to a dispute. */
const NON_RELATING_FIELDS = new Set(['negotiationId', 'partyId', 'raisedBy', 'bindsParty', 'meetingId', 'parties']);

/** The ids an event names in its *Id / *Ids data fields, except those of parties and meetings. */
function entityIdsOf(event: RecordedEvent): string[] {
  return Object.entries(event.data)
    .filter(([key]) => /Ids?$/.test(key) && !NON_RELATING_FIELDS.has(key))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string');
}

/**
 * The entries of a dispute: those that name it, and, repeated until nothing changes, those that name an
 * entity (proposal, agreement, ruling, commitment) a selected entry names. The meetings where selected
 * entries were said, sources attached to them and corrections of them come along.
 */
function disputeEntries(events: readonly RecordedEvent[], disputeId: string): Set<RecordedEvent> {
  const related = new Set([disputeId]);
  const selected = new Set<RecordedEvent>();
  let grown = true;
  while (grown) {
    grown = false;
    for (const event of events) {
      if (selected.has(event) || !entityIdsOf(event).some((id) => related.has(id))) continue;
      selected.add(event);
      entityIdsOf(event).forEach((id) => related.add(id));
      grown = true;
    }
  }
  const meetings = new Set(
    [...selected].map((event) => event.data.meetingId).filter((id): id is string => typeof id === 'string'),
  );
  const eventIds = new Set([...selected].map((event) => event.eventId));
  for (const event of events) {
    if (event.type === 'MeetingHeld' && meetings.has(event.data.meetingId as string)) selected.add(event);
    if (event.type === 'SourceAttached' && related.has(event.data.entityId as string)) selected.add(event);
    if (event.type === 'EntryCorrected' && eventIds.has(event.data.correctedEventId as string)) selected.add(event);
  }
  return selected;
}

const withinDates = (event: RecordedEvent, subject: DossierSubject) =>
  (subject.from === null || event.metadata.occurredOn >= subject.from) &&
  (subject.to === null || event.metadata.occurredOn <= subject.to);

/**
 * The negotiation's entries that make up the dossier, in global order: as the ledger knew them at
 * `asKnownAt`, narrowed to a dispute and to the days between `from` and `to` when asked. A correction of a
 * selected entry is kept whatever its own date, so it can be shown beside what it corrected.
 */
export function selectSubjectEntries(
  negotiationEvents: readonly RecordedEvent[],
  subject: DossierSubject,
): RecordedEvent[] {
  const known = negotiationEvents.filter(
    (event) => subject.asKnownAt === null || event.metadata.recordedAt <= subject.asKnownAt,
  );
  const inDispute = subject.disputeId === null ? new Set(known) : disputeEntries(known, subject.disputeId);
  const dated = known.filter(
    (event) => inDispute.has(event) && event.type !== 'EntryCorrected' && withinDates(event, subject),
  );
  const datedIds = new Set(dated.map((event) => event.eventId));
  const corrections = known.filter(
    (event) => event.type === 'EntryCorrected' && datedIds.has(event.data.correctedEventId as string),
  );
  return [...dated, ...corrections].sort((left, right) => left.globalPosition - right.globalPosition);
}
