import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller';
import { CommandGateway } from '../command-gateway';
import { AdmitPartyInput, OpenNegotiationInput } from '../dto/setup.inputs';
import { NegotiationPayload, PartyPayload } from '../models/command-payloads';

@Resolver()
export class SetupResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => NegotiationPayload.Payload, { description: 'Een nieuw dossier (onderhandelingstraject) openen.' })
  openNegotiation(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: OpenNegotiationInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('OpenNegotiation', input, caller);
  }

  @Mutation(() => PartyPayload.Payload, { description: 'Een partij of delegatie aan tafel laten.' })
  admitParty(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AdmitPartyInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('AdmitParty', input, caller);
  }
}
