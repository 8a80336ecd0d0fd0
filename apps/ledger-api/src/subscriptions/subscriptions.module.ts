import { Module } from '@nestjs/common';
import { EventRecordedResolver } from './event-recorded.resolver';

/** Live updates over graphql-ws, straight from the store's catch-up subscription. */
@Module({ providers: [EventRecordedResolver] })
export class SubscriptionsModule {}
