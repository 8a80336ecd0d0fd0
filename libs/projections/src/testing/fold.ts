import type { RecordedEvent } from '@ledger/event-store';
import type { Projection } from '../shared/projection';

/** Folds events through a runner projection the way the runner does: only the types it handles. */
export const foldProjection = <Doc>(projection: Projection<Doc>, events: readonly RecordedEvent[]): Doc =>
  events
    .filter((event) => projection.canHandle.has(event.type))
    .reduce(projection.evolve, projection.initialDocument());
