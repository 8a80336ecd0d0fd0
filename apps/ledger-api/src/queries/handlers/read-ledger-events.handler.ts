import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { RecordedEvent } from '@ledger/event-store';
import { auditTrail, eventLog, type Connection, type EventLogFilter, type PageRequest } from '@ledger/projections';
import { ReadModels } from '../read-models.service';

/** Every event that touched one entity, in the order the ledger recorded them. */
export class GetAuditTrailQuery extends Query<Connection<RecordedEvent>> {
  constructor(readonly entityId: string, readonly page: PageRequest, readonly minPosition?: number) {
    super();
  }
}

/** The global event log, filtered. */
export class ListLedgerEventsQuery extends Query<Connection<RecordedEvent>> {
  constructor(readonly filter: EventLogFilter, readonly page: PageRequest, readonly minPosition?: number) {
    super();
  }
}

@QueryHandler(GetAuditTrailQuery)
export class GetAuditTrailHandler implements IQueryHandler<GetAuditTrailQuery, Connection<RecordedEvent>> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ entityId, page, minPosition }: GetAuditTrailQuery): Promise<Connection<RecordedEvent>> {
    await this.readModels.reach(minPosition);
    return auditTrail(this.readModels.auditTrail, entityId, page, this.readModels.load);
  }
}

@QueryHandler(ListLedgerEventsQuery)
export class ListLedgerEventsHandler implements IQueryHandler<ListLedgerEventsQuery, Connection<RecordedEvent>> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ filter, page, minPosition }: ListLedgerEventsQuery): Promise<Connection<RecordedEvent>> {
    await this.readModels.reach(minPosition);
    return eventLog(this.readModels.eventLog, filter, page, this.readModels.load);
  }
}
