import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@ledger/domain';
import { negotiationSummaries, negotiationSummary, type Connection, type NegotiationSummary, type PageRequest } from '@ledger/projections';
import { ReadModels } from '../read-models.service';

export class ListNegotiationsQuery extends Query<Connection<NegotiationSummary>> {
  constructor(readonly page: PageRequest, readonly minPosition?: number) {
    super();
  }
}

export class GetNegotiationSummaryQuery extends Query<NegotiationSummary> {
  constructor(readonly negotiationId: string, readonly minPosition?: number) {
    super();
  }
}

@QueryHandler(ListNegotiationsQuery)
export class ListNegotiationsHandler implements IQueryHandler<ListNegotiationsQuery, Connection<NegotiationSummary>> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ page, minPosition }: ListNegotiationsQuery): Promise<Connection<NegotiationSummary>> {
    await this.readModels.reach(minPosition);
    return negotiationSummaries(this.readModels.negotiations, page);
  }
}

@QueryHandler(GetNegotiationSummaryQuery)
export class GetNegotiationSummaryHandler implements IQueryHandler<GetNegotiationSummaryQuery, NegotiationSummary> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ negotiationId, minPosition }: GetNegotiationSummaryQuery): Promise<NegotiationSummary> {
    await this.readModels.reach(minPosition);
    const summary = negotiationSummary(this.readModels.negotiations, negotiationId);
    if (summary === null) throw notFound('id', `negotiation ${negotiationId} does not exist`);
    return summary;
  }
}
