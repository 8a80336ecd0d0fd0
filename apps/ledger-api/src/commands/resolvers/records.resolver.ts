import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import { toAttachSource, toCorrectEntry } from '../domain-commands/record.commands';
import { AttachSourceInput, CorrectEntryInput } from '../dto/record.inputs';
import { EntryPayload } from '../models/command-payloads';

@Resolver()
export class RecordsResolver {
  constructor(private readonly commands: CommandRecorder) {}

  @Mutation(() => EntryPayload.Payload, { description: 'Een bron koppelen aan een bestaande regel.' })
  attachSource(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AttachSourceInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toAttachSource(input, metadata));
  }

  @Mutation(() => EntryPayload.Payload, {
    description: 'Een eerdere regel corrigeren; het origineel blijft in het logboek staan.',
  })
  correctEntry(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: CorrectEntryInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toCorrectEntry(input, metadata));
  }
}
