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

export const isIdKey = (key: string): boolean => /Ids?$/.test(key);

const isContainer = (value: unknown): value is Readonly<Record<string, unknown>> | readonly unknown[] =>
  typeof value === 'object' && value !== null;

/** The strings a member whose key ends in Id or Ids holds, and those of such members at any depth below others. */
function idsWithin(members: Iterable<readonly [string, unknown]>, skip: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (const [key, value] of members) {
    if (skip.has(key)) continue;
    if (isIdKey(key)) ids.push(...[value].flat().filter((id): id is string => typeof id === 'string'));
    else if (isContainer(value)) ids.push(...idsWithin(Object.entries(value), new Set()));
  }
  return ids;
}

/**
 * The ids an entry names in data fields whose key ends in Id or Ids, at any depth (an agreement names the
 * dispute of an open term inside `openTerms`), except the top-level ones of parties and meetings.
 */
const entityIdsOf = (event: SubjectCandidate): string[] => idsWithin(Object.entries(event.data), NON_RELATING_FIELDS);

/**
 * Data pruned to what the subject rule reads: the members whose key ends in Id or Ids, at any depth, and
 * the objects and arrays that lead to one. Undefined when nothing is left.
 */
export function idsOnly(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(idsOnly).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (!isContainer(value)) return undefined;
  const kept = Object.entries(value).flatMap(([key, member]) => {
    const pruned = isIdKey(key) ? member : idsOnly(member);
    return pruned === undefined ? [] : [[key, pruned] as const];
  });
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * The entries of a dispute: those that name it, and, repeated until nothing changes, those that name an
 * entity (agreement, commitment, ruling) a selected entry introduced (named first in the negotiation);
 * then the entry that introduced each entity a selected entry names (the proposal a dispute is about, the
 * agreement that settles it), without following that one further, which would take in everything that
 * shares a proposal. The meetings where selected entries were said, sources attached to them and
 * corrections of them come along.
 */
function disputeEntries<T extends SubjectCandidate>(events: readonly T[], disputeId: string): Set<T> {
  const named = new Map(events.map((event) => [event, entityIdsOf(event)]));
  const introducedBy = new Map<string, T>();
  for (const event of events)
    for (const id of named.get(event)!) if (!introducedBy.has(id)) introducedBy.set(id, event);
  const related = new Set([disputeId]);
  const selected = new Set<T>();
  let grown = true;
  while (grown) {
    grown = false;
    for (const event of events) {
      if (selected.has(event) || !named.get(event)!.some((id) => related.has(id))) continue;
      selected.add(event);
      named.get(event)!.forEach((id) => introducedBy.get(id) === event && related.add(id));
      grown = true;
    }
  }
  for (const event of [...selected]) for (const id of named.get(event)!) selected.add(introducedBy.get(id)!);
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
