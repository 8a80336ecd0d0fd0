import { illegalState } from '../../shared/negotiation-error';
import type { CancelMeeting, RecordMeetingHeld, ScheduleMeeting } from '../negotiation.commands';
import { MEETING_KINDS, type MeetingCancelled, type MeetingHeld, type MeetingScheduled } from '../negotiation.events';
import type { NegotiationState } from '../negotiation.state';
import {
  MAX_TITLE_LENGTH,
  requireKnown,
  requireNew,
  requireOneOf,
  requireOpened,
  requireOptionalText,
  requireParties,
  requirePeriod,
  requireText,
} from './guards';

export function scheduleMeeting({ data }: ScheduleMeeting, state: NegotiationState): MeetingScheduled[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('meetingId', open.meetings, data.meetingId, 'meeting');
  requireOneOf('kind', MEETING_KINDS, data.kind);
  requireText('title', data.title, MAX_TITLE_LENGTH);
  requirePeriod('scheduledFor', data.scheduledFor);
  requireParties(open, 'participants', data.participants);
  return [{ type: 'MeetingScheduled', data }];
}

export function recordMeetingHeld({ data }: RecordMeetingHeld, state: NegotiationState): MeetingHeld[] {
  const open = requireOpened(state, data.negotiationId);
  const meeting = requireKnown('meetingId', open.meetings, data.meetingId, 'meeting');
  if (meeting.status !== 'scheduled')
    throw illegalState('meetingId', `meeting ${data.meetingId} is ${meeting.status}, not scheduled`);
  requireOptionalText('summary', data.summary);
  return [{ type: 'MeetingHeld', data }];
}

export function cancelMeeting({ data }: CancelMeeting, state: NegotiationState): MeetingCancelled[] {
  const open = requireOpened(state, data.negotiationId);
  const meeting = requireKnown('meetingId', open.meetings, data.meetingId, 'meeting');
  if (meeting.status !== 'scheduled')
    throw illegalState('meetingId', `meeting ${data.meetingId} is ${meeting.status} and cannot be cancelled`);
  requireText('reason', data.reason);
  return [{ type: 'MeetingCancelled', data }];
}
