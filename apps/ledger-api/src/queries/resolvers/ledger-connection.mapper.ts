import type { RecordedEvent } from '@ledger/event-store';
import type { Connection } from '@ledger/projections';
import { toLedgerEventModel } from '../models/ledger-event.mapper';

export const toLedgerEventConnection = (connection: Connection<RecordedEvent>) => ({
  ...connection,
  edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toLedgerEventModel(edge.node) })),
});
