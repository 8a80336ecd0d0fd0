import {
  alreadyExists,
  authorizeCommand,
  authorizeIdentifiers,
  decide,
  EVENT_SCHEMA_VERSION,
  invalid,
  negotiationStreamId,
  validateClassification,
  validateSources,
  type NegotiationCommand,
  type NegotiationEvent,
  type NegotiationState,
  type Viewer,
} from '@ledger/domain';
import {
  EventStoreErrorCode,
  WrongExpectedRevisionError,
  type EventIdDeriver,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@ledger/event-store';
import { personalDataSealer, type SubjectKeyVault } from '@ledger/personal-data';
import type { CommandEnvelope, CommandResult } from './command-envelope';
import { commandIdTaken, isRetryOf } from './command-retry';
import type { StreamCache, StreamSnapshot } from './stream-cache';
import { locateQuotes } from './source-documents/locate-sources';
import type { DocumentLookup } from './source-documents/source-documents';

const MAX_OPTIMISTIC_RETRIES = 5;

/**
 * What the write path writes with: the store, its stream cache, the keyed derivation of event ids (see
 * `keyedEventIds`), and the key vault that seals personal data.
 */
export type WritePath = Readonly<{
  store: EventStore;
  streams: StreamCache;
  eventIds: EventIdDeriver;
  personalData?: SubjectKeyVault;
  /** Where quotes are located; without it, sources are recorded as given. */
  documents?: DocumentLookup;
}>;

/**
 * The whole write path: load the negotiation, decide, append with the expected revision. Without an
 * expected revision from the caller a lost race is retried against the new state; with one it is a conflict.
 * With an `actor` (every API call; a dataset import has none) the command must pass the access rules, and is
 * judged on the actor's own view of the negotiation only: an entry the actor may not see is unknown to it,
 * never named in an error, and never in its way (see `authorizeIdentifiers` for the id space). The expected
 * revision is judged on that view too. A command id used before is a retry only when it is the same
 * command from the same caller; otherwise CONFLICT. Texts the envelope marks as personal data are sealed
 * under their subject's key from `personalData` once the command is authorised and decided, so a refused
 * command creates no key, and only the sealed text is stored, hashed and proven. Quotes are located in
 * their stored `documents` once the command is authorised, so only a caller who may record it learns
 * whether a quote is in a document.
 */
export async function handleNegotiationCommand(
  { store, streams, eventIds, personalData, documents }: WritePath,
  command: NegotiationCommand,
  envelope: CommandEnvelope,
  actor?: Viewer,
): Promise<CommandResult> {
  validateEnvelope(envelope);
  const sealPersonalData = personalDataSealer(command, envelope.personalData ?? [], personalData);
  const streamId = negotiationStreamId(command.data.negotiationId);
  for (let attempt = 0; ; attempt++) {
    const snapshot = await streams.load(streamId);
    if (actor) {
      authorizeCommand(actor, command.type, envelope.classification, snapshot.table());
      authorizeIdentifiers(command, envelope.classification, snapshot.table());
    }
    if (attempt === 0 && documents) ({ command, envelope } = await locateQuotes(command, envelope, documents));
    const earlier = snapshot.eventsOfCommand(envelope.commandId);
    if (earlier) return retried(earlier, command, envelope, actor);
    const seenRevision = actor ? snapshot.revisionVisibleTo(actor) : snapshot.revision;
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== seenRevision) {
      throw new WrongExpectedRevisionError(streamId, envelope.expectedRevision, seenRevision);
    }
    const events = sealPersonalData(decideOn(viewOf(actor, snapshot), snapshot, command)).map((event, index) =>
      toNewEvent(event, command, envelope, eventIds(envelope.commandId, index)),
    );
    try {
      const appended = await store.append(streamId, snapshot.revision === -1 ? 'no_stream' : snapshot.revision, events);
      streams.remember(streamId, appended.events);
      return appended.duplicate
        ? retried(appended.events, command, envelope, actor)
        : resultOf(command, appended.events, false);
    } catch (error) {
      if (hasCode(error, EventStoreErrorCode.IdempotencyMismatch)) throw commandIdTaken(envelope.commandId);
      const lostRace =
        hasCode(error, EventStoreErrorCode.WrongExpectedRevision) &&
        envelope.expectedRevision === undefined &&
        attempt < MAX_OPTIMISTIC_RETRIES;
      if (!lostRace) throw error;
    }
  }
}

