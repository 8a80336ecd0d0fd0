import type { RecordedEvent } from '@ledger/event-store';
import { envelopeConnection, type Connection, type EnvelopeLoader } from '../shared/projection';
import { pageOfPositions, type PageRequest, type PositionPage } from '../shared/relay-page';
import { NO_TOUCH, type AuditTrailIndex } from './audit-trail.document';

/** Every position in an entity's trail, ascending; empty for an unknown entity. Walks the trail's list once. */
export function entityTrail(index: AuditTrailIndex, entityId: string): number[] {
  const positions: number[] = [];
  const code = index.entityCodeOf.get(entityId);
  if (code === undefined) return positions;
  for (let touch = index.firstTouch.at(code); touch !== NO_TOUCH; touch = index.nextTouch.at(touch)) {
    positions.push(index.touchPositions.at(touch));
  }
  return positions;
}

/**
 * The page of an entity's trail after the cursor, as positions only; an unknown entity has an empty trail.
 * `admits` is the access policy, applied before paging and counting (none: every position).
 */
export const auditTrailPositions = (
  index: AuditTrailIndex,
  entityId: string,
  page: PageRequest = {},
  admits?: (position: number) => boolean,
): PositionPage => {
  const trail = entityTrail(index, entityId);
  return pageOfPositions(admits ? trail.filter(admits) : trail, page);
};

/**
 * Every event that touched an entity that the policy `admits`, oldest first, as a Relay connection of full
 * envelopes (all metadata, prevHash and hash). Only the page asked for is loaded, through `load` (see `envelopeLoaderOf`).
 */
export const auditTrail = (
  index: AuditTrailIndex,
  entityId: string,
  page: PageRequest,
  load: EnvelopeLoader,
  admits?: (position: number) => boolean,
): Promise<Connection<RecordedEvent>> => envelopeConnection(auditTrailPositions(index, entityId, page, admits), load);
