import type { RecordedEvent } from '@ledger/event-store';
import { knownAt, ledgerEntries } from '../shared/ledger-entry';
import type { Timeline } from './timeline.document';
import { evolveTimeline } from './timeline.projection';

/**
 * A negotiation's timeline as known at `asKnownAt` (default: everything recorded), with corrections known
 * by then applied: a moved date moves the line, a retracted entry stays visible and is flagged.
 */
export function timeline(
  stream: readonly RecordedEvent[],
  options: Readonly<{ asKnownAt?: string }> = {},
): Timeline | null {
  return ledgerEntries(knownAt(stream, options.asKnownAt)).reduce<Timeline | null>(evolveTimeline, null);
}
