import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import {
  ReviseProposalInput,
  TableProposalInput,
  TakePositionInput,
  WithdrawProposalInput,
} from '../dto/proposal.inputs';
import {
  toReviseProposal,
  toTableProposal,
  toTakePosition,
  toWithdrawProposal,
} from '../domain-commands/proposal.commands';
import { PositionPayload, ProposalPayload } from '../models/command-payloads';

@Resolver()
export class ProposalsResolver {
  constructor(private readonly commands: CommandRecorder) {}

  @Mutation(() => ProposalPayload.Payload, { description: 'Een bod, voorstel of inzet op tafel leggen.' })
  tableProposal(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: TableProposalInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toTableProposal(input, metadata));
  }

  @Mutation(() => ProposalPayload.Payload, { description: 'Een voorstel herzien.' })
  reviseProposal(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: ReviseProposalInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toReviseProposal(input, metadata));
  }

  @Mutation(() => ProposalPayload.Payload, { description: 'Een voorstel intrekken.' })
  withdrawProposal(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: WithdrawProposalInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toWithdrawProposal(input, metadata));
  }

  @Mutation(() => PositionPayload.Payload, { description: 'Het standpunt van een partij vastleggen.' })
  takePosition(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: TakePositionInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toTakePosition(input, metadata));
  }
}
