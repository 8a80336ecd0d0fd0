import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import { ResumeTalksInput, SuspendTalksInput, TakeDecisionInput } from '../dto/unilateral.inputs';
import { toResumeTalks, toSuspendTalks, toTakeDecision } from '../domain-commands/unilateral.commands';
import { DecisionPayload, SuspensionPayload } from '../models/command-payloads';

/** Steps that are never agreements: a party's own decision, and talks stopped and started again. */
@Resolver()
export class UnilateralResolver {
  constructor(private readonly commands: CommandRecorder) {}

  @Mutation(() => DecisionPayload.Payload, {
    description: 'Een eenzijdig besluit of een betaling van één partij vastleggen; geen afspraak.',
  })
  takeDecision(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: TakeDecisionInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toTakeDecision(input, metadata));
  }

  @Mutation(() => SuspensionPayload.Payload, {
    description: 'Vastleggen dat gesprekken werden opgeschort; ze liggen stil tot resumeTalks.',
  })
  suspendTalks(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: SuspendTalksInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toSuspendTalks(input, metadata));
  }

  @Mutation(() => SuspensionPayload.Payload, { description: 'Vastleggen dat opgeschorte gesprekken werden hervat.' })
  resumeTalks(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: ResumeTalksInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toResumeTalks(input, metadata));
  }
}
