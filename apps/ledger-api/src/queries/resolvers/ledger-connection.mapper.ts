import type { Connection } from '@ledger/projections';
import type { SeenEvent } from '../access/read-access';
import { toSeenLedgerEventModel } from '../models/ledger-event.mapper';

/** A page of the log with each event as the policy let the reader see it; withheld events keep their place and count. */
export const toLedgerEventConnection = (connection: Connection<SeenEvent>) => ({
  ...connection,
  edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toSeenLedgerEventModel(edge.node) })),
});
