import { decide, evolve, initialState, type NegotiationState, negotiationStreamId } from '@ledger/domain';
import { toNewEvent } from '@ledger/command-handling';
import { deterministicEventId, sealBatch, type NewEvent, type SealedEvent } from '@ledger/event-store';
import type { ScriptedCommand } from './negotiation-script';

/**
 * Runs a negotiation's script through the real `decide`/`evolve`, without a store: the events a command
 * handler would append, with the envelope metadata it would give them. Used to fill a large store fast;
 * a script the domain refuses throws here, so generated data is always data the ledger could have written.
 */
export function decideScript(script: readonly ScriptedCommand[]): NewEvent[][] {
  let state: NegotiationState = initialState();
  return script.map(({ command, envelope }, index) => {
    const decided = decide(command, state);
    decided.forEach((event, offset) => {
      state = evolve(state, {
        ...event,
        eventId: `${envelope.commandId}#${offset}`,
        occurredOn: command.metadata.occurredOn,
        retracted: false,
        corrected: false,
      });
    });
    if (decided.length !== 1)
      throw new Error(
        `Scripted command ${index} (${command.type}) wrote ${decided.length} events; the bench expects one`,
      );
    return decided.map((event, offset) =>
      toNewEvent(event, command, envelope, deterministicEventId(envelope.commandId, offset)),
    );
  });
}

/** One negotiation's events sealed as the store seals them (ids, revisions, hash chain), without a store. */
export function sealedNegotiation(negotiationId: string, script: readonly ScriptedCommand[]): SealedEvent[] {
  const sealed: SealedEvent[] = [];
  for (const events of decideScript(script)) {
    const last = sealed.at(-1);
    sealed.push(
      ...sealBatch(
        negotiationStreamId(negotiationId),
        { lastRevision: last?.revision ?? -1, lastHash: last?.hash ?? null },
        events,
      ),
    );
  }
  return sealed;
}
