import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller';
import { CommandGateway } from '../command-gateway';
import { AttachSourceInput, CorrectEntryInput } from '../dto/record.inputs';
import { EntryPayload } from '../models/command-payloads';

@Resolver()
export class RecordsResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => EntryPayload.Payload, { description: 'Een bron koppelen aan een bestaande regel.' })
  attachSource(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AttachSourceInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('AttachSource', input, caller);
  }

  @Mutation(() => EntryPayload.Payload, {
    description: 'Een eerdere regel corrigeren; het origineel blijft in het logboek staan.',
  })
  correctEntry(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: CorrectEntryInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('CorrectEntry', input, caller, { patch: {}, occurredOn: null });
  }
}
