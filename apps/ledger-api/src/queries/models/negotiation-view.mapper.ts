import type { FinancialTerm } from '@ledger/domain';
import type { EntityTrace, NegotiationView, ProposalView } from '@ledger/projections';
import { entityGlobalId, entityIdOf, entityRows, type EntityType } from './entity-nodes';
import type { FinancialTermModel, SourceModel } from './value.models';
import { toFinancialTermModel, toSourceModel } from './value.mappers';

type Traced = { id: string; negotiationId: string; sources: SourceModel[]; eventIds: string[] };
type WithMoney<T> = T extends { financialTerms: readonly FinancialTerm[] }
  ? Omit<T, 'financialTerms'> & { financialTerms: FinancialTermModel[] }
  : T;

const NO_TRACE: EntityTrace = { sources: [], eventIds: [] };

/** What rows are read from: a negotiation's id and the traces of its entities (a view, or an agreed state). */
type Origin = Readonly<{ negotiationId: string; traces: NegotiationView['traces'] }>;

function traceOf(origin: Origin, type: EntityType, entityId: string): Traced {
  const trace = origin.traces[entityId] ?? NO_TRACE;
  return {
    id: entityGlobalId(type, origin.negotiationId, entityId),
    negotiationId: origin.negotiationId,
    sources: trace.sources.map(toSourceModel),
    eventIds: [...trace.eventIds],
  };
}

/** Serves amounts as decimal strings: GraphQL's Int is 32 bits and euro cents of these budgets are not. */
export function withMoney<T extends object>(row: T): WithMoney<T> {
  if (!('financialTerms' in row)) return row as WithMoney<T>;
  return { ...row, financialTerms: (row.financialTerms as FinancialTerm[]).map(toFinancialTermModel) } as WithMoney<T>;
}

/** Rows of one kind of entity, in the order given, each with its global id, sources and events. */
export function tracedRows<T extends object>(origin: Origin, type: EntityType, rows: Iterable<T>) {
  return [...rows].map((row) => ({ ...withMoney(row), ...traceOf(origin, type, entityIdOf(type, row)) }));
}

/** Proposals also carry money in their current terms and in each earlier version. */
export const proposalRows = (view: NegotiationView, rows: Iterable<ProposalView> = entityRows(view, 'Proposal')) =>
  tracedRows(view, 'Proposal', rows).map((row) => ({
    ...row,
    current: withMoney(row.current),
    history: row.history.map(withMoney),
  }));
