import { dateCertaintyAsOf, entityIdOf, entryPeriodOf, invalid, isIsoDate, isOverdue } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { CommitmentView, NegotiationView, PositionView } from '../negotiation-view/negotiation-view.document';
import { foldNegotiationView } from '../negotiation-view/negotiation-view.query';
import { knownAt, ledgerEntries, type LedgerEntry } from '../shared/ledger-entry';
import type {
  AgreedState,
  AgreedStateQuery,
  CommitmentsByStatus,
  DatedEntry,
  LatestPosition,
} from './agreed-state.document';
import { defaultHorizonYear, financialFramework } from './financial-framework.derive';

/**
 * What stood agreed in one negotiation, bitemporally. First "as known at": only events recorded by then,
 * so a later correction cannot reach back. Then the corrections known by then are applied. Then "as of":
 * only what had happened (by its corrected date) by `asOf`, listing under `possiblyLater` what its date as said
 * leaves uncertain. Null when the negotiation was not open yet.
 */
export function agreedState(stream: readonly RecordedEvent[], query: AgreedStateQuery): AgreedState | null {
  const referenceDate = query.referenceDate ?? query.asOf;
  if (!isIsoDate(query.asOf)) throw invalid('asOf', `"${query.asOf}" is not a date YYYY-MM-DD`);
  if (!isIsoDate(referenceDate)) throw invalid('referenceDate', `"${referenceDate}" is not a date YYYY-MM-DD`);
  const entries = ledgerEntries(knownAt(stream, query.asKnownAt)).filter((entry) => entry.occurredOn <= query.asOf);
  const view = foldNegotiationView(entries);
  if (view === null) return null;
  const agreementsInForce = Object.values(view.agreements).filter((a) => a.status === 'in-force');
  return {
    negotiationId: view.negotiationId,
    title: view.title,
    asOf: query.asOf,
    asKnownAt: query.asKnownAt ?? null,
    referenceDate,
    agreementsInForce,
    financialFramework: financialFramework(
      agreementsInForce,
      query.horizonYear ?? defaultHorizonYear(agreementsInForce, query.asOf),
    ),
    commitments: commitmentsByStatus(Object.values(view.commitments), referenceDate),
    openDisputes: Object.values(view.disputes).filter((d) => d.status !== 'settled'),
    latestPositions: latestPositions(view),
    decisions: Object.values(view.decisions),
    suspension: Object.values(view.suspensions).find((suspension) => suspension.resumption === null) ?? null,
    possiblyLater: possiblyLater(entries, query.asOf),
    traces: view.traces,
    basedOn: { eventCount: entries.length, lastGlobalPosition: entries.at(-1)?.globalPosition ?? 0 },
  };
}

/** Corrections and attached sources change other entries; only entries that are steps of their own are listed. */
const DATED_STEP = (entry: LedgerEntry) => entry.type !== 'EntryCorrected' && entry.type !== 'SourceAttached';

function possiblyLater(entries: readonly LedgerEntry[], asOf: string): DatedEntry[] {
  return entries
    .filter((entry) => !entry.retracted && DATED_STEP(entry) && dateCertaintyAsOf(entry, asOf) === 'possible')
    .map((entry) => ({
      eventId: entry.eventId,
      entityId: entityIdOf(entry),
      type: entry.type,
      occurredOn: entry.occurredOn,
      occurredAsSaid: entryPeriodOf(entry),
    }));
}

function commitmentsByStatus(commitments: readonly CommitmentView[], referenceDate: string): CommitmentsByStatus {
  const pending = commitments.filter((c) => c.status === 'open');
  return {
    open: pending.filter((c) => !isOverdue(c.due, referenceDate)),
    overdue: pending.filter((c) => isOverdue(c.due, referenceDate)),
    fulfilled: commitments.filter((c) => c.status === 'fulfilled'),
    missed: commitments.filter((c) => c.status === 'missed'),
  };
}

/** Later in the world wins; on the same day, later in the ledger wins (backdated entries keep their real date). */
const isLater = (a: PositionView, b: PositionView) =>
  a.takenOn > b.takenOn || (a.takenOn === b.takenOn && a.globalPosition > b.globalPosition);

function latestPositions(view: NegotiationView): LatestPosition[] {
  const latest = new Map<string, PositionView>();
  for (const position of Object.values(view.positions)) {
    const key = `${position.partyId}\u0000${position.proposalId ?? `topic:${position.topic}`}`;
    const current = latest.get(key);
    if (!current || isLater(position, current)) latest.set(key, position);
  }
  return [...latest.values()].map((position) => ({
    partyId: position.partyId,
    proposalId: position.proposalId,
    topic: position.topic,
    position,
  }));
}
