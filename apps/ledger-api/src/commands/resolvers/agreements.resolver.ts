import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller';
import { CommandGateway } from '../command-gateway';
import {
  FulfilCommitmentInput,
  MakeCommitmentInput,
  ReachAgreementInput,
  RecordCommitmentMissedInput,
} from '../dto/agreement.inputs';
import { AgreementPayload, CommitmentPayload } from '../models/command-payloads';

@Resolver()
export class AgreementsResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => AgreementPayload.Payload, { description: 'Een afspraak vastleggen; vervangen afspraken vervallen.' })
  reachAgreement(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: ReachAgreementInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('ReachAgreement', input, caller, { meetingId: null });
  }

  @Mutation(() => CommitmentPayload.Payload, { description: 'Een toezegging vastleggen.' })
  makeCommitment(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: MakeCommitmentInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('MakeCommitment', input, caller, { agreementId: null });
  }

  @Mutation(() => CommitmentPayload.Payload, { description: 'Vastleggen dat een toezegging is nagekomen.' })
  fulfilCommitment(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: FulfilCommitmentInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('FulfilCommitment', input, caller);
  }

  @Mutation(() => CommitmentPayload.Payload, { description: 'Vastleggen dat een toezegging niet is nagekomen.' })
  recordCommitmentMissed(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: RecordCommitmentMissedInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('RecordCommitmentMissed', input, caller);
  }
}
