import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { ledgerEntries, type LedgerEntry } from '../shared/ledger-entry';
import type { NegotiationView } from './negotiation-view.document';
import { evolveNegotiationView } from './negotiation-view.projection';
import { negotiationStreamId } from '@ledger/domain';

/** Folds entries that are already corrected and filtered (the agreed state picks them by both time axes). */
export const foldNegotiationView = (entries: readonly LedgerEntry[]): NegotiationView | null =>
  entries.reduce<NegotiationView | null>(evolveNegotiationView, null);

/**
 * The negotiation as its stream says now, with every correction applied; null before it was opened.
 * Computed on demand: one stream is small, and folding it fresh keeps both time axes exact.
 */
export const negotiationView = (stream: readonly RecordedEvent[]): NegotiationView | null =>
  foldNegotiationView(ledgerEntries(stream));

/** Reads one negotiation's stream from the store; empty when no such negotiation was recorded. */
export const readNegotiationStream = (
  store: Pick<EventStore, 'readStream'>,
  negotiationId: string,
): Promise<RecordedEvent[]> => store.readStream(negotiationStreamId(negotiationId));
