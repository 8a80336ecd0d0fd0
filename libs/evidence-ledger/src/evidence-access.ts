import { AccessDeniedError, canSee, tableOf, type Role, type Viewer } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

/**
 * Proofs, chain checks, checkpoints and dossiers are what a legal team builds a case with; admins may do
 * everything. Readers and recorders get none of them, not even the content-free ones, so the evidence side
 * has one rule to audit rather than one per query.
 */
const EVIDENCE_ROLES: ReadonlySet<Role> = new Set<Role>(['legal', 'admin']);

export function assertMayUseEvidence(viewer: Viewer): void {
  if (!EVIDENCE_ROLES.has(viewer.role))
    throw new AccessDeniedError(
      `A ${viewer.role} may not use proofs, checkpoints or dossiers; legal teams and admins may`,
    );
}

/** A new signing key changes what every verifier must pin, so only an admin rotates it. */
export function assertMayRotateSigningKey(viewer: Viewer): void {
  if (viewer.role !== 'admin') throw new AccessDeniedError('Only an admin may rotate the signing key');
}

/** Whether the negotiation exists for the viewer: whether they may see its opening, as on the read side. */
export function mayKnowNegotiation(viewer: Viewer, negotiationEvents: readonly RecordedEvent[]): boolean {
  const opening = negotiationEvents.find((event) => event.type === 'NegotiationOpened');
  return opening !== undefined && canSee(viewer, opening.metadata.classification, tableOf(negotiationEvents));
}

/** The ids of the negotiation's entries the viewer may not see (none for the operator's own export, who has the store). */
export function entriesHiddenFrom(
  viewer: Viewer | null,
  negotiationEvents: readonly RecordedEvent[],
): ReadonlySet<string> {
  if (viewer === null) return new Set();
  const table = tableOf(negotiationEvents);
  return new Set(
    negotiationEvents
      .filter((event) => !canSee(viewer, event.metadata.classification, table))
      .map((event) => event.eventId),
  );
}
