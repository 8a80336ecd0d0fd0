import { Inject, Injectable } from '@nestjs/common';
import { notFound, type Viewer } from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { readNegotiationStream } from '@ledger/projections';
import { EVENT_STORE } from '../../store/store.module';
import { PersonalDataReader } from '../../personal-data/personal-data.reader';
import { visibleStream } from '../access/read-access';

/**
 * Reads one negotiation's stream as the viewer may see it, the source of every per-negotiation answer. An
 * unknown id and a negotiation whose opening the viewer may not see are the same NOT_FOUND: no existence leaks.
 * Personal data is revealed before folding, so every answer shows it in the clear or as erased.
 */
@Injectable()
export class NegotiationStreamReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly personalData: PersonalDataReader,
  ) {}

  async read(negotiationId: string, viewer: Viewer, field = 'negotiationId'): Promise<RecordedEvent[]> {
    const stream = visibleStream(viewer, await readNegotiationStream(this.store, negotiationId));
    if (!stream.some((event) => event.type === 'NegotiationOpened'))
      throw notFound(field, `negotiation ${negotiationId} does not exist`);
    return stream.map((event) => this.personalData.reveal(event));
  }
}
