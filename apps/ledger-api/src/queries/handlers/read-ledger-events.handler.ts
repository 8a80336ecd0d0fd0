import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { Viewer } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import {
  auditTrail,
  eventLog,
  sightAtPosition,
  type Connection,
  type EventLogFilter,
  type PageRequest,
  type ViewerSight,
} from '@ledger/projections';
import { ReadModels } from '../read-models.service';
import { ReadAccess, type SeenEvent } from '../access/read-access';

/** Every event that touched one entity that the viewer may see, in the order the ledger recorded them. */
export class GetAuditTrailQuery extends Query<Connection<SeenEvent>> {
  constructor(
    readonly viewer: Viewer,
    readonly entityId: string,
    readonly page: PageRequest,
    readonly minPosition?: number,
  ) {
    super();
  }
}

/** The global event log as the viewer may see it, filtered. */
export class ListLedgerEventsQuery extends Query<Connection<SeenEvent>> {
  constructor(
    readonly viewer: Viewer,
    readonly filter: EventLogFilter,
    readonly page: PageRequest,
    readonly minPosition?: number,
  ) {
    super();
  }
}

/** A page the policy admitted, each event as the viewer sees it. */
function seenConnection(
  connection: Connection<RecordedEvent>,
  access: ReadAccess,
  sight: ViewerSight,
): Connection<SeenEvent> {
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({
      cursor: edge.cursor,
      node: access.see(edge.node, sight) ?? { event: edge.node, shown: null },
    })),
  };
}

@QueryHandler(GetAuditTrailQuery)
export class GetAuditTrailHandler implements IQueryHandler<GetAuditTrailQuery, Connection<SeenEvent>> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly access: ReadAccess,
  ) {}

  /**
   * A negotiation's trail is its stream, where a hash chain runs: every entry keeps its place, withheld or
   * shown, if the viewer may know the negotiation. An entity's trail holds only the entries the viewer is
   * shown, so a guessed id of a hidden entry has the empty trail of an unknown one.
   */
  async execute({ viewer, entityId, page, minPosition }: GetAuditTrailQuery): Promise<Connection<SeenEvent>> {
    await this.readModels.reach(minPosition);
    const sight = this.access.sightFor(viewer);
    const isNegotiation = this.readModels.negotiations.rows.has(entityId);
    const admits = isNegotiation
      ? sight.mayKnow(entityId)
        ? undefined
        : () => false
      : sight.seesEverything()
        ? undefined
        : (position: number) => sightAtPosition(this.readModels.eventLog, position, sight) === 'shown';
    return seenConnection(
      await auditTrail(this.readModels.auditTrail, entityId, page, this.readModels.load, admits),
      this.access,
      sight,
    );
  }
}

@QueryHandler(ListLedgerEventsQuery)
export class ListLedgerEventsHandler implements IQueryHandler<ListLedgerEventsQuery, Connection<SeenEvent>> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly access: ReadAccess,
  ) {}

  async execute({ viewer, filter, page, minPosition }: ListLedgerEventsQuery): Promise<Connection<SeenEvent>> {
    await this.readModels.reach(minPosition);
    const sight = this.access.sightFor(viewer);
    return seenConnection(
      await eventLog(this.readModels.eventLog, filter, page, this.readModels.load, sight),
      this.access,
      sight,
    );
  }
}
