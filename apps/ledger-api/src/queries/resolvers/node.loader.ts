import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Viewer } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { fromGlobalId } from '../../common/graphql/global-id';
import { EVENT_STORE } from '../../store/store.module';
import { GetNegotiationSummaryQuery } from '../handlers/list-negotiations.handler';
import { ReadAccess } from '../access/read-access';
import { toNegotiationModel } from '../models/summary.mapper';
import { toSeenLedgerEventModel } from '../models/ledger-event.mapper';

/** Resolves a global id to its object, or null when it names nothing this ledger holds. */
@Injectable()
export class NodeLoader {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: ReadAccess,
  ) {}

  async load(id: string, viewer: Viewer) {
    const decoded = fromGlobalId(id);
    if (decoded?.type === 'Negotiation') {
      return this.queryBus.execute(new GetNegotiationSummaryQuery(viewer, decoded.key)).then(toNegotiationModel, () => null);
    }
    if (decoded?.type === 'LedgerEvent') return this.ledgerEvent(decoded.key, viewer);
    return null;
  }

  private async ledgerEvent(key: string, viewer: Viewer) {
    const separator = key.lastIndexOf('/');
    const revision = Number(key.slice(separator + 1));
    if (separator <= 0 || !Number.isSafeInteger(revision) || revision < 0) return null;
    const [event] = await this.store.readStream(key.slice(0, separator), { fromRevision: revision });
    const seen = event?.revision === revision ? this.access.see(event, this.access.sightFor(viewer)) : null;
    return seen && toSeenLedgerEventModel(seen);
  }
}
