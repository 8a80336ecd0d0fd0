import { Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module';
import { EventRecordedResolver } from './event-recorded.resolver';
import { GraphqlWsServer } from './graphql-ws.server';

/** Live updates over graphql-ws, straight from the store's catch-up subscription, filtered like every read. */
@Module({ imports: [QueriesModule], providers: [EventRecordedResolver, GraphqlWsServer] })
export class SubscriptionsModule {}
