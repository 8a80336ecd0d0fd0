import type { CancelMeeting, CommandMetadata, RecordMeetingHeld, ScheduleMeeting } from '@ledger/domain';
import type { CancelMeetingInput, RecordMeetingHeldInput, ScheduleMeetingInput } from '../dto/meeting.inputs';
import { toPeriod } from './input-values.mapper';

export const toScheduleMeeting = (input: ScheduleMeetingInput, metadata: CommandMetadata): ScheduleMeeting => ({
  type: 'ScheduleMeeting',
  data: {
    negotiationId: input.negotiationId,
    meetingId: input.meetingId,
    kind: input.kind,
    title: input.title,
    scheduledFor: toPeriod('scheduledFor', input.scheduledFor),
    participants: input.participants,
    confidential: input.confidential,
  },
  metadata,
});

export const toRecordMeetingHeld = (input: RecordMeetingHeldInput, metadata: CommandMetadata): RecordMeetingHeld => ({
  type: 'RecordMeetingHeld',
  data: { negotiationId: input.negotiationId, meetingId: input.meetingId, summary: input.summary },
  metadata,
});

export const toCancelMeeting = (input: CancelMeetingInput, metadata: CommandMetadata): CancelMeeting => ({
  type: 'CancelMeeting',
  data: { negotiationId: input.negotiationId, meetingId: input.meetingId, reason: input.reason },
  metadata,
});
