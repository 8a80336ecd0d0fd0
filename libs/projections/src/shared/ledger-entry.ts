import {
  EVENT_SCHEMA_VERSION,
  invalid,
  effectiveHistory,
  foldableOf,
  isNegotiationEventType,
  upcastNegotiationEvent,
  type EffectiveEvent,
  type NegotiationEvent,
} from '@ledger/domain';
import type { EventMetadata, LeanEvent, RecordedEvent } from '@ledger/event-store';

/** Every event type of the negotiation catalogue: what the read side folds. */
export const NEGOTIATION_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(EVENT_SCHEMA_VERSION));

/**
 * The domain's view of a stored envelope, read through the domain's one upcasting seam. An envelope at the
 * current schema version is returned as it is, not copied (a rebuild reads every event here): only for
 * reading; never spread it into something stored.
 */
export const negotiationEventView = (envelope: Pick<LeanEvent, 'type' | 'schemaVersion' | 'data'>): NegotiationEvent =>
  upcastNegotiationEvent(envelope);

/**
 * One entry of a negotiation as the read side folds it: the event as it stands after the corrections
 * known so far (data patched, occurredOn moved, retracted flag), with the envelope facts beside it.
 */
export type LedgerEntry = EffectiveEvent &
  Readonly<{
    globalPosition: number;
    revision: number;
    metadata: EventMetadata;
  }>;

/**
 * Reads recorded events the way the ledger reads them: every EntryCorrected applied to the entry it names.
 * Pass only the events known at the moment of interest to answer "as known at". Events of unknown types
 * are left out.
 */
export function ledgerEntries(recorded: readonly RecordedEvent[]): LedgerEntry[] {
  const ours = recorded.filter((event) => isNegotiationEventType(event.type));
  const effective = effectiveHistory(ours.map(foldableOf));
  // effectiveHistory keeps order and length, so index i is still the envelope at index i.
  return effective.map((entry, index) => ({
    ...entry,
    globalPosition: ours[index].globalPosition,
    revision: ours[index].revision,
    metadata: ours[index].metadata,
  }));
}

/** Known at `asKnownAt` (an ISO instant): recorded at or before it. Instants are compared as times, not strings. */
export function knownAt(recorded: readonly RecordedEvent[], asKnownAt: string | undefined): readonly RecordedEvent[] {
  if (asKnownAt === undefined) return recorded;
  const bound = Date.parse(asKnownAt);
  if (Number.isNaN(bound)) throw invalid('asKnownAt', `"${asKnownAt}" is not an ISO 8601 instant`);
  return recorded.filter((event) => Date.parse(event.metadata.recordedAt) <= bound);
}
