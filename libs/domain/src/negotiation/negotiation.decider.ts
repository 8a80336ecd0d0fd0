import type { FoldableEvent } from '../shared/decider';
import { assertUnreachable, invalid } from '../shared/negotiation-error';
import {
  adoptResolution,
  announceEscalation,
  escalateDispute,
  issueRuling,
  raiseDispute,
  settleDispute,
} from './decide/decide-disputes';
import { fulfilCommitment, makeCommitment, reachAgreement, recordCommitmentMissed } from './decide/decide-agreements';
import { cancelMeeting, recordMeetingHeld, scheduleMeeting } from './decide/decide-meetings';
import { reviseProposal, tableProposal, takePosition, withdrawProposal } from './decide/decide-proposals';
import { attachSource, correctEntry } from './decide/decide-records';
import { takeDecision } from './decide/decide-unilateral';
import { resumeTalks, suspendTalks } from './decide/decide-talks';
import { issueDocument } from './decide/decide-documents';
import { admitParty, openNegotiation } from './decide/decide-setup';
import { requireValidTime } from './decide/guards';
import { effectiveHistory } from './effective-history';
import type { NegotiationCommand } from './negotiation.commands';
import type { NegotiationEvent } from './negotiation.events';
import { evolve } from './negotiation.evolve';
import { initialState, type NegotiationState } from './negotiation.state';

/**
 * Decides which events a command produces against the negotiation's state, or throws a NegotiationError
 * naming the rule and the field. Pure and deterministic: time and caller come in the command's metadata.
 */
export function decide(command: NegotiationCommand, state: NegotiationState): NegotiationEvent[] {
  requireValidTime(command.metadata);
  if (state.status === 'open' && command.data.negotiationId !== state.negotiationId) {
    throw invalid(
      'negotiationId',
      `command names negotiation ${command.data.negotiationId}, but this is ${state.negotiationId}`,
    );
  }
  switch (command.type) {
    case 'OpenNegotiation':
      return openNegotiation(command, state);
    case 'AdmitParty':
      return admitParty(command, state);
    case 'ScheduleMeeting':
      return scheduleMeeting(command, state);
    case 'RecordMeetingHeld':
      return recordMeetingHeld(command, state);
    case 'CancelMeeting':
      return cancelMeeting(command, state);
    case 'TableProposal':
      return tableProposal(command, state);
    case 'ReviseProposal':
      return reviseProposal(command, state);
    case 'WithdrawProposal':
      return withdrawProposal(command, state);
    case 'TakePosition':
      return takePosition(command, state);
    case 'ReachAgreement':
      return reachAgreement(command, state);
    case 'MakeCommitment':
      return makeCommitment(command, state);
    case 'FulfilCommitment':
      return fulfilCommitment(command, state);
    case 'RecordCommitmentMissed':
      return recordCommitmentMissed(command, state);
    case 'RaiseDispute':
      return raiseDispute(command, state);
    case 'AnnounceEscalation':
      return announceEscalation(command, state);
    case 'EscalateDispute':
      return escalateDispute(command, state);
    case 'SettleDispute':
      return settleDispute(command, state);
    case 'IssueRuling':
      return issueRuling(command, state);
    case 'AdoptResolution':
      return adoptResolution(command, state);
    case 'TakeDecision':
      return takeDecision(command, state);
    case 'SuspendTalks':
      return suspendTalks(command, state);
    case 'ResumeTalks':
      return resumeTalks(command, state);
    case 'IssueDocument':
      return issueDocument(command, state);
    case 'AttachSource':
      return attachSource(command, state);
    case 'CorrectEntry':
      return correctEntry(command, state);
    default:
      return assertUnreachable(command);
  }
}

/** The decision state after a stream's events, with every correction in it applied. */
export const foldNegotiation = (events: readonly FoldableEvent<NegotiationEvent>[]): NegotiationState =>
  effectiveHistory(events).reduce(evolve, initialState());
