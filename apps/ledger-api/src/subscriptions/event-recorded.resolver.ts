import { Inject, UseInterceptors } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { EventStore } from '@ledger/event-store';
import { CurrentCaller, type Caller } from '../common/caller';
import { ReadAccess } from '../queries/access/read-access';
import { LedgerEventModel } from '../queries/models/ledger-event.model';
import { ReadModels } from '../queries/read-models.service';
import { EVENT_STORE } from '../store/store.module';
import { ReadAuditInterceptor } from '../read-audit/read-audit.interceptor';
import { mapAsyncIterator, recordedEventIterator, SKIP } from './event-stream.iterator';
import { toSeenLedgerEventModel } from '../queries/models/ledger-event.mapper';
import { negotiationIdOfStream } from '@ledger/domain';

@Resolver()
@UseInterceptors(ReadAuditInterceptor)
export class EventRecordedResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
    private readonly access: ReadAccess,
  ) {}

  @Subscription(() => LedgerEventModel, {
    description:
      'Elke nieuw vastgelegde gebeurtenis, zodra zij is vastgelegd; optioneel alleen van één dossier. Wat de abonnee niet mag zien, komt alleen met hash.',
    resolve: (event: LedgerEventModel) => event,
  })
  async eventRecorded(
    @CurrentCaller() caller: Caller,
    @Args('negotiationId', {
      type: () => ID,
      nullable: true,
      description: 'Alleen gebeurtenissen van dit dossier; leeg is elk dossier dat de vrager mag zien.',
    })
    negotiationId?: string,
  ) {
    // A subscription reads from now on. The audit pipeline records the read once this returns, after the
    // head is taken: whatever is recorded after the read shows in the audit reaches the subscriber.
    const head = await this.store.headPosition();
    // Only negotiation streams: the read audit's own stream records other callers' reads, which no subscriber is shown.
    const events = recordedEventIterator(this.store, head, (event) => {
      const streamNegotiation = negotiationIdOfStream(event.streamId);
      return streamNegotiation !== null && (!negotiationId || streamNegotiation === negotiationId);
    });
    return mapAsyncIterator(events, async (event) => {
      // The table that decides visibility may have changed with this very event: judge it once the read side has it.
      await this.readModels.reach(event.globalPosition);
      const seen = this.access.see(event, this.access.sightFor(caller));
      return seen ? toSeenLedgerEventModel(seen) : SKIP;
    });
  }
}
