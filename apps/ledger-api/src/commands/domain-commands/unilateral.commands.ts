import type { CommandMetadata, IssueDocument, ResumeTalks, SuspendTalks, TakeDecision } from '@ledger/domain';
import type {
  IssueDocumentInput,
  ResumeTalksInput,
  SuspendTalksInput,
  TakeDecisionInput,
} from '../dto/unilateral.inputs';
import { toFinancialTerms } from './input-values.mapper';

export const toTakeDecision = (input: TakeDecisionInput, metadata: CommandMetadata): TakeDecision => ({
  type: 'TakeDecision',
  data: {
    negotiationId: input.negotiationId,
    decisionId: input.decisionId,
    decidedBy: input.decidedBy,
    kind: input.kind,
    title: input.title,
    text: input.text,
    financialTerms: toFinancialTerms(input.financialTerms),
    meetingId: input.meetingId ?? null,
  },
  metadata,
});

export const toSuspendTalks = (input: SuspendTalksInput, metadata: CommandMetadata): SuspendTalks => ({
  type: 'SuspendTalks',
  data: {
    negotiationId: input.negotiationId,
    suspensionId: input.suspensionId,
    suspendedBy: [...input.suspendedBy],
    subject: input.subject,
    reason: input.reason,
  },
  metadata,
});

export const toResumeTalks = (input: ResumeTalksInput, metadata: CommandMetadata): ResumeTalks => ({
  type: 'ResumeTalks',
  data: {
    negotiationId: input.negotiationId,
    suspensionId: input.suspensionId,
    resumedBy: [...input.resumedBy],
    note: input.note,
  },
  metadata,
});

export const toIssueDocument = (input: IssueDocumentInput, metadata: CommandMetadata): IssueDocument => ({
  type: 'IssueDocument',
  data: {
    negotiationId: input.negotiationId,
    documentId: input.documentId,
    kind: input.kind,
    title: input.title,
    issuedBy: [...input.issuedBy],
    addressedTo: input.addressedTo,
    recipients: [...input.recipients],
    underlies: [...input.underlies],
  },
  metadata,
});
