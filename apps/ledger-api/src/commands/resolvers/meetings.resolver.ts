import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller';
import { CommandGateway } from '../command-gateway';
import { CancelMeetingInput, RecordMeetingHeldInput, ScheduleMeetingInput } from '../dto/meeting.inputs';
import { MeetingPayload } from '../models/command-payloads';

@Resolver()
export class MeetingsResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => MeetingPayload.Payload, { description: 'Een overleg plannen.' })
  scheduleMeeting(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: ScheduleMeetingInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('ScheduleMeeting', input, caller);
  }

  @Mutation(() => MeetingPayload.Payload, { description: 'Vastleggen dat een overleg plaatsvond, op occurredOn.' })
  recordMeetingHeld(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: RecordMeetingHeldInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('RecordMeetingHeld', input, caller);
  }

  @Mutation(() => MeetingPayload.Payload, { description: 'Een gepland overleg afzeggen.' })
  cancelMeeting(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: CancelMeetingInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.record('CancelMeeting', input, caller);
  }
}
