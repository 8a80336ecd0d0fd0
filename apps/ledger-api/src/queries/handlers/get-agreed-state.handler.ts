import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { notFound, type Viewer } from '@ledger/domain';
import { agreedState, type AgreedState, type AgreedStateQuery } from '@ledger/projections';
import { NegotiationStreamReader } from './negotiation-stream.reader';

export class GetAgreedStateQuery extends Query<AgreedState> {
  constructor(
    readonly negotiationId: string,
    readonly axes: AgreedStateQuery,
    readonly viewer: Viewer,
  ) {
    super();
  }
}

@QueryHandler(GetAgreedStateQuery)
export class GetAgreedStateHandler implements IQueryHandler<GetAgreedStateQuery, AgreedState> {
  constructor(private readonly streams: NegotiationStreamReader) {}

  async execute({ negotiationId, axes, viewer }: GetAgreedStateQuery): Promise<AgreedState> {
    const state = agreedState(await this.streams.read(negotiationId, viewer), axes);
    if (state === null)
      throw notFound('asOf', `negotiation ${negotiationId} was not open on ${axes.asOf} as known then`);
    return state;
  }
}
