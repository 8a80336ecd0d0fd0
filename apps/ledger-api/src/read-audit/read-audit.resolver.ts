import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AccessDeniedError } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { cursorOf, pageOfPositions } from '@ledger/projections';
import { CurrentCaller, type Caller } from '../common/caller';
import { PageArgs } from '../queries/dto/query.args';
import { pageOf } from '../queries/resolvers/position-arg';
import { RecordsReadConnection, type RecordsReadModel } from './read-audit.models';
import { ReadAuditRecorder, type RecordsRead } from './read-audit.recorder';

const toModel = (event: RecordedEvent): RecordsReadModel => ({
  ...(event.data as RecordsRead), eventId: event.eventId, at: event.metadata.recordedAt, hash: event.hash,
});

@Resolver()
export class ReadAuditResolver {
  constructor(private readonly recorder: ReadAuditRecorder) {}

  @Query(() => RecordsReadConnection, { description: 'De leesaudit: wie welke dossiers raadpleegde en wanneer (alleen admins).' })
  async readAudit(
    @CurrentCaller() caller: Caller, @Args() args: PageArgs, @Args('negotiationId', { type: () => ID, nullable: true }) negotiationId?: string,
  ) {
    if (caller.role !== 'admin') throw new AccessDeniedError('Only an admin may read the read audit');
    const reads = await this.recorder.reads(negotiationId);
    // Cursors are positions in the read-audit stream (revision + 1, so they start at 1 like global positions).
    const page = pageOfPositions(reads.map((event) => event.revision + 1), pageOf(args));
    const byPosition = new Map(reads.map((event) => [event.revision + 1, event]));
    return {
      edges: page.positions.map((position) => ({ cursor: cursorOf(position), node: toModel(byPosition.get(position)!) })),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
}
