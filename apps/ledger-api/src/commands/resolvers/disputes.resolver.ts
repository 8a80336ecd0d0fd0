import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller';
import { CommandGateway } from '../command-gateway';
import {
  AdoptResolutionInput,
  AnnounceEscalationInput,
  EscalateDisputeInput,
  IssueRulingInput,
  RaiseDisputeInput,
  SettleDisputeInput,
} from '../dto/dispute.inputs';
import { DisputePayload, ResolutionPayload, RulingPayload } from '../models/command-payloads';

@Resolver()
export class DisputesResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => DisputePayload.Payload, { description: 'Een geschilpunt vastleggen.' })
  raiseDispute(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: RaiseDisputeInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('RaiseDispute', input, caller, { proposalId: null });
  }

  @Mutation(() => DisputePayload.Payload, {
    description: 'Vastleggen dat een partij aankondigde te zullen escaleren als niet aan een voorwaarde wordt voldaan.',
  })
  announceEscalation(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AnnounceEscalationInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('AnnounceEscalation', input, caller);
  }

  @Mutation(() => DisputePayload.Payload, { description: 'Een geschilpunt escaleren.' })
  escalateDispute(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: EscalateDisputeInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('EscalateDispute', input, caller);
  }

  @Mutation(() => DisputePayload.Payload, { description: 'Een geschilpunt als beslecht vastleggen.' })
  settleDispute(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: SettleDisputeInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('SettleDispute', input, caller, { agreementId: null, rulingId: null });
  }

  @Mutation(() => RulingPayload.Payload, { description: 'Een uitspraak of advies van een commissie vastleggen.' })
  issueRuling(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: IssueRulingInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('IssueRuling', input, caller, { disputeId: null });
  }

  @Mutation(() => ResolutionPayload.Payload, { description: 'Een resolutie van de ledenvergadering vastleggen.' })
  adoptResolution(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: AdoptResolutionInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('AdoptResolution', input, caller);
  }
}
