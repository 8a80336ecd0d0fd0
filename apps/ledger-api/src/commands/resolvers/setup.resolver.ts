import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller';
import { CommandGateway } from '../command-gateway';
import { AdmitPartyInput, OpenNegotiationInput } from '../dto/setup.inputs';
import { CommandResultModel } from '../models/command-result.model';

@Resolver()
export class SetupResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandResultModel, { description: 'Een nieuw dossier (onderhandelingstraject) openen.' })
  openNegotiation(@Args('input', { description: 'Wat vastgelegd wordt.' }) input: OpenNegotiationInput, @CurrentCaller() caller: Caller) {
    return this.commands.record('OpenNegotiation', input, caller);
  }

  @Mutation(() => CommandResultModel, { description: 'Een partij of delegatie aan tafel laten.' })
  admitParty(@Args('input', { description: 'Wat vastgelegd wordt.' }) input: AdmitPartyInput, @CurrentCaller() caller: Caller) {
    return this.commands.record('AdmitParty', input, caller);
  }
}
