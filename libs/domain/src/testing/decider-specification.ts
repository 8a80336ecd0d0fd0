import type { FoldableEvent } from '../shared/decider';
import type { Period } from '../shared/period';
import { NegotiationError, type NegotiationErrorCode } from '../shared/negotiation-error';
import type { NegotiationCommand } from '../negotiation/negotiation.commands';
import { decide, foldNegotiation } from '../negotiation/negotiation.decider';
import type { NegotiationEvent } from '../negotiation/negotiation.events';

/** The valid time given events happened on unless a test says otherwise: the Overhedenoverleg of 17 March 2025. */
export const DEFAULT_OCCURRED_ON = '2025-03-17';

/** A given event with the world-time it happened on, for tests where that date matters. */
export type DatedEvent = Readonly<{ event: NegotiationEvent; occurredOn: string; occurredAsSaid?: Period }>;
export type GivenEvent = NegotiationEvent | DatedEvent;

/** Marks a given event as having happened on a date, as said if given: `on('2025-04-16', commitmentMade())`. */
export const on = (occurredOn: string, event: NegotiationEvent, occurredAsSaid?: Period): DatedEvent => ({
  event,
  occurredOn,
  occurredAsSaid,
});

const isDated = (given: GivenEvent): given is DatedEvent => 'event' in given;

/**
 * Stores given events as the event store would hand them to the decider: the n-th event gets id `e<n>`,
 * so a CorrectEntry in a test can name `e3`, and an occurredOn (DEFAULT_OCCURRED_ON unless dated with `on`).
 */
export function stored(events: readonly GivenEvent[]): FoldableEvent<NegotiationEvent>[] {
  return events.map((given, index) => {
    const { event, occurredOn, occurredAsSaid } = isDated(given)
      ? given
      : { event: given, occurredOn: DEFAULT_OCCURRED_ON, occurredAsSaid: undefined };
    return { ...event, eventId: `e${index + 1}`, occurredOn, occurredAsSaid: occurredAsSaid ?? null };
  });
}

function outcomeOf(
  events: readonly GivenEvent[],
  command: NegotiationCommand,
): { events: NegotiationEvent[] } | { error: unknown } {
  try {
    return { events: decide(command, foldNegotiation(stored(events))) };
  } catch (error) {
    return { error };
  }
}

export type Then = Readonly<{
  /** The command succeeds with exactly these events, in this order. */
  then(expected: readonly NegotiationEvent[]): void;
  /** The command is refused with a NegotiationError carrying this code and naming this field. */
  thenThrows(code: NegotiationErrorCode, field: string): void;
}>;

/**
 * Given/when/then over the negotiation decider, on jest's expect: given the events so far, when a command
 * is decided, then these events follow, or this refusal.
 */
export const negotiationSpec = {
  given: (events: readonly GivenEvent[] = []) => ({
    when: (command: NegotiationCommand): Then => ({
      then(expected) {
        const outcome = outcomeOf(events, command);
        if ('error' in outcome) throw outcome.error;
        expect(outcome.events).toEqual(expected);
      },
      thenThrows(code, field) {
        const outcome = outcomeOf(events, command);
        if ('events' in outcome)
          throw new Error(`expected a refusal ${code}, but the command produced ${JSON.stringify(outcome.events)}`);
        expect(outcome.error).toBeInstanceOf(NegotiationError);
        expect({
          code: (outcome.error as NegotiationError).code,
          field: (outcome.error as NegotiationError).field,
        }).toEqual({ code, field });
      },
    }),
  }),
};
