import { Injectable } from '@nestjs/common';
import { canSee, negotiationIdOfStream, tableOf, type Viewer } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { negotiationAccessProjection, ViewerSight } from '@ledger/projections';
import { ReadModels } from '../read-models.service';
import { PersonalDataReader } from '../../personal-data/personal-data.reader';

/** An event as the access policy lets one viewer see it: `shown` is its content (personal data revealed), null when withheld. */
export type SeenEvent = Readonly<{ event: RecordedEvent; shown: RecordedEvent | null }>;

/**
 * The read-side access policy (libs/projections `ViewerSight`, over libs/domain `canSee`) for the read models
 * as they stand. Every query handler asks it for its viewer's sight before it filters, counts or pages;
 * mapping to GraphQL is left to the resolvers. Events outside any negotiation (the read audit, erasures) are
 * absent for every viewer here: they have their own queries, with their own rule.
 */
@Injectable()
export class ReadAccess {
  constructor(
    private readonly readModels: ReadModels,
    private readonly personalData: PersonalDataReader,
  ) {}

  sightFor(viewer: Viewer): ViewerSight {
    return new ViewerSight(this.readModels.runner.document(negotiationAccessProjection), viewer);
  }

  /** The event as the viewer may see it: whole, withheld down to its place and hashes, or null when absent for them. */
  see(event: RecordedEvent, sight: ViewerSight): SeenEvent | null {
    const seen = sight.sightOf(negotiationIdOfStream(event.streamId), event.metadata.classification);
    if (seen === 'absent') return null;
    return { event, shown: seen === 'shown' ? this.personalData.reveal(event) : null };
  }
}

/** One negotiation's stream as the viewer may see it: what every per-negotiation answer folds. */
export function visibleStream(viewer: Viewer, stream: readonly RecordedEvent[]): RecordedEvent[] {
  const table = tableOf(stream);
  return stream.filter((event) => canSee(viewer, event.metadata.classification, table));
}
