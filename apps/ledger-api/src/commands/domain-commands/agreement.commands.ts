import type {
  CommandMetadata,
  FulfilCommitment,
  MakeCommitment,
  ReachAgreement,
  RecordCommitmentMissed,
} from '@ledger/domain';
import type {
  FulfilCommitmentInput,
  MakeCommitmentInput,
  ReachAgreementInput,
  RecordCommitmentMissedInput,
} from '../dto/agreement.inputs';
import { toFinancialTerms, toOpenTerm, toPeriod, toRiskAllocation } from './input-values.mapper';

export const toReachAgreement = (input: ReachAgreementInput, metadata: CommandMetadata): ReachAgreement => ({
  type: 'ReachAgreement',
  data: {
    negotiationId: input.negotiationId,
    agreementId: input.agreementId,
    title: input.title,
    terms: input.terms,
    financialTerms: toFinancialTerms(input.financialTerms),
    parties: input.parties,
    meetingId: input.meetingId ?? null,
    proposalIds: input.proposalIds,
    supersedes: input.supersedes,
    standing: input.standing,
    openTerms: input.openTerms.map(toOpenTerm),
    conditions: input.conditions,
    risks: input.risks.map(toRiskAllocation),
  },
  metadata,
});

export const toMakeCommitment = (input: MakeCommitmentInput, metadata: CommandMetadata): MakeCommitment => ({
  type: 'MakeCommitment',
  data: {
    negotiationId: input.negotiationId,
    commitmentId: input.commitmentId,
    owedBy: input.owedBy,
    agreementId: input.agreementId ?? null,
    description: input.description,
    due: toPeriod('due', input.due),
    dueKind: input.dueKind,
  },
  metadata,
});

export const toFulfilCommitment = (input: FulfilCommitmentInput, metadata: CommandMetadata): FulfilCommitment => ({
  type: 'FulfilCommitment',
  data: { negotiationId: input.negotiationId, commitmentId: input.commitmentId, note: input.note },
  metadata,
});

export const toRecordCommitmentMissed = (
  input: RecordCommitmentMissedInput,
  metadata: CommandMetadata,
): RecordCommitmentMissed => ({
  type: 'RecordCommitmentMissed',
  data: { negotiationId: input.negotiationId, commitmentId: input.commitmentId, note: input.note },
  metadata,
});
