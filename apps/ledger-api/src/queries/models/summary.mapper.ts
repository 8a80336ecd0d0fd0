import type { NegotiationSummary } from '@ledger/projections';
import { toGlobalId } from '../../common/graphql/global-id';
import type { NegotiationModel } from './negotiation.model';

export const toNegotiationModel = (summary: NegotiationSummary): NegotiationModel => ({
  id: toGlobalId('Negotiation', summary.negotiationId),
  negotiationId: summary.negotiationId,
  title: summary.title,
  openedOn: summary.openedOn,
  lastOccurredOn: summary.lastOccurredOn,
  eventCount: summary.eventCount,
  revision: summary.lastRevision,
});
