import {
  period,
  type FinancialTerm,
  type NegotiationCommand,
  type NegotiationCommandType,
  type Period,
} from '@ledger/domain';
import type { CommandEnvelope } from '@ledger/command-handling';
import type { OpenTermInput, RiskAllocationInput } from './dto/agreement.inputs';
import type { CommandInput } from './dto/command.input';
import type { FinancialTermInput, PeriodInput } from './dto/value.inputs';

/** The caller and clock, supplied by the edge; the domain never reads them itself. */
export type CommandContext = Readonly<{ recordedBy: string; now: string; newId: () => string }>;

export type CommandRequest = Readonly<{ command: NegotiationCommand; envelope: CommandEnvelope }>;

const ENVELOPE_FIELDS = new Set([
  'occurredOn',
  'commandId',
  'expectedRevision',
  'correlationId',
  'sources',
  'classification',
  'personalData',
]);
/** A correction's own occurredOn is when it was made; the corrected date of the entry travels under another name. */
const RENAMED_FIELDS: Record<string, string> = { correctedOccurredOn: 'occurredOn' };

/**
 * Turns a validated GraphQL input into a domain command and its envelope. Optional references become
 * null, periods get their interval, amounts become integer cents; the domain then checks every rule.
 */
export function toCommandRequest(
  type: NegotiationCommandType,
  input: CommandInput,
  context: CommandContext,
  defaults: Record<string, unknown> = {},
): CommandRequest {
  const given = Object.entries(input)
    .filter(([key, value]) => !ENVELOPE_FIELDS.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => [RENAMED_FIELDS[key] ?? key, toDomainValue(key, value)]);
  const data = { ...defaults, ...Object.fromEntries(given) };
  const commandId = input.commandId ?? context.newId();
  return {
    command: {
      type,
      data,
      metadata: { now: context.now, occurredOn: input.occurredOn, recordedBy: context.recordedBy },
    } as NegotiationCommand,
    envelope: {
      commandId,
      correlationId: input.correlationId,
      expectedRevision: input.expectedRevision ?? undefined,
      sources: (input.sources ?? []).map((source) => JSON.parse(JSON.stringify(source))),
      classification: input.classification ? { ...input.classification } : { level: 'parties' },
      personalData: (input.personalData ?? []).map(({ field, subjectId }) => ({ field, subjectId })),
    },
  };
}

function toDomainValue(key: string, value: unknown): unknown {
  if (key === 'financialTerms') return (value as FinancialTermInput[]).map(toFinancialTerm);
  if (key === 'due' || key === 'scheduledFor') return toPeriod(key, value as PeriodInput);
  if (key === 'risks')
    return (value as RiskAllocationInput[]).map(({ asSaid, borneBy }) => ({ asSaid, borneBy: [...borneBy] }));
  if (key === 'openTerms')
    return (value as OpenTermInput[]).map(({ asSaid, disputeId }) => ({ asSaid, disputeId: disputeId ?? null }));
  return value;
}

const toFinancialTerm = (term: FinancialTermInput): FinancialTerm => ({
  asSaid: term.asSaid,
  amountCents: Number(term.amountCents),
  kind: term.kind,
  nature: term.nature,
  basis: term.basis,
  fromYear: term.fromYear,
  toYear: term.toYear ?? null,
  approximate: term.approximate,
});

const toPeriod = (field: string, input: PeriodInput): Period =>
  period(input.asSaid, input.precision, input.anchor, field);
