import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import {
  FulfilCommitmentInput,
  MakeCommitmentInput,
  ReachAgreementInput,
  RecordCommitmentMissedInput,
} from '../dto/agreement.inputs';
import {
  toFulfilCommitment,
  toMakeCommitment,
  toReachAgreement,
  toRecordCommitmentMissed,
} from '../domain-commands/agreement.commands';
import { AgreementPayload, CommitmentPayload } from '../models/command-payloads';

@Resolver()
export class AgreementsResolver {
  constructor(private readonly commands: CommandRecorder) {}

  @Mutation(() => AgreementPayload.Payload, { description: 'Een afspraak vastleggen; vervangen afspraken vervallen.' })
  reachAgreement(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: ReachAgreementInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toReachAgreement(input, metadata));
  }

  @Mutation(() => CommitmentPayload.Payload, { description: 'Een toezegging vastleggen.' })
  makeCommitment(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: MakeCommitmentInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toMakeCommitment(input, metadata));
  }

  @Mutation(() => CommitmentPayload.Payload, { description: 'Vastleggen dat een toezegging is nagekomen.' })
  fulfilCommitment(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: FulfilCommitmentInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toFulfilCommitment(input, metadata));
  }

  @Mutation(() => CommitmentPayload.Payload, { description: 'Vastleggen dat een toezegging niet is nagekomen.' })
  recordCommitmentMissed(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: RecordCommitmentMissedInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toRecordCommitmentMissed(input, metadata));
  }
}
