import { validateFinancialTerms } from '../../shared/financial-term';
import type { TakeDecision } from '../negotiation.commands';
import { DECISION_KINDS, type DecisionTaken } from '../negotiation.events';
import type { NegotiationState } from '../negotiation.state';
import {
  MAX_TITLE_LENGTH,
  requireNew,
  requireOneOf,
  requireOpened,
  requireParty,
  requireText,
  requireUsableMeeting,
} from './guards';

/** One party's own decision: it needs that party at the table, and no one else's consent. */
export function takeDecision({ data }: TakeDecision, state: NegotiationState): DecisionTaken[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('decisionId', open.decisions, data.decisionId, 'decision');
  requireParty(open, 'decidedBy', data.decidedBy);
  requireOneOf('kind', DECISION_KINDS, data.kind);
  requireText('title', data.title, MAX_TITLE_LENGTH);
  requireText('text', data.text);
  validateFinancialTerms(data.financialTerms);
  requireUsableMeeting(open, 'meetingId', data.meetingId);
  return [{ type: 'DecisionTaken', data }];
}
