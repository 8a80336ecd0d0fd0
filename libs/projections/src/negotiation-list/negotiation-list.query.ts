import type { ViewerSight } from '../access/viewer-sight';
import type { Connection } from '../shared/projection';
import { cursorOf, pageOfRows, type PageRequest } from '../shared/relay-page';
import type { NegotiationListIndex, NegotiationSummary, SummaryRow } from './negotiation-list.document';

/**
 * The summary as the viewer may see it (no sight: as the whole stream tells it), null when it has none:
 * counts, dates and corrections from the audiences the viewer is shown only. A fresh object, so a caller
 * holding it does not see it change as the runner folds on.
 */
function summaryOf(row: SummaryRow, sight?: ViewerSight): NegotiationSummary | null {
  const shown = (audience: string) => !sight || sight.sightOfAudience(row.negotiationId, audience) === 'shown';
  const tallies = [...row.tallies].filter(([audience]) => shown(audience)).map(([, tally]) => tally);
  if (tallies.length === 0) return null;
  const opening = row.opening && shown(row.opening.audience) ? row.opening : null;
  let title = opening?.title ?? '';
  let openedOn = opening?.openedOn ?? null;
  for (const correction of opening ? row.openingCorrections : []) {
    if (!shown(correction.audience)) continue;
    title = correction.title ?? title;
    openedOn = correction.openedOn ?? openedOn;
  }
  const last = tallies.reduce((a, b) => (b.lastGlobalPosition > a.lastGlobalPosition ? b : a));
  return {
    negotiationId: row.negotiationId,
    title,
    openedOn,
    lastOccurredOn: tallies.map((tally) => tally.lastOccurredOn).reduce((a, b) => (a > b ? a : b)),
    eventCount: tallies.reduce((sum, tally) => sum + tally.eventCount, 0),
    lastRevision: last.lastRevision,
    firstGlobalPosition: row.firstGlobalPosition,
    lastGlobalPosition: last.lastGlobalPosition,
  };
}

/** One negotiation as the viewer may see it; null for an unknown id and for one the viewer may not know. */
export function negotiationSummary(
  index: NegotiationListIndex,
  negotiationId: string,
  sight?: ViewerSight,
): NegotiationSummary | null {
  const row = index.rows.get(negotiationId);
  return row && (!sight || sight.mayKnow(negotiationId)) ? summaryOf(row, sight) : null;
}

/**
 * Every negotiation the viewer may know, in the order it first appeared, as a Relay connection; the cursor
 * is that first position. The others are not withheld but absent, like unknown ids.
 */
export function negotiationSummaries(
  index: NegotiationListIndex,
  request: PageRequest = {},
  sight?: ViewerSight,
): Connection<NegotiationSummary> {
  const known = sight ? index.order.map((negotiationId) => sight.mayKnow(negotiationId)) : null;
  const order = known ? index.order.filter((_, i) => known[i]) : index.order;
  const firstPositions = known ? index.firstPositions.filter((_, i) => known[i]) : index.firstPositions;
  const { rows, pageInfo } = pageOfRows(
    { length: firstPositions.length, positionAt: (row) => firstPositions[row] },
    request,
  );
  return {
    edges: rows.map((row) => ({
      cursor: cursorOf(firstPositions[row]),
      node: summaryOf(index.rows.get(order[row]) as SummaryRow, sight) as NegotiationSummary,
    })),
    pageInfo,
    totalCount: order.length,
  };
}
