import type { RecordedEvent } from '@ledger/event-store';
import { envelopeConnection, type Connection, type EnvelopeLoader } from '../shared/projection';
import { pageOfPositions, type PageRequest, type PositionPage } from '../shared/relay-page';
import type { AuditTrailIndex } from './audit-trail.document';

const NONE: readonly number[] = [];

/** The page of an entity's trail after the cursor, as positions only; an unknown entity has an empty trail. */
export const auditTrailPositions = (index: AuditTrailIndex, entityId: string, page: PageRequest = {}): PositionPage =>
  pageOfPositions(index.positionsByEntity.get(entityId) ?? NONE, page);

/**
 * Every event that touched an entity, oldest first, as a Relay connection of full envelopes (all metadata,
 * prevHash and hash). Only the page asked for is loaded, through `load` (see `envelopeLoaderOf`).
 */
export const auditTrail = (
  index: AuditTrailIndex, entityId: string, page: PageRequest, load: EnvelopeLoader,
): Promise<Connection<RecordedEvent>> => envelopeConnection(auditTrailPositions(index, entityId, page), load);

/** True when any event touched the id: how `node(id)` can tell an entity exists without reading a stream. */
export const isKnownEntity = (index: AuditTrailIndex, entityId: string): boolean => index.positionsByEntity.has(entityId);
