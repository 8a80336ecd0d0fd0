import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import { TakeDecisionInput } from '../dto/unilateral.inputs';
import { toTakeDecision } from '../domain-commands/unilateral.commands';
import { DecisionPayload } from '../models/command-payloads';

/** Steps one party takes on its own: they need no other party's consent and are never agreements. */
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
}
