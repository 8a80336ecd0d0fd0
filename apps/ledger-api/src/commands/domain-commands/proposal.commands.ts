import type { CommandMetadata, ReviseProposal, TableProposal, TakePosition, WithdrawProposal } from '@ledger/domain';
import type {
  ReviseProposalInput,
  TableProposalInput,
  TakePositionInput,
  WithdrawProposalInput,
} from '../dto/proposal.inputs';
import { toFinancialTerms } from './input-values.mapper';

export const toTableProposal = (input: TableProposalInput, metadata: CommandMetadata): TableProposal => ({
  type: 'TableProposal',
  data: {
    negotiationId: input.negotiationId,
    proposalId: input.proposalId,
    partyId: input.partyId,
    meetingId: input.meetingId ?? null,
    title: input.title,
    terms: input.terms,
    financialTerms: toFinancialTerms(input.financialTerms),
    nonNegotiable: input.nonNegotiable,
  },
  metadata,
});

export const toReviseProposal = (input: ReviseProposalInput, metadata: CommandMetadata): ReviseProposal => ({
  type: 'ReviseProposal',
  data: {
    negotiationId: input.negotiationId,
    proposalId: input.proposalId,
    title: input.title,
    terms: input.terms,
    financialTerms: toFinancialTerms(input.financialTerms),
    nonNegotiable: input.nonNegotiable,
    meetingId: input.meetingId ?? null,
  },
  metadata,
});

export const toWithdrawProposal = (input: WithdrawProposalInput, metadata: CommandMetadata): WithdrawProposal => ({
  type: 'WithdrawProposal',
  data: { negotiationId: input.negotiationId, proposalId: input.proposalId, reason: input.reason },
  metadata,
});

export const toTakePosition = (input: TakePositionInput, metadata: CommandMetadata): TakePosition => ({
  type: 'TakePosition',
  data: {
    negotiationId: input.negotiationId,
    positionId: input.positionId,
    partyId: input.partyId,
    proposalId: input.proposalId ?? null,
    topic: input.topic,
    stance: input.stance,
    reasons: input.reasons,
    meetingId: input.meetingId ?? null,
    financialTerms: toFinancialTerms(input.financialTerms),
  },
  metadata,
});
