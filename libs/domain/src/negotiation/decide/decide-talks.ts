import { illegalState } from '../../shared/negotiation-error';
import type { ResumeTalks, SuspendTalks } from '../negotiation.commands';
import type { TalksResumed, TalksSuspended } from '../negotiation.events';
import type { NegotiationState } from '../negotiation.state';
import { MAX_TITLE_LENGTH, requireKnown, requireNew, requireOpened, requireParties, requireText } from './guards';

/** Talks that stand suspended cannot be suspended again: the record would hold two stops and one restart. */
export function suspendTalks({ data }: SuspendTalks, state: NegotiationState): TalksSuspended[] {
  const open = requireOpened(state, data.negotiationId);
  requireNew('suspensionId', open.suspensions, data.suspensionId, 'suspension');
  const standing = [...open.suspensions].find(([, suspension]) => !suspension.resumed);
  if (standing) throw illegalState('suspensionId', `the talks stand suspended (${standing[0]}) until resumed`);
  requireParties(open, 'suspendedBy', data.suspendedBy);
  requireText('subject', data.subject, MAX_TITLE_LENGTH);
  requireText('reason', data.reason);
  return [{ type: 'TalksSuspended', data }];
}

export function resumeTalks({ data }: ResumeTalks, state: NegotiationState): TalksResumed[] {
  const open = requireOpened(state, data.negotiationId);
  const suspension = requireKnown('suspensionId', open.suspensions, data.suspensionId, 'suspension');
  if (suspension.resumed) throw illegalState('suspensionId', `the talks of ${data.suspensionId} were resumed already`);
  requireParties(open, 'resumedBy', data.resumedBy);
  requireText('note', data.note);
  return [{ type: 'TalksResumed', data }];
}
