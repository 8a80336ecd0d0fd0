import type { AmountBasis, FinancialKind, FinancialNature, NegotiationEventType, Period } from '@ledger/domain';
import type {
  AgreementView,
  CommitmentView,
  DecisionView,
  DisputeView,
  NegotiationView,
  PositionView,
  SuspensionView,
} from '../negotiation-view/negotiation-view.document';

/**
 * The two time axes and the day promises are judged on. `asOf` (valid time, YYYY-MM-DD): what had happened
 * by that day. `asKnownAt` (transaction time, ISO instant): what the ledger had recorded by then; absent
 * means everything recorded. `referenceDate` defaults to `asOf`. `horizonYear` bounds "e.v." amounts.
 */
export type AgreedStateQuery = Readonly<{
  asOf: string;
  asKnownAt?: string;
  referenceDate?: string;
  horizonYear?: number;
}>;

/** One agreed amount in one year, with the words it was agreed in. */
export type FrameworkLine = Readonly<{
  agreementId: string;
  asSaid: string;
  amountCents: number;
  nature: FinancialNature;
  basis: AmountBasis;
  approximate: boolean;
  /** The upper bound where the amount is a range, null for one amount. */
  upToCents: number | null;
  /** The amount runs on after the horizon ("e.v."). */
  openEnded: boolean;
}>;

/**
 * The framework for one year and kind of money. `yearAmountCents` is the sum of the lines when each of them
 * states this year's own amount (a per-year amount, or a rising-to amount in the year the document says it is
 * reached). When a line is a total over several years, or a rising amount whose yearly steps the document does
 * not give, the year's amount is not stated: null, so no reader takes it for 0.
 */
export type FrameworkYear = Readonly<{
  year: number;
  kind: FinancialKind;
  lines: readonly FrameworkLine[];
  yearAmountCents: number | null;
}>;

/** Every commitment in exactly one bucket: open and not yet due, overdue, fulfilled or missed. */
export type CommitmentsByStatus = Readonly<{
  open: readonly CommitmentView[];
  overdue: readonly CommitmentView[];
  fulfilled: readonly CommitmentView[];
  missed: readonly CommitmentView[];
}>;

/** A party's latest stance on a proposal, or on a topic when no proposal was named. */
export type LatestPosition = Readonly<{
  partyId: string;
  proposalId: string | null;
  topic: string;
  position: PositionView;
}>;

/** An entry with the date it counts from and the date as the document said it. */
export type DatedEntry = Readonly<{
  eventId: string;
  entityId: string;
  type: NegotiationEventType;
  occurredOn: string;
  occurredAsSaid: Period;
}>;

export type AgreedState = Readonly<{
  negotiationId: string;
  title: string;
  asOf: string;
  asKnownAt: string | null;
  referenceDate: string;
  agreementsInForce: readonly AgreementView[];
  financialFramework: readonly FrameworkYear[];
  commitments: CommitmentsByStatus;
  /** Open and escalated disputes. */
  openDisputes: readonly DisputeView[];
  latestPositions: readonly LatestPosition[];
  /** What a party decided on its own by `asOf`: never part of what stood agreed, nor of the financial framework. */
  decisions: readonly DecisionView[];
  /** The suspension the talks stood under on `asOf`; null while they ran. */
  suspension: SuspensionView | null;
  /**
   * Entries this answer counts (from their occurredOn) whose date as said still holds `asOf`: the document
   * allows that they happened after it ("juni 2021" as of 15 June), so they are possibly, not certainly, in it.
   */
  possiblyLater: readonly DatedEntry[];
  /** Sources and touching events per entity id, as known at `asKnownAt`: every answer keeps its evidence. */
  traces: NegotiationView['traces'];
  /** How many recorded events the answer rests on, and the last global position among them. */
  basedOn: Readonly<{ eventCount: number; lastGlobalPosition: number }>;
}>;
