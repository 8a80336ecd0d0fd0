import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  atTheTable,
  correctEntry,
  entryCorrected,
  IPO,
  meetingCancelled,
  meetingScheduled,
  OVERHEDENOVERLEG_16_APRIL,
  VNG,
} from '../../testing/negotiation.fixtures';
import { BESLUIT_613_MLN, decisionTaken, takeDecision, VRIJGEMAAKT_613_MLN } from '../../testing/steps.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;

describe('TakeDecision', () => {
  describe('when the Rijk is at the table', () => {
    it('records the cabinet making € 613 mln available as its own decision, not an agreement', () =>
      spec.given(atTheTable()).when(takeDecision()).then([decisionTaken()]));

    it('records a payment', () =>
      spec
        .given(atTheTable())
        .when(takeDecision({ kind: 'payment' }))
        .then([decisionTaken({ kind: 'payment' })]));

    it('refuses a decision by a party not at the table', () =>
      spec
        .given(atTheTable())
        .when(takeDecision({ decidedBy: IPO }))
        .thenThrows(IllegalState, 'decidedBy'));

    it('refuses a kind that is neither a decision nor a payment', () =>
      spec
        .given(atTheTable())
        .when(takeDecision({ kind: 'agreement' as never }))
        .thenThrows(InvalidInput, 'kind'));

    it('refuses a decision without its words', () =>
      spec
        .given(atTheTable())
        .when(takeDecision({ text: ' ' }))
        .thenThrows(InvalidInput, 'text'));

    it('refuses a decision without a title', () =>
      spec
        .given(atTheTable())
        .when(takeDecision({ title: '' }))
        .thenThrows(InvalidInput, 'title'));

    it('refuses an amount without the words said', () =>
      spec
        .given(atTheTable())
        .when(takeDecision({ financialTerms: [{ ...VRIJGEMAAKT_613_MLN, asSaid: '' }] }))
        .thenThrows(InvalidInput, 'financialTerms[0].asSaid'));

    it('refuses a meeting that was never scheduled', () =>
      spec
        .given(atTheTable())
        .when(takeDecision({ meetingId: OVERHEDENOVERLEG_16_APRIL }))
        .thenThrows(NotFound, 'meetingId'));
  });

  describe('when the decision was recorded', () => {
    it('refuses a second decision under the same id', () =>
      spec
        .given([...atTheTable(), decisionTaken()])
        .when(takeDecision())
        .thenThrows(AlreadyExists, 'decisionId'));

    it('lets a correction name another party that took it', () =>
      spec
        .given([...atTheTable(), decisionTaken()])
        .when(correctEntry({ correctedEventId: 'e4', patch: { decidedBy: VNG } }))
        .then([entryCorrected({ correctedEventId: 'e4', entityId: BESLUIT_613_MLN, patch: { decidedBy: VNG } })]));

    it('refuses a correction to a kind no decision has', () =>
      spec
        .given([...atTheTable(), decisionTaken()])
        .when(correctEntry({ correctedEventId: 'e4', patch: { kind: 'advies' } }))
        .thenThrows(InvalidInput, 'patch.kind'));
  });

  describe('when the meeting it names was cancelled', () => {
    it('refuses the decision there', () =>
      spec
        .given([...atTheTable(), meetingScheduled(), meetingCancelled()])
        .when(takeDecision({ meetingId: OVERHEDENOVERLEG_16_APRIL }))
        .thenThrows(IllegalState, 'meetingId'));
  });
});
