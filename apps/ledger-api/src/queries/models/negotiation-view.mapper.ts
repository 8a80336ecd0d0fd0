import type { FinancialTerm } from '@ledger/domain';
import type { EntityTrace, NegotiationView } from '@ledger/projections';
import type { FinancialTermModel, SourceModel } from './value.models';
import { toFinancialTermModel, toSourceModel } from './value.mappers';

type Traced = { sources: SourceModel[]; eventIds: string[] };
type WithMoney<T> = T extends { financialTerms: readonly FinancialTerm[] } ? Omit<T, 'financialTerms'> & { financialTerms: FinancialTermModel[] } : T;

const NO_TRACE: EntityTrace = { sources: [], eventIds: [] };

type Traces = NegotiationView['traces'];

function traceOf(traces: Traces, id: string): Traced {
  const trace = traces[id] ?? NO_TRACE;
  return { sources: trace.sources.map(toSourceModel), eventIds: [...trace.eventIds] };
}

/** Serves amounts as decimal strings: GraphQL's Int is 32 bits and euro cents of these budgets are not. */
export function withMoney<T extends object>(row: T): WithMoney<T> {
  if (!('financialTerms' in row)) return row as WithMoney<T>;
  return { ...row, financialTerms: (row.financialTerms as FinancialTerm[]).map(toFinancialTermModel) } as WithMoney<T>;
}

/** The rows of one table of the view, in the order they entered, each with its sources and events. */
export function tracedRows<T extends object>(traces: Traces, rows: Iterable<T>, idOf: (row: T) => string) {
  return [...rows].map((row) => ({ ...withMoney(row), ...traceOf(traces, idOf(row)) }));
}

export const proposalRows = (view: NegotiationView) =>
  tracedRows(view.traces, Object.values(view.proposals), (row) => row.proposalId).map((row) => ({
    ...row, current: withMoney(row.current), history: row.history.map(withMoney),
  }));
