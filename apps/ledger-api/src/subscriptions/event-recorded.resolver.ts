import { Inject } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { negotiationIdOfStream } from '@ledger/command-handling';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { toLedgerEventModel } from '../queries/models/ledger-event.mapper';
import { LedgerEventModel } from '../queries/models/ledger-event.model';
import { EVENT_STORE } from '../store/store.module';
import { recordedEventIterator } from './event-stream.iterator';

@Resolver()
export class EventRecordedResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Subscription(() => LedgerEventModel, {
    description: 'Elke nieuw vastgelegde gebeurtenis, zodra zij is vastgelegd; optioneel alleen van één dossier.',
    resolve: (event: RecordedEvent) => toLedgerEventModel(event),
  })
  async eventRecorded(@Args('negotiationId', { type: () => ID, nullable: true }) negotiationId?: string) {
    const head = await this.store.headPosition();
    return recordedEventIterator(this.store, head, (event) => !negotiationId || negotiationIdOfStream(event.streamId) === negotiationId);
  }
}
