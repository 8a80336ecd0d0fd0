import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import { toAdmitParty, toOpenNegotiation } from '../domain-commands/setup.commands';
import { AdmitPartyInput, OpenNegotiationInput } from '../dto/setup.inputs';
import { NegotiationPayload, PartyPayload } from '../models/command-payloads';

@Resolver()
export class SetupResolver {
  constructor(private readonly commands: CommandRecorder) {}

  @Mutation(() => NegotiationPayload.Payload, { description: 'Een nieuw dossier (onderhandelingstraject) openen.' })
  openNegotiation(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: OpenNegotiationInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toOpenNegotiation(input, metadata));
  }

  @Mutation(() => PartyPayload.Payload, { description: 'Een partij of delegatie aan tafel laten.' })
  admitParty(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AdmitPartyInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toAdmitParty(input, metadata));
  }
}
