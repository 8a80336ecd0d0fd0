import type { DossierSubject } from './dossier';

/**
 * What the subject of a dossier is decided on, for one entry of its negotiation: its id and kind, the ids
 * its data names (keys ending in Id or Ids), and when it happened and was recorded. The exporter decides on
 * stored events; a verifier on the `event` and `scope` fields shown of sealed leaves. One rule for both.
 */
export type SubjectCandidate = Readonly<{
  eventId: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<{ occurredOn?: unknown; recordedAt?: unknown }>;
}>;

/** Data fields that point at a party or a meeting: shared by everything, so they do not relate entries to a dispute. */
const NON_RELATING_FIELDS = new Set(['negotiationId', 'partyId', 'raisedBy', 'bindsParty', 'meetingId', 'parties']);

/** The ids an entry names in its *Id / *Ids data fields, except those of parties and meetings. */
function entityIdsOf(event: SubjectCandidate): string[] {
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
function disputeEntries<T extends SubjectCandidate>(events: readonly T[], disputeId: string): Set<T> {
  const related = new Set([disputeId]);
  const selected = new Set<T>();
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

const withinDates = (event: SubjectCandidate, subject: DossierSubject) =>
  (subject.from === null || String(event.metadata.occurredOn) >= subject.from) &&
  (subject.to === null || String(event.metadata.occurredOn) <= subject.to);

/**
 * The negotiation's entries that make up the subject, in the order given (global order): as the ledger
 * knew them at `asKnownAt`, narrowed to a dispute and to the days between `from` and `to` when asked. A
 * correction of a selected entry is kept whatever its own date, so it can be shown beside what it corrected.
 */
export function selectSubjectEntries<T extends SubjectCandidate>(
  negotiationEvents: readonly T[],
  subject: DossierSubject,
): T[] {
  const known = negotiationEvents.filter(
    (event) => subject.asKnownAt === null || String(event.metadata.recordedAt) <= subject.asKnownAt,
  );
  const inDispute = subject.disputeId === null ? new Set(known) : disputeEntries(known, subject.disputeId);
  const dated = known.filter(
    (event) => inDispute.has(event) && event.type !== 'EntryCorrected' && withinDates(event, subject),
  );
  const datedIds = new Set(dated.map((event) => event.eventId));
  const chosen = new Set<T>(dated);
  for (const event of known)
    if (event.type === 'EntryCorrected' && datedIds.has(event.data.correctedEventId as string)) chosen.add(event);
  return negotiationEvents.filter((event) => chosen.has(event));
}
