import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import { IssueDocumentInput, ResumeTalksInput, SuspendTalksInput, TakeDecisionInput } from '../dto/unilateral.inputs';
import { toIssueDocument, toResumeTalks, toSuspendTalks, toTakeDecision } from '../domain-commands/unilateral.commands';
import { DecisionPayload, DocumentPayload, SuspensionPayload } from '../models/command-payloads';

/** Steps that are never agreements: a party's own decision, talks stopped and started again, a letter sent. */
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

  @Mutation(() => DocumentPayload.Payload, {
    description: 'Een brief of rapport als stap vastleggen: van wie, aan wie, op welke dag.',
  })
  issueDocument(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: IssueDocumentInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toIssueDocument(input, metadata));
  }
}
