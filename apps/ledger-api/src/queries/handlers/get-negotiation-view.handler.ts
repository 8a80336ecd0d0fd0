import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { notFound, type Viewer } from '@ledger/domain';
import { negotiationView, timeline, type NegotiationView, type Timeline } from '@ledger/projections';
import { NegotiationStreamReader } from './negotiation-stream.reader';

export type NegotiationPicture = Readonly<{ view: NegotiationView; timeline: Timeline }>;

/** Everything recorded in one negotiation as it stands now, as far as the viewer may see: its entities and its timeline. */
export class GetNegotiationViewQuery extends Query<NegotiationPicture> {
  constructor(
    readonly negotiationId: string,
    readonly viewer: Viewer,
  ) {
    super();
  }
}

@QueryHandler(GetNegotiationViewQuery)
export class GetNegotiationViewHandler implements IQueryHandler<GetNegotiationViewQuery, NegotiationPicture> {
  constructor(private readonly streams: NegotiationStreamReader) {}

  async execute({ negotiationId, viewer }: GetNegotiationViewQuery): Promise<NegotiationPicture> {
    const stream = await this.streams.read(negotiationId, viewer);
    const view = negotiationView(stream);
    const lines = timeline(stream);
    if (view === null || lines === null)
      throw notFound('negotiationId', `negotiation ${negotiationId} has no opening that stands`);
    return { view, timeline: lines };
  }
}
