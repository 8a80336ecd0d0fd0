import type { PartyKind } from '../negotiation/negotiation.events';
import type { Classification } from '../shared/source';

/** What a caller may do: read; read and record; read, prove and export (legal teams); or everything, erasure included. */
export const ROLES = ['reader', 'recorder', 'legal', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is reading or recording, as far as access goes: the party they belong to and their role. */
export type Viewer = Readonly<{ party: string; role: Role }>;

/** The parties at a negotiation's table by party id; the shape of NegotiationState.parties. */
export type Table = ReadonlyMap<string, Readonly<{ kind: PartyKind }>>;

/**
 * The party kinds that name one organisation, so a caller of party "vng" speaks for the VNG delegation at
 * every table, whatever id that table gave it ("vjn2025-party-vng"). Vijfhoek partners and committees are
 * many organisations of one kind: those callers must carry the exact party id.
 */
const SINGLE_ORGANISATION_KINDS: ReadonlySet<string> = new Set<PartyKind>(['rijk', 'vng', 'ipo']);

/** Whether a caller of `callerParty` speaks for the party with id `partyId` at this table. */
export function represents(callerParty: string, partyId: string, table: Table): boolean {
  if (callerParty === partyId) return true;
  const kind = table.get(partyId)?.kind;
  return kind !== undefined && kind === callerParty && SINGLE_ORGANISATION_KINDS.has(kind);
}

/** Whether the caller's party has a seat at this table. */
export const seatedAt = (callerParty: string, table: Table): boolean =>
  [...table.keys()].some((partyId) => represents(callerParty, partyId, table));

/**
 * The one visibility rule, shared by every query, subscription, proof and export. Public material is for
 * everyone who is let in; `parties` material for the parties at the table, and for admins, who set tables
 * up before anyone sits at them; internal material only for the party it is internal to, admins included.
 */
export function canSee(viewer: Viewer, classification: Classification, table: Table): boolean {
  switch (classification.level) {
    case 'public':
      return true;
    case 'parties':
      return viewer.role === 'admin' || seatedAt(viewer.party, table);
    case 'internal':
      return classification.party !== undefined && represents(viewer.party, classification.party, table);
    default:
      return false;
  }
}

/** The table as the events of one negotiation tell it: every party that joined, by id. */
export function tableOf(
  events: Iterable<Readonly<{ type: string; data: Readonly<Record<string, unknown>> }>>,
): Map<string, { kind: PartyKind }> {
  const table = new Map<string, { kind: PartyKind }>();
  for (const event of events) {
    if (event.type === 'PartyJoined') table.set(String(event.data.partyId), { kind: event.data.kind as PartyKind });
  }
  return table;
}
