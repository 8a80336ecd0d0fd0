import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AccessDeniedError } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { cursorOf, pageOfPositions } from '@ledger/projections';
import { CurrentCaller, type Caller } from '../common/caller';
import { PageArgs } from '../queries/dto/query.args';
import { pageOf } from '../queries/resolvers/position-arg';
import { ReadAccess } from '../queries/access/read-access';
import { RecordsReadConnection, type RecordsReadModel } from './read-audit.models';
import { EVERY_NEGOTIATION } from './read-audit.interceptor';
import { ReadAuditRecorder, type RecordsRead } from './read-audit.recorder';

/** Every negotiation the caller may see, as a subscription to all of them is recorded. */

const toModel = (event: RecordedEvent, negotiationIds: string[]): RecordsReadModel => ({
  ...(event.data as RecordsRead),
  negotiationIds,
  eventId: event.eventId,
  at: event.metadata.recordedAt,
  hash: event.hash,
});

/**
 * The read audit is for admins, and an admin is confined to the negotiations they may know, as on every
 * read: a read of a negotiation hidden from them is left out, and a read of several shows only the ones
 * they may know, so the audit never confirms a negotiation, or who read it, that the admin may not see.
 */
@Resolver()
export class ReadAuditResolver {
  constructor(
    private readonly recorder: ReadAuditRecorder,
    private readonly access: ReadAccess,
  ) {}

  @Query(() => RecordsReadConnection, {
    description: 'De leesaudit: wie welke dossiers raadpleegde en wanneer (alleen admins).',
  })
  async readAudit(
    @CurrentCaller() caller: Caller,
    @Args() args: PageArgs,
    @Args('negotiationId', {
      type: () => ID,
      nullable: true,
      description: 'Alleen het lezen van dit dossier; leeg is alle.',
    })
    negotiationId?: string,
  ) {
    if (caller.role !== 'admin') throw new AccessDeniedError('Only an admin may read the read audit');
    const sight = this.access.sightFor(caller);
    const known = (id: string) => id === EVERY_NEGOTIATION || sight.mayKnow(id);
    // Cursors are positions in the read-audit stream (revision + 1, so they start at 1 like global positions).
    const byPosition = new Map<number, RecordsReadModel>();
    for (const event of !negotiationId || known(negotiationId)
      ? await this.recorder.reads(negotiationId ?? undefined)
      : []) {
      const ids = (event.data as RecordsRead).negotiationIds.filter(known);
      if (ids.length > 0) byPosition.set(event.revision + 1, toModel(event, ids));
    }
    const page = pageOfPositions([...byPosition.keys()], pageOf(args));
    return {
      edges: page.positions.map((position) => ({ cursor: cursorOf(position), node: byPosition.get(position)! })),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  }
}
