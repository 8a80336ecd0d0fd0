import { touchedEntityIds } from '@ledger/domain';
import type { LeanEvent } from '@ledger/event-store';
import { negotiationEventView } from '../shared/ledger-entry';
import { NumberColumn } from '../shared/number-column';
import type { LeanProjection } from '../shared/projection';
import { negotiationViewCanHandle } from '../negotiation-view/negotiation-view.projection';
import { NO_TOUCH, type AuditTrailIndex } from './audit-trail.document';

export const auditTrailCanHandle = negotiationViewCanHandle;

export const emptyAuditTrail = (): AuditTrailIndex => ({
  entityCodeOf: new Map(),
  firstTouch: new NumberColumn(Int32Array),
  lastTouch: new NumberColumn(Int32Array),
  touchPositions: new NumberColumn(Float64Array),
  nextTouch: new NumberColumn(Int32Array),
  lastPosition: 0,
});

/** Appends the event at `position` to the entity's trail, starting the trail the first time the entity is seen. */
function addTouch(index: AuditTrailIndex, entityId: string, position: number): void {
  const touch = index.touchPositions.length;
  index.touchPositions.push(position);
  index.nextTouch.push(NO_TOUCH);
  const code = index.entityCodeOf.get(entityId);
  if (code === undefined) {
    index.entityCodeOf.set(entityId, index.firstTouch.length);
    index.firstTouch.push(touch);
    index.lastTouch.push(touch);
    return;
  }
  index.nextTouch.set(index.lastTouch.at(code), touch);
  index.lastTouch.set(code, touch);
}

/**
 * Adds the event's position to the trail of every entity it touches, and to its negotiation's trail (the
 * negotiation's trail is its whole stream). SourceAttached and EntryCorrected reach their entity through
 * `entityId`, so a correction shows in the trail of what it corrected.
 *
 * Mutates and returns the same index: copying a million-entry map per event would make rebuild quadratic.
 * The contract stays that of a fold step: same events in the same order give the same index, and an
 * event at or below `lastPosition` changes nothing.
 */
export function evolveAuditTrail(index: AuditTrailIndex, event: LeanEvent): AuditTrailIndex {
  if (event.globalPosition <= index.lastPosition) return index;
  const domainEvent = negotiationEventView(event);
  const ids = touchedEntityIds(domainEvent);
  if (!ids.includes(domainEvent.data.negotiationId)) ids.push(domainEvent.data.negotiationId);
  for (const id of ids) addTouch(index, id, event.globalPosition);
  index.lastPosition = event.globalPosition;
  return index;
}

export const auditTrailProjection: LeanProjection<AuditTrailIndex> = {
  name: 'audit-trail',
  lean: true,
  canHandle: auditTrailCanHandle,
  initialDocument: emptyAuditTrail,
  evolve: evolveAuditTrail,
};
