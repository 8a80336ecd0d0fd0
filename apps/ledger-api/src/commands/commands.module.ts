import { Module } from '@nestjs/common';
import { CommandRecorder } from './command.recorder';
import { ChangedObjectLoader } from './changed-object.loader';
import { PAYLOAD_RESOLVERS } from './models/command-payloads';
import { QueriesModule } from '../queries/queries.module';
import { AgreementsResolver } from './resolvers/agreements.resolver';
import { DisputesResolver } from './resolvers/disputes.resolver';
import { MeetingsResolver } from './resolvers/meetings.resolver';
import { ProposalsResolver } from './resolvers/proposals.resolver';
import { RecordsResolver } from './resolvers/records.resolver';
import { SetupResolver } from './resolvers/setup.resolver';
import { UnilateralResolver } from './resolvers/unilateral.resolver';

/** The write side over GraphQL: one mutation per domain command. */
@Module({
  imports: [QueriesModule],
  providers: [
    CommandRecorder,
    SetupResolver,
    MeetingsResolver,
    ProposalsResolver,
    AgreementsResolver,
    DisputesResolver,
    RecordsResolver,
    UnilateralResolver,
    ChangedObjectLoader,
    ...PAYLOAD_RESOLVERS,
  ],
})
export class CommandsModule {}
