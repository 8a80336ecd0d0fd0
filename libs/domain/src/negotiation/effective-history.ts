import type { FoldableEvent } from '../shared/decider';
import type { NegotiationEvent } from './negotiation.events';
import { upcastPatch } from './negotiation.upcast';

/** An event as it stands after every later correction known so far. */
export type EffectiveEvent = FoldableEvent<NegotiationEvent> & Readonly<{ retracted: boolean; corrected: boolean }>;

/**
 * Applies every EntryCorrected to the event it names: a retraction marks the entry void, a patch replaces
 * fields of its data, a new date replaces its occurredOn, a new
 * date as said its occurredAsSaid. Stored events are never changed; this is how
 * the ledger reads them. Pass only the events known at the moment of interest to answer "as known at".
 */
export function effectiveHistory(events: readonly FoldableEvent<NegotiationEvent>[]): EffectiveEvent[] {
  const corrections = new Map<string, FoldableEvent<NegotiationEvent>[]>();
  for (const event of events) {
    if (event.type !== 'EntryCorrected') continue;
    const list = corrections.get(event.data.correctedEventId) ?? [];
    corrections.set(event.data.correctedEventId, [...list, event]);
  }
  return events.map((event) => {
    const ownCorrections = corrections.get(event.eventId) ?? [];
    return ownCorrections.reduce<EffectiveEvent>(
      (current, correction) => {
        if (correction.type !== 'EntryCorrected') return current;
        const { retracted, patch, occurredOn, occurredAsSaid } = correction.data;
        return {
          ...current,
          data: { ...current.data, ...upcastPatch(current.type, patch) },
          occurredOn: occurredOn ?? current.occurredOn,
          occurredAsSaid: occurredAsSaid ?? current.occurredAsSaid ?? null,
          retracted: current.retracted || retracted,
          corrected: true,
        } as EffectiveEvent;
      },
      { ...event, retracted: false, corrected: false },
    );
  });
}