const viewOf = (actor: Viewer | undefined, snapshot: StreamSnapshot): NegotiationState =>
  actor ? snapshot.stateVisibleTo(actor) : snapshot.state;

/**
 * The events of a command judged on the caller's view. A negotiation id is one stream, whoever may see it:
 * opening a negotiation whose stream exists but whose opening the caller may not see is refused without
 * saying more than that the id is taken.
 */
function decideOn(view: NegotiationState, snapshot: StreamSnapshot, command: NegotiationCommand): NegotiationEvent[] {
  if (command.type === 'OpenNegotiation' && view.status !== 'open' && snapshot.revision >= 0) {
    throw alreadyExists('negotiationId', `negotiation id ${command.data.negotiationId} cannot be used; choose another`);
  }
  return decide(command, view);
}

/** A dataset import (no actor) acts for the ledger itself: re-importing under another recorder name is still a retry. */
function retried(
  earlier: readonly RecordedEvent[],
  command: NegotiationCommand,
  envelope: CommandEnvelope,
  actor?: Viewer,
): CommandResult {
  if (!isRetryOf(earlier, command, envelope, actor !== undefined)) throw commandIdTaken(envelope.commandId);
  return resultOf(command, earlier, true);
}

function validateEnvelope(envelope: CommandEnvelope): void {
  if (!envelope.commandId?.trim() || envelope.commandId.length > 128)
    throw invalid('commandId', 'commandId must be 1-128 characters');
  if (
    envelope.expectedRevision !== undefined &&
    (!Number.isInteger(envelope.expectedRevision) || envelope.expectedRevision < -1)
  ) {
    throw invalid('expectedRevision', 'expectedRevision is a whole number, -1 for a negotiation not yet opened');
  }
  validateSources(envelope.sources);
  validateClassification(envelope.classification);
}

const hasCode = (error: unknown, code: EventStoreErrorCode) =>
  error instanceof Error && 'code' in error && (error as { code: unknown }).code === code;

/** A decided event in the envelope it is stored with: its id, valid time, transaction time, caller, causality, evidence, visibility. */
export function toNewEvent(
  event: NegotiationEvent,
  command: NegotiationCommand,
  envelope: CommandEnvelope,
  eventId: string,
): NewEvent {
  return {
    eventId,
    type: event.type,
    schemaVersion: EVENT_SCHEMA_VERSION[event.type],
    data: event.data,
    metadata: {
      occurredOn: command.metadata.occurredOn,
      // Only where the document said more than the day: events of day-dated steps keep the shape they always had.
      ...(command.metadata.occurredAsSaid === undefined ? {} : { occurredAsSaid: command.metadata.occurredAsSaid }),
      recordedAt: command.metadata.now,
      recordedBy: command.metadata.recordedBy,
      commandId: envelope.commandId,
      correlationId: envelope.correlationId ?? envelope.commandId,
      causationId: envelope.causationId ?? envelope.commandId,
      sources: envelope.sources,
      classification: envelope.classification,
    },
  };
}

function resultOf(command: NegotiationCommand, events: readonly RecordedEvent[], duplicate: boolean): CommandResult {
  const last = events[events.length - 1];
  return {
    negotiationId: command.data.negotiationId,
    revision: last.revision,
    globalPosition: last.globalPosition,
    eventIds: events.map((event) => event.eventId),
    duplicate,
  };
}
