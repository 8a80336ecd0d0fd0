import { validateFinancialTerms } from '../../shared/financial-term';
import { illegalState } from '../../shared/negotiation-error';
import type {
  AdoptResolution,
  AnnounceEscalation,
  EscalateDispute,
  IssueRuling,
  RaiseDispute,
  SettleDispute,
} from '../negotiation.commands';
import {
  ESCALATION_FORUMS,
  RESOLUTION_VOTES,
  RULING_BINDINGNESS,
  RULING_KINDS,
  type DisputeEscalated,
  type DisputeRaised,
  type EscalationAnnounced,
  type DisputeSettled,
  type ResolutionAdopted,
  type RulingIssued,
} from '../negotiation.events';
import type { NegotiationState, OpenNegotiationState } from '../negotiation.state';
import {
  MAX_TITLE_LENGTH,
  requireExisting,
  requireKnown,
  requireNew,
  requireOneOf,
  requireOpened,
  requireParty,
  requireText,
  requireUsableMeeting,
} from './guards';
import { requireLiveProposal } from './decide-proposals';

function requireUnsettledDispute(open: OpenNegotiationState, field: string, disputeId: string): void {
  const dispute = requireKnown(field, open.disputes, disputeId, 'dispute');
  if (dispute.status === 'settled') throw illegalState(field, `dispute ${disputeId} is already settled`);
}

export function raiseDispute({ data }: RaiseDispute, state: NegotiationState): DisputeRaised[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('disputeId', open.disputes, data.disputeId, 'dispute');
  requireText('title', data.title, MAX_TITLE_LENGTH);
  requireText('description', data.description);
  requireParty(open, 'raisedBy', data.raisedBy);
  validateFinancialTerms(data.financialTerms);
  if (data.proposalId !== null) requireLiveProposal(open, 'proposalId', data.proposalId);
  return [{ type: 'DisputeRaised', data }];
}

export function announceEscalation({ data }: AnnounceEscalation, state: NegotiationState): EscalationAnnounced[] {
  const open = requireOpened(state, data.negotiationId);
  requireUnsettledDispute(open, 'disputeId', data.disputeId);
  requireParty(open, 'announcedBy', data.announcedBy);
  requireOneOf('forum', ESCALATION_FORUMS, data.forum);
  requireText('forumName', data.forumName, MAX_TITLE_LENGTH);
  requireText('condition', data.condition);
  return [{ type: 'EscalationAnnounced', data }];
}

export function escalateDispute({ data }: EscalateDispute, state: NegotiationState): DisputeEscalated[] {
  const open = requireOpened(state, data.negotiationId);
  requireUnsettledDispute(open, 'disputeId', data.disputeId);
  requireOneOf('forum', ESCALATION_FORUMS, data.forum);
  requireText('forumName', data.forumName, MAX_TITLE_LENGTH);
  requireText('reason', data.reason);
  return [{ type: 'DisputeEscalated', data }];
}

export function settleDispute({ data }: SettleDispute, state: NegotiationState): DisputeSettled[] {
  const open = requireOpened(state, data.negotiationId);
  requireUnsettledDispute(open, 'disputeId', data.disputeId);
  requireText('outcome', data.outcome);
  if (data.agreementId !== null) requireKnown('agreementId', open.agreements, data.agreementId, 'agreement');
  if (data.rulingId !== null) requireExisting('rulingId', open.rulings, data.rulingId, 'ruling');
  return [{ type: 'DisputeSettled', data }];
}

export function issueRuling({ data }: IssueRuling, state: NegotiationState): RulingIssued[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('rulingId', open.rulings, data.rulingId, 'ruling');
  requireText('body', data.body, MAX_TITLE_LENGTH);
  requireOneOf('kind', RULING_KINDS, data.kind);
  requireOneOf('bindingness', RULING_BINDINGNESS, data.bindingness);
  requireText('summary', data.summary);
  validateFinancialTerms(data.financialTerms);
  if (data.disputeId !== null) requireKnown('disputeId', open.disputes, data.disputeId, 'dispute');
  return [{ type: 'RulingIssued', data }];
}

export function adoptResolution({ data }: AdoptResolution, state: NegotiationState): ResolutionAdopted[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('resolutionId', open.resolutions, data.resolutionId, 'resolution');
  requireText('body', data.body, MAX_TITLE_LENGTH);
  requireText('text', data.text);
  requireParty(open, 'bindsParty', data.bindsParty);
  requireUsableMeeting(open, 'meetingId', data.meetingId);
  requireOneOf('vote', RESOLUTION_VOTES, data.vote);
  return [{ type: 'ResolutionAdopted', data }];
}
