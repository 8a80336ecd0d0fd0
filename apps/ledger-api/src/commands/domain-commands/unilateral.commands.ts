import type { CommandMetadata, TakeDecision } from '@ledger/domain';
import type { TakeDecisionInput } from '../dto/unilateral.inputs';
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
