import type {
  AdoptResolution,
  AnnounceEscalation,
  CommandMetadata,
  EscalateDispute,
  IssueRuling,
  RaiseDispute,
  SettleDispute,
} from '@ledger/domain';
import type {
  AdoptResolutionInput,
  AnnounceEscalationInput,
  EscalateDisputeInput,
  IssueRulingInput,
  RaiseDisputeInput,
  SettleDisputeInput,
} from '../dto/dispute.inputs';
import { toFinancialTerms } from './input-values.mapper';

export const toRaiseDispute = (input: RaiseDisputeInput, metadata: CommandMetadata): RaiseDispute => ({
  type: 'RaiseDispute',
  data: {
    negotiationId: input.negotiationId,
    disputeId: input.disputeId,
    title: input.title,
    description: input.description,
    raisedBy: input.raisedBy,
    financialTerms: toFinancialTerms(input.financialTerms),
    proposalId: input.proposalId ?? null,
  },
  metadata,
});

export const toAnnounceEscalation = (
  input: AnnounceEscalationInput,
  metadata: CommandMetadata,
): AnnounceEscalation => ({
  type: 'AnnounceEscalation',
  data: {
    negotiationId: input.negotiationId,
    disputeId: input.disputeId,
    announcedBy: input.announcedBy,
    forum: input.forum,
    forumName: input.forumName,
    condition: input.condition,
  },
  metadata,
});

export const toEscalateDispute = (input: EscalateDisputeInput, metadata: CommandMetadata): EscalateDispute => ({
  type: 'EscalateDispute',
  data: {
    negotiationId: input.negotiationId,
    disputeId: input.disputeId,
    forum: input.forum,
    forumName: input.forumName,
    reason: input.reason,
  },
  metadata,
});

export const toSettleDispute = (input: SettleDisputeInput, metadata: CommandMetadata): SettleDispute => ({
  type: 'SettleDispute',
  data: {
    negotiationId: input.negotiationId,
    disputeId: input.disputeId,
    outcome: input.outcome,
    agreementId: input.agreementId ?? null,
    rulingId: input.rulingId ?? null,
  },
  metadata,
});

export const toIssueRuling = (input: IssueRulingInput, metadata: CommandMetadata): IssueRuling => ({
  type: 'IssueRuling',
  data: {
    negotiationId: input.negotiationId,
    rulingId: input.rulingId,
    body: input.body,
    kind: input.kind,
    bindingness: input.bindingness,
    summary: input.summary,
    disputeId: input.disputeId ?? null,
    financialTerms: toFinancialTerms(input.financialTerms),
  },
  metadata,
});

export const toAdoptResolution = (input: AdoptResolutionInput, metadata: CommandMetadata): AdoptResolution => ({
  type: 'AdoptResolution',
  data: {
    negotiationId: input.negotiationId,
    resolutionId: input.resolutionId,
    body: input.body,
    text: input.text,
    bindsParty: input.bindsParty,
    meetingId: input.meetingId ?? null,
    vote: input.vote,
  },
  metadata,
});
