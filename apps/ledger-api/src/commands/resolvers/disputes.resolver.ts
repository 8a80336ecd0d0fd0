import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import {
  AdoptResolutionInput,
  AnnounceEscalationInput,
  EscalateDisputeInput,
  IssueRulingInput,
  RaiseDisputeInput,
  SettleDisputeInput,
} from '../dto/dispute.inputs';
import {
  toAdoptResolution,
  toAnnounceEscalation,
  toEscalateDispute,
  toIssueRuling,
  toRaiseDispute,
  toSettleDispute,
} from '../domain-commands/dispute.commands';
import { DisputePayload, ResolutionPayload, RulingPayload } from '../models/command-payloads';

@Resolver()
export class DisputesResolver {
  constructor(private readonly commands: CommandRecorder) {}

  @Mutation(() => DisputePayload.Payload, { description: 'Een geschilpunt vastleggen.' })
  raiseDispute(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: RaiseDisputeInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toRaiseDispute(input, metadata));
  }

  @Mutation(() => DisputePayload.Payload, {
    description: 'Vastleggen dat een partij aankondigde te zullen escaleren als niet aan een voorwaarde wordt voldaan.',
  })
  announceEscalation(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AnnounceEscalationInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toAnnounceEscalation(input, metadata));
  }

  @Mutation(() => DisputePayload.Payload, { description: 'Een geschilpunt escaleren.' })
  escalateDispute(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: EscalateDisputeInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toEscalateDispute(input, metadata));
  }

  @Mutation(() => DisputePayload.Payload, { description: 'Een geschilpunt als beslecht vastleggen.' })
  settleDispute(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: SettleDisputeInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toSettleDispute(input, metadata));
  }

  @Mutation(() => RulingPayload.Payload, { description: 'Een uitspraak of advies van een commissie vastleggen.' })
  issueRuling(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: IssueRulingInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toIssueRuling(input, metadata));
  }

  @Mutation(() => ResolutionPayload.Payload, { description: 'Een resolutie van de ledenvergadering vastleggen.' })
  adoptResolution(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AdoptResolutionInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toAdoptResolution(input, metadata));
  }
}
