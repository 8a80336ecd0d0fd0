import type { RecordedEvent } from '../event-envelope';
import type { LeanEvent } from '../event-store.port';

/** What a lean read must give for a full envelope: the same event, cut down. */
export const cutDown = ({
  eventId,
  revision,
  globalPosition,
  type,
  schemaVersion,
  data,
  metadata,
}: RecordedEvent): LeanEvent => ({
  eventId,
  revision,
  globalPosition,
  type,
  schemaVersion,
  data,
  metadata: { occurredOn: metadata.occurredOn, classification: metadata.classification },
});
