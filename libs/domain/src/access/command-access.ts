import type { NegotiationCommand, NegotiationCommandType } from '../negotiation/negotiation.commands';
import { isIdentifierField } from '../shared/input-hygiene';
import type { Classification } from '../shared/source';
import { represents, seatedAt, type Table, type Viewer } from './access';
import { AccessDeniedError } from './access-denied.error';

/** Setting a table up decides who sees `parties` material, so only admins do it. */
const TABLE_SETUP: ReadonlySet<NegotiationCommandType> = new Set<NegotiationCommandType>([
  'OpenNegotiation',
  'AdmitParty',
]);

/**
 * Who may record what:
 * - readers and legal teams record nothing;
 * - admins open negotiations, admit parties and record every step;
 * - recorders record the steps of negotiations where their party has a seat;
 * - material internal to a party is recorded by that party's own people only, admins included.
 * References to entries the caller cannot see are refused by deciding on the caller's view (see command-handling).
 */
export function authorizeCommand(
  viewer: Viewer,
  type: NegotiationCommandType,
  classification: Classification,
  table: Table,
): void {
  if (viewer.role !== 'recorder' && viewer.role !== 'admin') {
    throw new AccessDeniedError(`A ${viewer.role} may read but not record`);
  }
  if (TABLE_SETUP.has(type) && viewer.role !== 'admin') {
    throw new AccessDeniedError(
      `Only an admin may ${type === 'OpenNegotiation' ? 'open a negotiation' : 'admit a party'}`,
    );
  }
  if (!TABLE_SETUP.has(type) && viewer.role === 'recorder' && !seatedAt(viewer.party, table)) {
    throw new AccessDeniedError(`Party ${viewer.party} has no seat at this negotiation`, 'negotiationId');
  }
  if (classification.level === 'internal' && !represents(viewer.party, classification.party ?? '', table)) {
    throw new AccessDeniedError(
      `Party ${viewer.party} cannot record material internal to ${classification.party}`,
      'classification.party',
    );
  }
}

/** Every identifier a command's data names, with the path of its field (negotiationId aside: that is the stream). */
function identifiersOf(value: unknown, path = '', key = ''): [field: string, id: string][] {
  if (typeof value === 'string') return key !== 'negotiationId' && isIdentifierField(key) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => identifiersOf(item, `${path}[${index}]`, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([child, item]) =>
      identifiersOf(item, path ? `${path}.${child}` : child, child),
    );
  }
  return [];
}

/**
 * The id space. Every command is judged on its caller's view, so an id another party holds in its internal
 * material is free for the caller to use: the two never block each other, and no answer confirms a hidden id.
 * So that a party's internal ids and everyone else's never meet, the ids under a party's prefix
 * (`<party id at the table>:…`, e.g. `tafel-rijk:ruimte-bod`) belong to material internal to that party:
 * any other command naming one is refused, by this rule alone, whatever the ledger holds.
 */
export function authorizeIdentifiers(command: NegotiationCommand, classification: Classification, table: Table): void {
  for (const [field, id] of identifiersOf(command.data)) {
    const owner = id.slice(0, Math.max(0, id.indexOf(':')));
    if (!owner || !table.has(owner)) continue;
    const internalToOwner = classification.level === 'internal' && represents(classification.party ?? '', owner, table);
    if (!internalToOwner)
      throw new AccessDeniedError(`Ids under ${owner}: name material internal to ${owner} only`, field);
  }
}
