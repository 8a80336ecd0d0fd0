import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { notFound, type Viewer } from '@ledger/domain';
import {
  negotiationSummaries,
  negotiationSummary,
  type Connection,
  type NegotiationSummary,
  type PageRequest,
} from '@ledger/projections';
import { ReadModels } from '../read-models.service';
import { ReadAccess } from '../access/read-access';

export class ListNegotiationsQuery extends Query<Connection<NegotiationSummary>> {
  constructor(
    readonly viewer: Viewer,
    readonly page: PageRequest,
    readonly minPosition?: number,
  ) {
    super();
  }
}

export class GetNegotiationSummaryQuery extends Query<NegotiationSummary> {
  constructor(
    readonly viewer: Viewer,
    readonly negotiationId: string,
    readonly minPosition?: number,
  ) {
    super();
  }
}

@QueryHandler(ListNegotiationsQuery)
export class ListNegotiationsHandler implements IQueryHandler<ListNegotiationsQuery, Connection<NegotiationSummary>> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly access: ReadAccess,
  ) {}

  /** Only the negotiations whose opening the viewer may see: the others are not withheld but absent, like unknown ids. */
  async execute({ viewer, page, minPosition }: ListNegotiationsQuery): Promise<Connection<NegotiationSummary>> {
    await this.readModels.reach(minPosition);
    return negotiationSummaries(this.readModels.negotiations, page, this.access.sightFor(viewer));
  }
}

@QueryHandler(GetNegotiationSummaryQuery)
export class GetNegotiationSummaryHandler implements IQueryHandler<GetNegotiationSummaryQuery, NegotiationSummary> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly access: ReadAccess,
  ) {}

  async execute({ viewer, negotiationId, minPosition }: GetNegotiationSummaryQuery): Promise<NegotiationSummary> {
    await this.readModels.reach(minPosition);
    const summary = negotiationSummary(this.readModels.negotiations, negotiationId, this.access.sightFor(viewer));
    if (summary === null) throw notFound('id', `negotiation ${negotiationId} does not exist`);
    return summary;
  }
}
