import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { readNegotiationStream } from '@ledger/projections';
import { EVENT_STORE } from '../../store/store.module';

/** Reads one negotiation's stream, the source of every per-negotiation answer; an unknown id is NOT_FOUND. */
@Injectable()
export class NegotiationStreamReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async read(negotiationId: string, field = 'negotiationId'): Promise<RecordedEvent[]> {
    const stream = await readNegotiationStream(this.store, negotiationId);
    if (stream.length === 0) throw notFound(field, `negotiation ${negotiationId} does not exist`);
    return stream;
  }
}
