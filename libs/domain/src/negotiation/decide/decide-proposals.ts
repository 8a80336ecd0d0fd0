import { validateFinancialTerms } from '../../shared/financial-term';
import { illegalState, invalid } from '../../shared/negotiation-error';
import type { ReviseProposal, TableProposal, TakePosition, WithdrawProposal } from '../negotiation.commands';
import {
  STANCES,
  type PositionTaken,
  type ProposalRevised,
  type ProposalTabled,
  type ProposalWithdrawn,
} from '../negotiation.events';
import type { NegotiationState, OpenNegotiationState } from '../negotiation.state';
import {
  MAX_TITLE_LENGTH,
  requireKnown,
  requireNew,
  requireOneOf,
  requireOpened,
  requireOptionalText,
  requireParty,
  requireText,
  requireUsableMeeting,
} from './guards';

function requireProposalContent(
  open: OpenNegotiationState,
  data: TableProposal['data'] | ReviseProposal['data'],
): void {
  requireText('title', data.title, MAX_TITLE_LENGTH);
  requireText('terms', data.terms);
  validateFinancialTerms(data.financialTerms);
  requireUsableMeeting(open, 'meetingId', data.meetingId);
}

/** A proposal that was withdrawn is off the table: nothing may build on it any more. */
export function requireLiveProposal(open: OpenNegotiationState, field: string, proposalId: string) {
  const proposal = requireKnown(field, open.proposals, proposalId, 'proposal');
  if (proposal.status === 'withdrawn') throw illegalState(field, `proposal ${proposalId} was withdrawn`);
  return proposal;
}

export function tableProposal({ data }: TableProposal, state: NegotiationState): ProposalTabled[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('proposalId', open.proposals, data.proposalId, 'proposal');
  requireParty(open, 'partyId', data.partyId);
  requireProposalContent(open, data);
  return [{ type: 'ProposalTabled', data }];
}

export function reviseProposal({ data }: ReviseProposal, state: NegotiationState): ProposalRevised[] {
  const open = requireOpened(state, data.negotiationId);
  const proposal = requireLiveProposal(open, 'proposalId', data.proposalId);
  if (proposal.agreed)
    throw illegalState(
      'proposalId',
      `proposal ${data.proposalId} is part of an agreement; reach a new agreement instead`,
    );
  requireProposalContent(open, data);
  return [{ type: 'ProposalRevised', data }];
}

export function withdrawProposal({ data }: WithdrawProposal, state: NegotiationState): ProposalWithdrawn[] {
  const open = requireOpened(state, data.negotiationId);
  const proposal = requireLiveProposal(open, 'proposalId', data.proposalId);
  if (proposal.agreed)
    throw illegalState(
      'proposalId',
      `proposal ${data.proposalId} is part of an agreement; supersede the agreement instead`,
    );
  requireText('reason', data.reason);
  return [{ type: 'ProposalWithdrawn', data }];
}

export function takePosition({ data }: TakePosition, state: NegotiationState): PositionTaken[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('positionId', open.positions, data.positionId, 'position');
  requireParty(open, 'partyId', data.partyId);
  if (data.proposalId !== null) requireLiveProposal(open, 'proposalId', data.proposalId);
  requireText('topic', data.topic, MAX_TITLE_LENGTH);
  requireOneOf('stance', STANCES, data.stance);
  if (data.stance === 'conditional' && data.reasons.length === 0)
    throw invalid('reasons', 'a conditional position states its conditions');
  data.reasons.forEach((reason, index) => requireOptionalText(`reasons[${index}]`, reason));
  requireUsableMeeting(open, 'meetingId', data.meetingId);
  validateFinancialTerms(data.financialTerms);
  return [{ type: 'PositionTaken', data }];
}
