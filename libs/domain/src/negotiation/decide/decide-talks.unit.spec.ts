import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import { atTheTable, correctEntry, entryCorrected, IPO, RIJK, VNG } from '../../testing/negotiation.fixtures';
import {
  OPSCHORTING_2022,
  resumeTalks,
  suspendTalks,
  talksResumed,
  talksSuspended,
} from '../../testing/steps.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;
const suspended = () => [...atTheTable(), talksSuspended()];
const resumed = () => [...suspended(), talksResumed()];

describe('SuspendTalks', () => {
  describe('when the talks run', () => {
    it('records the VNG withdrawing from the talks on the Hervormingsagenda', () =>
      spec.given(atTheTable()).when(suspendTalks()).then([talksSuspended()]));

    it('records a suspension that names no one, where the document names no one', () =>
      spec
        .given(atTheTable())
        .when(suspendTalks({ suspendedBy: [] }))
        .then([talksSuspended({ suspendedBy: [] })]));

    it('refuses a party not at the table', () =>
      spec
        .given(atTheTable())
        .when(suspendTalks({ suspendedBy: [IPO] }))
        .thenThrows(IllegalState, 'suspendedBy[0]'));

    it('refuses a party named twice', () =>
      spec
        .given(atTheTable())
        .when(suspendTalks({ suspendedBy: [VNG, VNG] }))
        .thenThrows(InvalidInput, 'suspendedBy'));

    it('refuses a suspension without its reason', () =>
      spec
        .given(atTheTable())
        .when(suspendTalks({ reason: '' }))
        .thenThrows(InvalidInput, 'reason'));

    it('refuses a suspension that does not say which talks', () =>
      spec
        .given(atTheTable())
        .when(suspendTalks({ subject: ' ' }))
        .thenThrows(InvalidInput, 'subject'));
  });

  describe('when the talks stand suspended', () => {
    it('refuses to suspend them again', () =>
      spec
        .given(suspended())
        .when(suspendTalks({ suspensionId: 'opschorting-2' }))
        .thenThrows(IllegalState, 'suspensionId'));

    it('refuses a second suspension under the same id', () =>
      spec.given(suspended()).when(suspendTalks()).thenThrows(AlreadyExists, 'suspensionId'));
  });

  describe('when the talks were resumed', () => {
    it('records a new suspension', () =>
      spec
        .given(resumed())
        .when(suspendTalks({ suspensionId: 'opschorting-2', suspendedBy: [RIJK] }))
        .then([talksSuspended({ suspensionId: 'opschorting-2', suspendedBy: [RIJK] })]));
  });
});

describe('ResumeTalks', () => {
  describe('when the talks stand suspended', () => {
    it('records the restart of May 2022, by no one named', () =>
      spec.given(suspended()).when(resumeTalks()).then([talksResumed()]));

    it('refuses a restart without its words', () =>
      spec
        .given(suspended())
        .when(resumeTalks({ note: '' }))
        .thenThrows(InvalidInput, 'note'));

    it('refuses a party not at the table', () =>
      spec
        .given(suspended())
        .when(resumeTalks({ resumedBy: [IPO] }))
        .thenThrows(IllegalState, 'resumedBy[0]'));

    it('lets a correction name who resumed them', () =>
      spec
        .given(resumed())
        .when(correctEntry({ correctedEventId: 'e5', patch: { resumedBy: [RIJK, VNG] } }))
        .then([
          entryCorrected({ correctedEventId: 'e5', entityId: OPSCHORTING_2022, patch: { resumedBy: [RIJK, VNG] } }),
        ]));
  });

  describe('when no suspension was recorded', () => {
    it('refuses to resume talks that were never suspended', () =>
      spec.given(atTheTable()).when(resumeTalks()).thenThrows(NotFound, 'suspensionId'));
  });

  describe('when the talks were resumed', () => {
    it('refuses to resume them twice', () =>
      spec.given(resumed()).when(resumeTalks()).thenThrows(IllegalState, 'suspensionId'));
  });
});
