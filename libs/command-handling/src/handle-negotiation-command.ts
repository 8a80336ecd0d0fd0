import {
  authorizeCommand, decide, EVENT_SCHEMA_VERSION, invalid, negotiationStreamId, validateClassification, validateSources,
  type NegotiationCommand, type NegotiationEvent, type Viewer,
} from '@ledger/domain';
import {
  EventStoreErrorCode, WrongExpectedRevisionError,
  type EventStore, type NewEvent, type RecordedEvent,
} from '@ledger/event-store';
import { personalDataSealer, type SubjectKeyVault } from '@ledger/personal-data';
import type { CommandEnvelope, CommandResult } from './command-envelope';
import type { StreamCache, StreamSnapshot } from './stream-cache';

const MAX_OPTIMISTIC_RETRIES = 5;

/**
 * The whole write path: load the negotiation, decide, append with the expected revision. Without an
 * expected revision from the caller a lost race is retried against the new state; with one it is a conflict.
 * With an `actor` (every API call; a dataset import has none) the command must pass the access rules, and is
 * first judged against the actor's own view of the negotiation, so an entry the actor may not see is refused
 * as unknown rather than used. Texts the envelope marks as personal data are sealed under their subject's
 * key from `personalData` after deciding, so only the sealed text is stored, hashed and proven.
 */
export async function handleNegotiationCommand(
  store: EventStore,
  streams: StreamCache,
  command: NegotiationCommand,
  envelope: CommandEnvelope,
  actor?: Viewer,
  personalData?: SubjectKeyVault,
): Promise<CommandResult> {
  validateEnvelope(envelope);
  const sealPersonalData = personalDataSealer(command, envelope.personalData ?? [], personalData);
  const streamId = negotiationStreamId(command.data.negotiationId);
  for (let attempt = 0; ; attempt++) {
    const snapshot = await streams.load(streamId);
    if (actor) authorizeCommand(actor, command.type, envelope.classification, snapshot.table());
    const earlier = snapshot.eventsOfCommand(envelope.commandId);
    if (earlier) return resultOf(command, earlier, true);
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== snapshot.revision) {
      throw new WrongExpectedRevisionError(streamId, envelope.expectedRevision, snapshot.revision);
    }
    const events = sealPersonalData(decideAs(actor, command, snapshot)).map((event) => toNewEvent(event, command, envelope));
    try {
      const appended = await store.append(streamId, snapshot.revision === -1 ? 'no_stream' : snapshot.revision, events);
      streams.remember(streamId, appended.events);
      return resultOf(command, appended.events, appended.duplicate);
    } catch (error) {
      const lostRace = isConflict(error) && envelope.expectedRevision === undefined && attempt < MAX_OPTIMISTIC_RETRIES;
      if (!lostRace) throw error;
    }
  }
}

/**
 * The events the command adds to the whole stream, once it has been judged against the actor's own view.
 * An actor who sees every entry has the stream's state as their view (the same object), and `decide` is a
 * pure function, so then one decision is both.
 */
function decideAs(actor: Viewer | undefined, command: NegotiationCommand, snapshot: StreamSnapshot): NegotiationEvent[] {
  const view = actor ? snapshot.stateVisibleTo(actor) : snapshot.state;
  if (view !== snapshot.state) decide(command, view);
  return decide(command, snapshot.state);
}

function validateEnvelope(envelope: CommandEnvelope): void {
  if (!envelope.commandId?.trim() || envelope.commandId.length > 128) throw invalid('commandId', 'commandId must be 1-128 characters');
  if (envelope.expectedRevision !== undefined && (!Number.isInteger(envelope.expectedRevision) || envelope.expectedRevision < -1)) {
    throw invalid('expectedRevision', 'expectedRevision is a whole number, -1 for a negotiation not yet opened');
  }
  validateSources(envelope.sources);
  validateClassification(envelope.classification);
}

const isConflict = (error: unknown) =>
  error instanceof Error && 'code' in error && (error as { code: unknown }).code === EventStoreErrorCode.WrongExpectedRevision;

/** A decided event in the envelope it is stored with: valid time, transaction time, caller, causality, evidence, visibility. */
export function toNewEvent(event: NegotiationEvent, command: NegotiationCommand, envelope: CommandEnvelope): NewEvent {
  return {
    type: event.type,
    schemaVersion: EVENT_SCHEMA_VERSION[event.type],
    data: event.data,
    metadata: {
      occurredOn: command.metadata.occurredOn,
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
