import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { period } from '../../shared/period';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  atTheTable,
  BO_JEUGD,
  cancelMeeting,
  IPO,
  meetingCancelled,
  meetingHeld,
  meetingScheduled,
  RIJK,
  recordMeetingHeld,
  scheduleMeeting,
  VNG,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;
const scheduled = () => [...atTheTable(), meetingScheduled()];

describe('ScheduleMeeting', () => {
  describe('when Rijk and VNG are at the table', () => {
    it('schedules the Overhedenoverleg of 16 April 2025', () =>
      spec.given(atTheTable()).when(scheduleMeeting()).then([meetingScheduled()]));

    it('schedules a confidential BO Jeugd', () =>
      spec
        .given(atTheTable())
        .when(scheduleMeeting(BO_JEUGD))
        .then([meetingScheduled(BO_JEUGD)]));

    it('refuses an unknown kind of meeting', () =>
      spec
        .given(atTheTable())
        .when(scheduleMeeting({ kind: 'borrel' as never }))
        .thenThrows(InvalidInput, 'kind'));

    it('refuses a meeting without a title', () =>
      spec
        .given(atTheTable())
        .when(scheduleMeeting({ title: '' }))
        .thenThrows(InvalidInput, 'title'));

    it('refuses a date that is not a whole period of its precision', () => {
      const notAMonth = { ...period('april', 'month', '2025-04'), end: '2025-04-29' };
      spec
        .given(atTheTable())
        .when(scheduleMeeting({ scheduledFor: notAMonth }))
        .thenThrows(InvalidInput, 'scheduledFor');
    });

    it('refuses a participant that is not at the table', () =>
      spec
        .given(atTheTable())
        .when(scheduleMeeting({ participants: [RIJK, IPO] }))
        .thenThrows(IllegalState, 'participants[1]'));

    it('refuses a participant named twice', () =>
      spec
        .given(atTheTable())
        .when(scheduleMeeting({ participants: [VNG, RIJK, VNG] }))
        .thenThrows(InvalidInput, 'participants'));
  });

  describe('when the meeting is already scheduled', () => {
    it('refuses to schedule it twice', () =>
      spec.given(scheduled()).when(scheduleMeeting()).thenThrows(AlreadyExists, 'meetingId'));
  });
});

describe('RecordMeetingHeld', () => {
  describe('when the meeting is scheduled', () => {
    it('records that it was held', () => spec.given(scheduled()).when(recordMeetingHeld()).then([meetingHeld()]));

    it('records it without a summary', () =>
      spec
        .given(scheduled())
        .when(recordMeetingHeld({ summary: '' }))
        .then([meetingHeld({ summary: '' })]));

    it('refuses a summary with control characters', () =>
      spec
        .given(scheduled())
        .when(recordMeetingHeld({ summary: 'bod\u001b[31m' }))
        .thenThrows(InvalidInput, 'summary'));
  });

  describe('when the meeting is unknown', () => {
    it('refuses it', () => spec.given(atTheTable()).when(recordMeetingHeld()).thenThrows(NotFound, 'meetingId'));
  });

  describe('when the meeting was already held', () => {
    it('refuses to hold it twice', () =>
      spec
        .given([...scheduled(), meetingHeld()])
        .when(recordMeetingHeld())
        .thenThrows(IllegalState, 'meetingId'));
  });

  describe('when the meeting was cancelled', () => {
    it('refuses to hold it', () =>
      spec
        .given([...scheduled(), meetingCancelled()])
        .when(recordMeetingHeld())
        .thenThrows(IllegalState, 'meetingId'));
  });
});

describe('CancelMeeting', () => {
  describe('when the meeting is scheduled', () => {
    it('cancels it', () => spec.given(scheduled()).when(cancelMeeting()).then([meetingCancelled()]));

    it('refuses a cancellation without a reason', () =>
      spec
        .given(scheduled())
        .when(cancelMeeting({ reason: ' ' }))
        .thenThrows(InvalidInput, 'reason'));
  });

  describe('when the meeting is unknown', () => {
    it('refuses it', () => spec.given(atTheTable()).when(cancelMeeting()).thenThrows(NotFound, 'meetingId'));
  });

  describe('when the meeting was held', () => {
    it('refuses to cancel it', () =>
      spec
        .given([...scheduled(), meetingHeld()])
        .when(cancelMeeting())
        .thenThrows(IllegalState, 'meetingId'));
  });
});
