import type { AgreedState } from '@ledger/projections';
import type { AgreedStateModel } from './agreed-state.model';
import { tracedRows } from './negotiation-view.mapper';

export function toAgreedStateModel(state: AgreedState): AgreedStateModel {
  const commitments = (rows: AgreedState['commitments']['open']) => tracedRows(state, 'Commitment', rows);
  return {
    negotiationId: state.negotiationId,
    title: state.title,
    asOf: state.asOf,
    asKnownAt: state.asKnownAt,
    referenceDate: state.referenceDate,
    agreementsInForce: tracedRows(state, 'Agreement', state.agreementsInForce),
    financialFramework: state.financialFramework.map((year) => ({
      ...year,
      yearAmountCents: year.yearAmountCents === null ? null : String(year.yearAmountCents),
      lines: year.lines.map((line) => ({
        ...line,
        amountCents: String(line.amountCents),
        upToCents: line.upToCents === null ? null : String(line.upToCents),
      })),
    })),
    commitments: {
      open: commitments(state.commitments.open),
      overdue: commitments(state.commitments.overdue),
      fulfilled: commitments(state.commitments.fulfilled),
      missed: commitments(state.commitments.missed),
    },
    openDisputes: tracedRows(state, 'Dispute', state.openDisputes),
    latestPositions: state.latestPositions.map((latest) => ({
      ...latest,
      position: tracedRows(state, 'Position', [latest.position])[0],
    })),
    decisions: tracedRows(state, 'Decision', state.decisions),
    suspension: state.suspension && tracedRows(state, 'Suspension', [state.suspension])[0],
    possiblyLater: state.possiblyLater,
    basedOn: { eventCount: state.basedOn.eventCount, lastGlobalPosition: String(state.basedOn.lastGlobalPosition) },
  };
}
