import { canonicalJson } from './canonical-json';
import { hashLeafTextHex, toBase64 } from './merkle-hash';
import { commitFields, fieldCommitment, type CommittedEntry } from './selective-disclosure';
import { commitEvent, fieldSaltsOf, leafHashHexOf, type LoggedEvent } from './evidence-leaf';
import { idsOnly } from './subject-rule';

/**
 * Leaf format 3, for events recorded after the ledger adopted it: the leaf shows nothing in the clear but
 * a salted tag of the event's negotiation, and commits to everything else (the header too) field by field.
 * No chain hash enters it, so no withheld field can be tested against an unsalted hash.
 */
export const SEALED_LEAF_FORMAT = 'negotiation-ledger-leaf/v3';

/** The stream of a negotiation's entries; an event of any other stream belongs to no negotiation. */
export const NEGOTIATION_STREAM_PREFIX = 'negotiation-';

/** The committed field with the event's header, and the one with what decides whether it is in a dossier's subject. */
export const EVENT_FIELD = 'event';
export const SCOPE_FIELD = 'scope';
/** The name the negotiation tag is computed under. */
export const NEGOTIATION_TAG_NAME = 'negotiation';

/** The salted negotiation tag in the clear of a sealed leaf: tag = fieldCommitment("negotiation", salt, negotiationId or null). */
export type NegotiationTag = Readonly<{ salt: string; tag: string }>;

export type EventHeaderValue = Readonly<{
  eventId: string;
  revision: number;
  schemaVersion: number;
  streamId: string;
  type: string;
}>;

/** What a dossier's subject is decided on: the day and instant of an entry, and the ids it names (data pruned to keys ending in Id or Ids, at any depth). */
export type ScopeValue = Readonly<{
  links: Readonly<Record<string, unknown>>;
  occurredOn: unknown;
  recordedAt: unknown;
}>;

export const negotiationOfStream = (streamId: string): string | null =>
  streamId.startsWith(NEGOTIATION_STREAM_PREFIX) ? streamId.slice(NEGOTIATION_STREAM_PREFIX.length) : null;

export const negotiationTagOf = (salt: string, negotiationId: string | null): string =>
  fieldCommitment(NEGOTIATION_TAG_NAME, salt, negotiationId);

export const scopeValueOf = (event: LoggedEvent): ScopeValue => ({
  links: (idsOnly(event.data) ?? {}) as Readonly<Record<string, unknown>>,
  occurredOn: event.metadata.occurredOn ?? null,
  recordedAt: event.metadata.recordedAt ?? null,
});

const headerValueOf = (event: LoggedEvent): EventHeaderValue => ({
  eventId: event.eventId,
  revision: event.revision,
  schemaVersion: event.schemaVersion,
  streamId: event.streamId,
  type: event.type,
});

/** The sealed leaf's text: its entry commitment, its format and its negotiation tag (keys in canonical order). */
export const sealedLeafTextOf = (commitment: string, negotiation: NegotiationTag): string =>
  canonicalJson({ commitment, format: SEALED_LEAF_FORMAT, negotiation });

export const sealedLeafHashHexOf = (commitment: string, negotiation: NegotiationTag): string =>
  hashLeafTextHex(sealedLeafTextOf(commitment, negotiation));

/** How the log holds one event: its committed fields, and for a sealed leaf its negotiation tag. */
export type EventLeaf =
  | Readonly<{ sealed: false; committed: CommittedEntry; leafHash: string }>
  | Readonly<{ sealed: true; committed: CommittedEntry; negotiation: NegotiationTag; leafHash: string }>;

/** Every data and metadata field, the header as `event` and the scope as `scope`, each salted as in format 2. */
export function commitSealedEvent(
  event: LoggedEvent,
  secret: Uint8Array,
): Readonly<{
  committed: CommittedEntry;
  negotiation: NegotiationTag;
}> {
  const saltOf = fieldSaltsOf(secret, event.eventId);
  const committed = commitFields(
    [
      ...Object.entries(event.data).map(([key, value]) => [`data.${key}`, value] as const),
      ...Object.entries(event.metadata).map(([key, value]) => [`metadata.${key}`, value] as const),
      [EVENT_FIELD, headerValueOf(event)],
      [SCOPE_FIELD, scopeValueOf(event)],
    ],
    saltOf,
  );
  const salt = toBase64(saltOf(NEGOTIATION_TAG_NAME));
  return { committed, negotiation: { salt, tag: negotiationTagOf(salt, negotiationOfStream(event.streamId)) } };
}

/** The event's leaf in the format it was recorded under. */
export function eventLeafOf(event: LoggedEvent, secret: Uint8Array, sealed: boolean): EventLeaf {
  if (!sealed) {
    const committed = commitEvent(event, secret);
    return { sealed, committed, leafHash: leafHashHexOf(event, committed.commitment) };
  }
  const { committed, negotiation } = commitSealedEvent(event, secret);
  return { sealed, committed, negotiation, leafHash: sealedLeafHashHexOf(committed.commitment, negotiation) };
}
