import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCommandContext, type CommandContext } from '../command-context';
import { CommandRecorder } from '../command.recorder';
import { toCancelMeeting, toRecordMeetingHeld, toScheduleMeeting } from '../domain-commands/meeting.commands';
import { CancelMeetingInput, RecordMeetingHeldInput, ScheduleMeetingInput } from '../dto/meeting.inputs';
import { MeetingPayload } from '../models/command-payloads';

@Resolver()
export class MeetingsResolver {
  constructor(private readonly commands: CommandRecorder) {}

  @Mutation(() => MeetingPayload.Payload, { description: 'Een overleg plannen.' })
  scheduleMeeting(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: ScheduleMeetingInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toScheduleMeeting(input, metadata));
  }

  @Mutation(() => MeetingPayload.Payload, { description: 'Vastleggen dat een overleg plaatsvond, op occurredOn.' })
  recordMeetingHeld(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: RecordMeetingHeldInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toRecordMeetingHeld(input, metadata));
  }

  @Mutation(() => MeetingPayload.Payload, { description: 'Een gepland overleg afzeggen.' })
  cancelMeeting(
    @Args('input', { description: 'Wat vastgelegd wordt.' }) input: CancelMeetingInput,
    @CurrentCommandContext() context: CommandContext,
  ) {
    return this.commands.record(input, context, (metadata) => toCancelMeeting(input, metadata));
  }
}
