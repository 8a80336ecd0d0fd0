import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetAgreedStateHandler } from './handlers/get-agreed-state.handler';
import { GetNegotiationViewHandler } from './handlers/get-negotiation-view.handler';
import { GetNegotiationSummaryHandler, ListNegotiationsHandler } from './handlers/list-negotiations.handler';
import { NegotiationStreamReader } from './handlers/negotiation-stream.reader';
import { GetAuditTrailHandler, ListLedgerEventsHandler } from './handlers/read-ledger-events.handler';
import { ReadModels } from './read-models.service';
import { ReadAccess } from './access/read-access';
import { CommitmentFieldsResolver } from './resolvers/commitment-fields.resolver';
import { LedgerResolver } from './resolvers/ledger.resolver';
import { NegotiationFieldsResolver } from './resolvers/negotiation-fields.resolver';
import { NodeLoader } from './resolvers/node.loader';
import { SourceDocumentResolver, SourceLocationResolver } from './resolvers/source-document.resolver';

/** The read side over GraphQL: per-negotiation answers from its stream, global lists from the read models. */
@Module({
  imports: [CqrsModule],
  providers: [
    ReadModels,
    ReadAccess,
    NegotiationStreamReader,
    NodeLoader,
    GetAgreedStateHandler,
    GetNegotiationViewHandler,
    ListNegotiationsHandler,
    GetNegotiationSummaryHandler,
    GetAuditTrailHandler,
    ListLedgerEventsHandler,
    LedgerResolver,
    NegotiationFieldsResolver,
    CommitmentFieldsResolver,
    SourceDocumentResolver,
    SourceLocationResolver,
  ],
  exports: [ReadModels, ReadAccess, NodeLoader],
})
export class QueriesModule {}
