import type { Connection } from '../shared/projection';
import { cursorOf, firstIndexAfter, pageInfoOf, pageSizeOf, positionOfCursor, type PageRequest } from '../shared/relay-page';
import type { NegotiationListIndex, NegotiationSummary, SummaryRow } from './negotiation-list.document';

/** A copy, so a caller holding a summary does not see it change as the runner folds on. */
function snapshot({ openedEventId: _, ...summary }: SummaryRow): NegotiationSummary {
  return summary;
}

export function negotiationSummary(index: NegotiationListIndex, negotiationId: string): NegotiationSummary | null {
  const row = index.rows.get(negotiationId);
  return row ? snapshot(row) : null;
}

/** Every negotiation in the order it first appeared, as a Relay connection; the cursor is that first position. */
export function negotiationSummaries(index: NegotiationListIndex, request: PageRequest = {}): Connection<NegotiationSummary> {
  const { order, firstPositions } = index;
  const start = request.after ? firstIndexAfter(firstPositions.length, (i) => firstPositions[i], positionOfCursor(request.after)) : 0;
  const ids = order.slice(start, start + pageSizeOf(request));
  const positions = firstPositions.slice(start, start + ids.length);
  return {
    edges: ids.map((id, i) => ({ cursor: cursorOf(positions[i]), node: snapshot(index.rows.get(id) as SummaryRow) })),
    pageInfo: pageInfoOf(positions, start > 0, start + ids.length < order.length),
    totalCount: order.length,
  };
}
