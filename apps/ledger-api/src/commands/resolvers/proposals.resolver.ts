import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller';
import { CommandGateway } from '../command-gateway';
import {
  ReviseProposalInput,
  TableProposalInput,
  TakePositionInput,
  WithdrawProposalInput,
} from '../dto/proposal.inputs';
import { PositionPayload, ProposalPayload } from '../models/command-payloads';

@Resolver()
export class ProposalsResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => ProposalPayload.Payload, { description: 'Een bod, voorstel of inzet op tafel leggen.' })
  tableProposal(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: TableProposalInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('TableProposal', input, caller, { meetingId: null });
  }

  @Mutation(() => ProposalPayload.Payload, { description: 'Een voorstel herzien.' })
  reviseProposal(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: ReviseProposalInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('ReviseProposal', input, caller, { meetingId: null });
  }

  @Mutation(() => ProposalPayload.Payload, { description: 'Een voorstel intrekken.' })
  withdrawProposal(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: WithdrawProposalInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('WithdrawProposal', input, caller);
  }

  @Mutation(() => PositionPayload.Payload, { description: 'Het standpunt van een partij vastleggen.' })
  takePosition(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: TakePositionInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('TakePosition', input, caller, { proposalId: null, meetingId: null });
  }
}
