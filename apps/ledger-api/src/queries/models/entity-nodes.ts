import type { NegotiationView } from '@ledger/projections';
import { fromGlobalId, toGlobalId } from '../../common/graphql/global-id';

/** The entities of a negotiation that are Nodes; each table of the view is keyed by the entity's own id. */
const TABLES = {
  Party: (view: NegotiationView) => view.parties,
  Meeting: (view: NegotiationView) => view.meetings,
  Proposal: (view: NegotiationView) => view.proposals,
  Position: (view: NegotiationView) => view.positions,
  Agreement: (view: NegotiationView) => view.agreements,
  Commitment: (view: NegotiationView) => view.commitments,
  Dispute: (view: NegotiationView) => view.disputes,
  Ruling: (view: NegotiationView) => view.rulings,
  Resolution: (view: NegotiationView) => view.resolutions,
  Decision: (view: NegotiationView) => view.decisions,
  Suspension: (view: NegotiationView) => view.suspensions,
  Document: (view: NegotiationView) => view.documents,
} as const;

export type EntityType = keyof typeof TABLES;
export const ENTITY_TYPES = Object.keys(TABLES) as EntityType[];
export type EntityRow<K extends EntityType> = ReturnType<(typeof TABLES)[K]>[string];

export const isEntityType = (type: string): type is EntityType => Object.hasOwn(TABLES, type);

/** Every entity row names itself in `<type>Id`: partyId, agreementId, ... */
export const entityIdOf = (type: EntityType, row: object): string =>
  (row as Record<string, string>)[`${type.charAt(0).toLowerCase()}${type.slice(1)}Id`];

/** The rows of one table of the view, in the order they entered. */
export const entityRows = <K extends EntityType>(view: NegotiationView, type: K): EntityRow<K>[] =>
  Object.values(TABLES[type](view)) as EntityRow<K>[];

export const entityRow = <K extends EntityType>(
  view: NegotiationView,
  type: K,
  entityId: string,
): EntityRow<K> | undefined =>
  Object.hasOwn(TABLES[type](view), entityId)
    ? (TABLES[type](view) as Readonly<Record<string, EntityRow<K>>>)[entityId]
    : undefined;

/** Entity ids are unique within a negotiation only ("rijk" sits at many tables), so the global id holds both. */
export const entityGlobalId = (type: EntityType, negotiationId: string, entityId: string): string =>
  toGlobalId(type, JSON.stringify([negotiationId, entityId]));

/** The entity a global id names, or null when it names none. */
export function entityOfGlobalId(id: string): { type: EntityType; negotiationId: string; entityId: string } | null {
  const decoded = fromGlobalId(id);
  if (!decoded || !isEntityType(decoded.type)) return null;
  try {
    const key: unknown = JSON.parse(decoded.key);
    if (!Array.isArray(key) || key.length !== 2 || !key.every((part) => typeof part === 'string')) return null;
    return { type: decoded.type, negotiationId: key[0], entityId: key[1] };
  } catch {
    return null;
  }
}
