import { validateFinancialTerms } from '../../shared/financial-term';
import { illegalState, invalid } from '../../shared/negotiation-error';
import type { FulfilCommitment, MakeCommitment, ReachAgreement, RecordCommitmentMissed } from '../negotiation.commands';
import {
  AGREEMENT_STANDINGS,
  DUE_KINDS,
  type AgreementReached,
  type AgreementSuperseded,
  type CommitmentFulfilled,
  type CommitmentMade,
  type CommitmentMissed,
  type OpenTerm,
  type RiskAllocation,
} from '../negotiation.events';
import type { CommitmentStatus, NegotiationState, OpenNegotiationState } from '../negotiation.state';
import {
  MAX_TITLE_LENGTH,
  requireDistinct,
  requireKnown,
  requireNew,
  requireOneOf,
  requireOpened,
  requireOptionalText,
  requireParties,
  requirePeriod,
  requireText,
  requireUsableMeeting,
} from './guards';
import { requireLiveProposal } from './decide-proposals';

export function reachAgreement(
  { data }: ReachAgreement,
  state: NegotiationState,
): (AgreementReached | AgreementSuperseded)[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('agreementId', open.agreements, data.agreementId, 'agreement');
  requireText('title', data.title, MAX_TITLE_LENGTH);
  requireText('terms', data.terms);
  validateFinancialTerms(data.financialTerms);
  if (data.parties.length < 2) throw invalid('parties', 'an agreement is between at least two parties');
  requireParties(open, 'parties', data.parties);
  requireUsableMeeting(open, 'meetingId', data.meetingId);
  requireDistinct('proposalIds', data.proposalIds, 'proposal');
  data.proposalIds.forEach((proposalId, index) => requireLiveProposal(open, `proposalIds[${index}]`, proposalId));
  requireDistinct('supersedes', data.supersedes, 'agreement');
  data.supersedes.forEach((agreementId, index) => requireAgreementInForce(open, `supersedes[${index}]`, agreementId));
  requireOneOf('standing', AGREEMENT_STANDINGS, data.standing);
  requireOpenTerms(open, 'openTerms', data.openTerms);
  data.conditions.forEach((condition, index) => requireText(`conditions[${index}]`, condition));
  requireRisks(open, 'risks', data.risks);
  const { supersedes, ...reached } = data;
  return [
    { type: 'AgreementReached', data: reached },
    ...supersedes.map((agreementId): AgreementSuperseded => ({
      type: 'AgreementSuperseded',
      data: {
        negotiationId: data.negotiationId,
        agreementId,
        supersededBy: data.agreementId,
        reason: `superseded by ${data.title}`,
      },
    })),
  ];
}

/** Each open term keeps the document's words, and names a dispute of this negotiation when it stands in one. */
export function requireOpenTerms(open: OpenNegotiationState, field: string, terms: readonly OpenTerm[]): void {
  terms.forEach((term, index) => {
    requireText(`${field}[${index}].asSaid`, term.asSaid);
    if (term.disputeId !== null) requireKnown(`${field}[${index}].disputeId`, open.disputes, term.disputeId, 'dispute');
  });
}

/** Each risk keeps the document's words and names at least one party at the table that bears it. */
export function requireRisks(open: OpenNegotiationState, field: string, risks: readonly RiskAllocation[]): void {
  risks.forEach((risk, index) => {
    requireText(`${field}[${index}].asSaid`, risk.asSaid);
    if (risk.borneBy.length === 0) throw invalid(`${field}[${index}].borneBy`, 'a risk is borne by at least one party');
    requireParties(open, `${field}[${index}].borneBy`, risk.borneBy);
  });
}

function requireAgreementInForce(open: OpenNegotiationState, field: string, agreementId: string): void {
  const agreement = requireKnown(field, open.agreements, agreementId, 'agreement');
  if (agreement.status !== 'in-force') throw illegalState(field, `agreement ${agreementId} is already superseded`);
}

export function makeCommitment({ data, metadata }: MakeCommitment, state: NegotiationState): CommitmentMade[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('commitmentId', open.commitments, data.commitmentId, 'commitment');
  requireParties(open, 'owedBy', data.owedBy);
  requireOneOf('dueKind', DUE_KINDS, data.dueKind);
  if (data.agreementId !== null) requireKnown('agreementId', open.agreements, data.agreementId, 'agreement');
  requireText('description', data.description);
  requirePeriod('due', data.due);
  // "na het Paasreces" hangs on an event the record does not date: it can only start after it was said.
  if (data.due.precision === 'relative' && data.due.start < metadata.occurredOn)
    throw invalid(
      'due.anchor',
      `a relative deadline starts no earlier than the day it was said (${metadata.occurredOn})`,
    );
  if (data.due.end !== null && data.due.end < metadata.occurredOn) {
    throw illegalState(
      'due',
      `a commitment made on ${metadata.occurredOn} cannot fall due before it was made (${data.due.asSaid})`,
    );
  }
  return [{ type: 'CommitmentMade', data }];
}

/** A commitment in one of the given states; fulfilled is final, missed can still be fulfilled late. */
function requireCommitmentIn(open: OpenNegotiationState, commitmentId: string, allowed: readonly CommitmentStatus[]) {
  const commitment = requireKnown('commitmentId', open.commitments, commitmentId, 'commitment');
  if (!allowed.includes(commitment.status))
    throw illegalState('commitmentId', `commitment ${commitmentId} is already ${commitment.status}`);
  return commitment;
}

export function fulfilCommitment({ data, metadata }: FulfilCommitment, state: NegotiationState): CommitmentFulfilled[] {
  const open = requireOpened(state, data.negotiationId);
  const commitment = requireCommitmentIn(open, data.commitmentId, ['open', 'missed']);
  if (metadata.occurredOn < commitment.madeOn) {
    throw illegalState(
      'occurredOn',
      `commitment ${data.commitmentId} was made on ${commitment.madeOn}; it cannot be fulfilled before`,
    );
  }
  requireOptionalText('note', data.note);
  return [{ type: 'CommitmentFulfilled', data }];
}

export function recordCommitmentMissed(
  { data, metadata }: RecordCommitmentMissed,
  state: NegotiationState,
): CommitmentMissed[] {
  const open = requireOpened(state, data.negotiationId);
  const commitment = requireCommitmentIn(open, data.commitmentId, ['open']);
  if (commitment.due.end === null || metadata.occurredOn <= commitment.due.end) {
    throw illegalState(
      'occurredOn',
      `commitment ${data.commitmentId} is not yet overdue on ${metadata.occurredOn} (due ${commitment.due.asSaid})`,
    );
  }
  requireText('note', data.note);
  return [{ type: 'CommitmentMissed', data }];
}
