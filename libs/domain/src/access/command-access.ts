import type { NegotiationCommandType } from '../negotiation/negotiation.commands';
import type { Classification } from '../shared/source';
import { represents, seatedAt, type Table, type Viewer } from './access';
import { AccessDeniedError } from './access-denied.error';

/** Setting a table up decides who sees `parties` material, so only admins do it. */
const TABLE_SETUP: ReadonlySet<NegotiationCommandType> = new Set<NegotiationCommandType>(['OpenNegotiation', 'AdmitParty']);

/**
 * Who may record what:
 * - readers and legal teams record nothing;
 * - admins open negotiations, admit parties and record every step;
 * - recorders record the steps of negotiations where their party has a seat;
 * - material internal to a party is recorded by that party's own people only, admins included.
 * References to entries the caller cannot see are refused by deciding on the caller's view (see command-handling).
 */
export function authorizeCommand(viewer: Viewer, type: NegotiationCommandType, classification: Classification, table: Table): void {
  if (viewer.role !== 'recorder' && viewer.role !== 'admin') {
    throw new AccessDeniedError(`A ${viewer.role} may read but not record`);
  }
  if (TABLE_SETUP.has(type) && viewer.role !== 'admin') {
    throw new AccessDeniedError(`Only an admin may ${type === 'OpenNegotiation' ? 'open a negotiation' : 'admit a party'}`);
  }
  if (!TABLE_SETUP.has(type) && viewer.role === 'recorder' && !seatedAt(viewer.party, table)) {
    throw new AccessDeniedError(`Party ${viewer.party} has no seat at this negotiation`, 'negotiationId');
  }
  if (classification.level === 'internal' && !represents(viewer.party, classification.party ?? '', table)) {
    throw new AccessDeniedError(`Party ${viewer.party} cannot record material internal to ${classification.party}`, 'classification.party');
  }
}
