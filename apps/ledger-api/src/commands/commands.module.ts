import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandGateway } from './command-gateway';
import { ChangedObjectLoader } from './changed-object.loader';
import { PAYLOAD_RESOLVERS } from './models/command-payloads';
import { QueriesModule } from '../queries/queries.module';
import { RecordNegotiationCommandHandler } from './record-negotiation-command';
import { AgreementsResolver } from './resolvers/agreements.resolver';
import { DisputesResolver } from './resolvers/disputes.resolver';
import { MeetingsResolver } from './resolvers/meetings.resolver';
import { ProposalsResolver } from './resolvers/proposals.resolver';
import { RecordsResolver } from './resolvers/records.resolver';
import { SetupResolver } from './resolvers/setup.resolver';

/** The write side over GraphQL: one mutation per domain command. */
@Module({
  imports: [CqrsModule, QueriesModule],
  providers: [
    CommandGateway,
    RecordNegotiationCommandHandler,
    SetupResolver,
    MeetingsResolver,
    ProposalsResolver,
    AgreementsResolver,
    DisputesResolver,
    RecordsResolver,
    ChangedObjectLoader,
    ...PAYLOAD_RESOLVERS,
  ],
})
export class CommandsModule {}
