import { Injectable } from '@nestjs/common';
import { canSee, negotiationIdOfStream, type Table, tableOf, type Viewer } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { ReadModels } from '../read-models.service';
import { toLedgerEventModel, toWithheldLedgerEventModel } from '../models/ledger-event.mapper';
import type { LedgerEventModel } from '../models/ledger-event.model';
import { negotiationAccessProjection } from './negotiation-access.projection';
import { PersonalDataReader } from '../../personal-data/personal-data.reader';

const NO_TABLE: Table = new Map();

/**
 * The visibility rule (libs/domain canSee) applied to the read side. Global lists judge each event by its
 * negotiation's table as the read models know it; per-negotiation answers judge by the table their own
 * stream tells, so both agree once the read models have caught up.
 */
@Injectable()
export class ReadAccess {
  constructor(
    private readonly readModels: ReadModels,
    private readonly personalData: PersonalDataReader,
  ) {}

  private table(negotiationId: string | null): Table {
    const index = this.readModels.runner.document(negotiationAccessProjection);
    return (negotiationId !== null && index.negotiations.get(negotiationId)?.table) || NO_TABLE;
  }

  /** Whether the viewer may see this event's content; otherwise it is shown only by its hash. */
  mayRead(viewer: Viewer, event: RecordedEvent): boolean {
    return canSee(viewer, event.metadata.classification, this.table(negotiationIdOfStream(event.streamId)));
  }

  /** The event as this viewer may see it: whole (personal data revealed or shown as erased), or withheld down to its hash. */
  present(viewer: Viewer, event: RecordedEvent): LedgerEventModel {
    return this.mayRead(viewer, event) ? toLedgerEventModel(event, this.personalData.reveal(event)) : toWithheldLedgerEventModel(event);
  }

  /** Whether the viewer may know the negotiation exists at all: whether its opening is visible. */
  mayKnow(viewer: Viewer, negotiationId: string): boolean {
    const opening = this.readModels.runner.document(negotiationAccessProjection).negotiations.get(negotiationId)?.opening;
    return !!opening && canSee(viewer, opening, this.table(negotiationId));
  }
}

/** One negotiation's stream as the viewer may see it: what every per-negotiation answer folds. */
export function visibleStream(viewer: Viewer, stream: readonly RecordedEvent[]): RecordedEvent[] {
  const table = tableOf(stream);
  return stream.filter((event) => canSee(viewer, event.metadata.classification, table));
}
