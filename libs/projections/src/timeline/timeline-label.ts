import { assertUnreachable, type NegotiationEvent } from '@ledger/domain';

/** The words a timeline shows for an entry, taken from its data so they stay in the language of the documents. */
export function labelOf(event: NegotiationEvent): string {
  switch (event.type) {
    case 'NegotiationOpened':
    case 'MeetingScheduled':
    case 'ProposalTabled':
    case 'ProposalRevised':
    case 'AgreementReached':
    case 'DisputeRaised':
    case 'DecisionTaken':
    case 'DocumentIssued':
      return event.data.title;
    case 'PartyJoined':
      return event.data.name;
    case 'MeetingHeld':
    case 'RulingIssued':
      return event.data.summary;
    case 'TalksSuspended':
      return `${event.data.subject}: ${event.data.reason}`;
    case 'MeetingCancelled':
    case 'ProposalWithdrawn':
    case 'AgreementSuperseded':
    case 'EntryCorrected':
      return event.data.reason;
    case 'PositionTaken':
      return `${event.data.partyId}: ${event.data.stance} (${event.data.topic})`;
    case 'CommitmentMade':
      return event.data.description;
    case 'CommitmentFulfilled':
    case 'CommitmentMissed':
    case 'TalksResumed':
      return event.data.note;
    case 'DisputeEscalated':
      return event.data.forumName;
    case 'EscalationAnnounced':
      return `${event.data.forumName}: ${event.data.condition}`;
    case 'DisputeSettled':
      return event.data.outcome;
    case 'ResolutionAdopted':
      return event.data.body;
    case 'SourceAttached':
      return event.data.source.document.title;
    default:
      return assertUnreachable(event);
  }
}

/** The meeting an entry belongs to: the meeting itself for meeting events, else the one its data names. */
export function meetingOf(event: NegotiationEvent): string | null {
  if (event.type === 'MeetingScheduled' || event.type === 'MeetingHeld' || event.type === 'MeetingCancelled')
    return event.data.meetingId;
  const meetingId = (event.data as Readonly<Record<string, unknown>>).meetingId;
  return typeof meetingId === 'string' ? meetingId : null;
}
