import type { EventStore, RecordedEvent } from '@ledger/event-store';
import type { EnvelopeLoader } from './projection';

/**
 * Loads envelopes by global position through the port's `readAll`: one read per run of consecutive
 * positions (a negotiation's burst of events usually is one), in parallel. A store with a direct
 * read-by-positions query can replace this without touching the projections.
 */
export function envelopeLoaderOf(store: Pick<EventStore, 'readAll'>): EnvelopeLoader {
  return async (positions) => {
    const runs = consecutiveRuns(positions);
    const pages = await Promise.all(runs.map(([first, length]) => store.readAll({ after: first - 1, limit: length })));
    const byPosition = new Map<number, RecordedEvent>();
    for (const event of pages.flat()) byPosition.set(event.globalPosition, event);
    return positions.map((position) => {
      const event = byPosition.get(position);
      if (!event) throw new RangeError(`No event at global position ${position}`);
      return event;
    });
  };
}

/** [first, length] of every run of consecutive numbers, in order. */
function consecutiveRuns(positions: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const position of positions) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === position) last[1] += 1;
    else runs.push([position, 1]);
  }
  return runs;
}
