import type { RecordedEvent } from '@ledger/event-store';
import type { Connection } from '@ledger/projections';
import type { LedgerEventModel } from '../models/ledger-event.model';

/** A page of the log with each event presented as the reader may see it; withheld events keep their place and count. */
export const toLedgerEventConnection = (connection: Connection<RecordedEvent>, present: (event: RecordedEvent) => LedgerEventModel) => ({
  ...connection,
  edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: present(edge.node) })),
});
