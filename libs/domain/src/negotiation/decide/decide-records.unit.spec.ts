import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  at,
  atTheTable,
  attachSource,
  BOD_KABINET,
  correctEntry,
  entryCorrected,
  LEDENBRIEF_19_MAART,
  NEGOTIATION_ID,
  OPLOPEND_TOT_424_MLN,
  proposalWithdrawn,
  RECORDED as E,
  recorded,
  sourceAttached,
  STANDPUNT_VNG,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, NotFound, IllegalState } = NegotiationErrorCode;

const offerOf400 = [{ ...OPLOPEND_TOT_424_MLN, asSaid: 'oplopend tot € 400 miljoen', amountCents: 40_000_000_000 }];

describe('AttachSource', () => {
  describe('when the negotiation is open', () => {
    it('attaches the ledenbrief of 19 March 2025 to the negotiation', () =>
      spec.given(atTheTable()).when(attachSource()).then([sourceAttached()]));

    it('attaches a source to a party, a proposal or a position', () => {
      [BOD_KABINET, 'vng', STANDPUNT_VNG].forEach((entityId) =>
        spec
          .given(recorded())
          .when(attachSource({ entityId }))
          .then([sourceAttached({ entityId })]),
      );
    });

    it('refuses a source for something that does not exist', () =>
      spec
        .given(atTheTable())
        .when(attachSource({ entityId: BOD_KABINET }))
        .thenThrows(NotFound, 'entityId'));

    it('refuses a source without a verbatim quote, naming the field of the command', () =>
      spec
        .given(atTheTable())
        .when(attachSource({ source: { ...LEDENBRIEF_19_MAART, quote: '' } }))
        .thenThrows(InvalidInput, 'source.quote'));
  });
});

describe('CorrectEntry', () => {
  describe('when the entry stands as recorded', () => {
    it("patches the amount of the cabinet's offer", () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: E.offer, patch: { financialTerms: offerOf400 } }))
        .then([
          entryCorrected({ correctedEventId: E.offer, entityId: BOD_KABINET, patch: { financialTerms: offerOf400 } }),
        ]));

    it('corrects the date the position was taken', () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: E.position, occurredOn: '2025-04-18' }))
        .then([entryCorrected({ correctedEventId: E.position, entityId: STANDPUNT_VNG, occurredOn: '2025-04-18' })]));

    it('retracts a position recorded in error', () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: E.position, retracted: true }))
        .then([entryCorrected({ correctedEventId: E.position, entityId: STANDPUNT_VNG, retracted: true })]));

    it('patches the title of the opening', () =>
      spec
        .given(recorded())
        .when(correctEntry({ patch: { title: 'Jeugdzorg Voorjaarsnota 2025' } }))
        .then([entryCorrected({ entityId: NEGOTIATION_ID, patch: { title: 'Jeugdzorg Voorjaarsnota 2025' } })]));

    it('refuses an event that was never recorded', () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: 'e99', patch: { title: 'x' } }))
        .thenThrows(NotFound, 'correctedEventId'));

    it('refuses a correction without a reason', () =>
      spec
        .given(recorded())
        .when(correctEntry({ reason: '', patch: { title: 'x' } }))
        .thenThrows(InvalidInput, 'reason'));

    it('refuses to retract the opening of the negotiation', () =>
      spec
        .given(recorded())
        .when(correctEntry({ retracted: true }))
        .thenThrows(IllegalState, 'retracted'));

    it('refuses a retraction that also patches', () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: E.position, retracted: true, patch: { topic: 'x' } }))
        .thenThrows(InvalidInput, 'retracted'));

    it('refuses a retraction that also moves the date', () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: E.position, retracted: true, occurredOn: '2025-04-18' }))
        .thenThrows(InvalidInput, 'retracted'));

    it('refuses a correction that changes nothing', () =>
      spec.given(recorded()).when(correctEntry()).thenThrows(InvalidInput, 'patch'));

    it('refuses a new date that is not a calendar date', () =>
      spec
        .given(recorded())
        .when(correctEntry({ occurredOn: '18 april 2025' }))
        .thenThrows(InvalidInput, 'occurredOn'));

    it('refuses a new date after the moment of recording', () =>
      spec
        .given(recorded())
        .when(correctEntry({ occurredOn: '2025-09-02' }, at('2025-09-01', '2025-09-01T09:00:00.000Z')))
        .thenThrows(InvalidInput, 'occurredOn'));
  });

  describe('when the entry was corrected before', () => {
    const correctedOnce = () => [
      ...recorded(),
      entryCorrected({ correctedEventId: E.offer, entityId: BOD_KABINET, patch: { financialTerms: offerOf400 } }),
    ];

    it('corrects the entry again', () =>
      spec
        .given(correctedOnce())
        .when(correctEntry({ correctedEventId: E.offer, patch: { nonNegotiable: false } }))
        .then([entryCorrected({ correctedEventId: E.offer, entityId: BOD_KABINET, patch: { nonNegotiable: false } })]));

    it('refuses to correct the correction itself', () =>
      spec
        .given(correctedOnce())
        .when(correctEntry({ correctedEventId: 'e11', patch: { reason: 'x' } }))
        .thenThrows(IllegalState, 'correctedEventId'));
  });

  describe('when the entry was retracted', () => {
    it('refuses to correct it', () =>
      spec
        .given([
          ...recorded(),
          entryCorrected({ correctedEventId: E.position, entityId: STANDPUNT_VNG, retracted: true }),
        ])
        .when(correctEntry({ correctedEventId: E.position, patch: { topic: 'Eigen bijdrage' } }))
        .thenThrows(IllegalState, 'correctedEventId'));
  });

  describe('when the entry builds on a proposal that was later withdrawn', () => {
    it('still corrects its wording', () =>
      spec
        .given([...recorded(), proposalWithdrawn()])
        .when(correctEntry({ correctedEventId: E.position, patch: { topic: 'Bod kabinet' } }))
        .then([
          entryCorrected({ correctedEventId: E.position, entityId: STANDPUNT_VNG, patch: { topic: 'Bod kabinet' } }),
        ]));
  });
});
