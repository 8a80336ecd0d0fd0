import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Viewer } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import type { ProposalView } from '@ledger/projections';
import { fromGlobalId } from '../../common/graphql/global-id';
import { EVENT_STORE } from '../../store/store.module';
import { GetNegotiationSummaryQuery } from '../handlers/list-negotiations.handler';
import { ReadAccess } from '../access/read-access';
import { toNegotiationModel } from '../models/summary.mapper';
import { toSeenLedgerEventModel } from '../models/ledger-event.mapper';
import { ENTITY_TYPES, entityOfGlobalId, entityRow, type EntityType } from '../models/entity-nodes';
import { proposalRows, tracedRows } from '../models/negotiation-view.mapper';
import { GetNegotiationViewQuery, type NegotiationPicture } from '../handlers/get-negotiation-view.handler';

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
    if (decoded?.type === 'Negotiation') return this.negotiation(decoded.key, viewer);
    if (decoded?.type === 'LedgerEvent') return this.ledgerEvent(decoded.key, viewer);
    const entity = entityOfGlobalId(id);
    return entity && this.entity(entity.negotiationId, entity.entityId, viewer, [entity.type]);
  }

  negotiation(negotiationId: string, viewer: Viewer) {
    return this.queryBus
      .execute(new GetNegotiationSummaryQuery(viewer, negotiationId))
      .then(toNegotiationModel, () => null);
  }

  /**
   * An entity of a negotiation as the viewer sees it now, of one of `types` (by default whichever holds the id);
   * null when the viewer may not see it or it is not there.
   */
  async entity(negotiationId: string, entityId: string, viewer: Viewer, types: readonly EntityType[] = ENTITY_TYPES) {
    const picture: NegotiationPicture | null = await this.queryBus
      .execute(new GetNegotiationViewQuery(negotiationId, viewer))
      .catch(() => null);
    if (!picture) return null;
    for (const type of types) {
      const row = entityRow(picture.view, type, entityId);
      if (row)
        return type === 'Proposal'
          ? proposalRows(picture.view, [row as ProposalView])[0]
          : tracedRows(picture.view, type, [row])[0];
    }
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
