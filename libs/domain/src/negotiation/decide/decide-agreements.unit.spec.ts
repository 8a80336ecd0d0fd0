import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  AFSPRAKEN_16_APRIL,
  agreementReached,
  agreementSuperseded,
  BO_JEUGD_21_MAART,
  BOD_KABINET,
  CIRCA_3_MILJARD,
  disputeRaised,
  GESCHIL_COMPENSATIE,
  IPO,
  INZET_VNG,
  INZET_VNG_PROPOSAL,
  meetingCancelled,
  proposalTabled,
  proposalWithdrawn,
  reachAgreement,
  RIJK,
  VNG,
  withTheCabinetsOffer,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;
const agreed = () => [...withTheCabinetsOffer(), agreementReached()];

/** The agreement of a later year that replaces the one of 16 April 2025. */
const AFSPRAKEN_2027 = {
  agreementId: 'afspraken-2027',
  title: 'Afspraken 2027',
  terms: 'Financieel kader 2028 e.v. na het oordeel van de commissie Van Ark',
  meetingId: null,
  proposalIds: [],
};
const supersedingThe16April = { ...AFSPRAKEN_2027, supersedes: [AFSPRAKEN_16_APRIL] };

describe('ReachAgreement', () => {
  describe('when the dispute on the 2023/2024 shortfalls is open', () => {
    it('records an outcome agreed op hoofdlijnen, with the 50-50 verrekening as an open term of that dispute', () => {
      const outcome = {
        standing: 'op-hoofdlijnen' as const,
        openTerms: [{ asSaid: 'met verrekening 50-50% verdeling over 2023/2024', disputeId: GESCHIL_COMPENSATIE }],
      };
      spec
        .given([...withTheCabinetsOffer(), disputeRaised()])
        .when(reachAgreement(outcome))
        .then([agreementReached(outcome)]);
    });
  });

  describe("when the cabinet's offer is on the table", () => {
    it('records the agreement of 16 April 2025 on it', () =>
      spec.given(withTheCabinetsOffer()).when(reachAgreement()).then([agreementReached()]));

    it('records an agreement on several proposals, outside any meeting', () => {
      const both = { meetingId: null, proposalIds: [BOD_KABINET, INZET_VNG] };
      spec
        .given([...withTheCabinetsOffer(), proposalTabled(INZET_VNG_PROPOSAL)])
        .when(reachAgreement(both))
        .then([agreementReached(both)]);
    });

    it('refuses an agreement without a title', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ title: '' }))
        .thenThrows(InvalidInput, 'title'));

    it('refuses an agreement without terms', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ terms: '' }))
        .thenThrows(InvalidInput, 'terms'));

    it('refuses a negative amount', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ financialTerms: [{ ...CIRCA_3_MILJARD, amountCents: -1 }] }))
        .thenThrows(InvalidInput, 'financialTerms[0].amountCents'));

    it('records who bears the risk if the savings of the 2028 measures are not achieved', () => {
      const risks = [
        {
          asSaid:
            'Het Rijk is verantwoordelijk mochten de besparingen van de aanvullende maatregelen ... toch niet behaald worden',
          borneBy: [RIJK],
        },
      ];
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ risks }))
        .then([agreementReached({ risks })]);
    });

    it("records the condition an agreement hangs on, in the document's words", () => {
      const conditions = ['Indien het kabinet deze middelen beschikbaar stelt'];
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ conditions }))
        .then([agreementReached({ conditions })]);
    });

    it('refuses a risk borne by no one', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ risks: [{ asSaid: 'voor rekening risico', borneBy: [] }] }))
        .thenThrows(InvalidInput, 'risks[0].borneBy'));

    it('refuses a risk borne by a party not at the table', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ risks: [{ asSaid: 'voor rekening risico IPO', borneBy: [IPO] }] }))
        .thenThrows(IllegalState, 'risks[0].borneBy[0]'));

    it('refuses an empty condition', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ conditions: [' '] }))
        .thenThrows(InvalidInput, 'conditions[0]'));

    it('refuses a standing outside the list', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ standing: 'bijna' as never }))
        .thenThrows(InvalidInput, 'standing'));

    it('refuses an open term in a dispute that was never raised', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(
          reachAgreement({
            openTerms: [{ asSaid: 'met verrekening 50-50% verdeling over 2023/2024', disputeId: GESCHIL_COMPENSATIE }],
          }),
        )
        .thenThrows(NotFound, 'openTerms[0].disputeId'));

    it('refuses an open term without the words of the document', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ openTerms: [{ asSaid: ' ', disputeId: null }] }))
        .thenThrows(InvalidInput, 'openTerms[0].asSaid'));

    it('refuses an agreement of one party', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ parties: [RIJK] }))
        .thenThrows(InvalidInput, 'parties'));

    it('refuses the same party named twice', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ parties: [RIJK, VNG, RIJK] }))
        .thenThrows(InvalidInput, 'parties'));

    it('refuses a party that is not at the table', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ parties: [RIJK, VNG, IPO] }))
        .thenThrows(IllegalState, 'parties[2]'));

    it('refuses a meeting that is not in this negotiation', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ meetingId: BO_JEUGD_21_MAART }))
        .thenThrows(NotFound, 'meetingId'));

    it('refuses a proposal that was never tabled, naming which', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ proposalIds: [BOD_KABINET, INZET_VNG] }))
        .thenThrows(NotFound, 'proposalIds[1]'));

    it('refuses the same proposal named twice', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ proposalIds: [BOD_KABINET, BOD_KABINET] }))
        .thenThrows(InvalidInput, 'proposalIds'));

    it('refuses to supersede an agreement that does not exist', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reachAgreement({ supersedes: ['afspraken-2024'] }))
        .thenThrows(NotFound, 'supersedes[0]'));
  });

  describe('when the meeting was cancelled', () => {
    it('refuses an agreement reached at it', () =>
      spec
        .given([...withTheCabinetsOffer(), meetingCancelled()])
        .when(reachAgreement())
        .thenThrows(IllegalState, 'meetingId'));
  });

  describe('when the proposal was withdrawn', () => {
    it('refuses an agreement on it', () =>
      spec
        .given([...withTheCabinetsOffer(), proposalWithdrawn()])
        .when(reachAgreement())
        .thenThrows(IllegalState, 'proposalIds[0]'));
  });

  describe('when an agreement is in force', () => {
    it('refuses an agreement with the same id', () =>
      spec.given(agreed()).when(reachAgreement()).thenThrows(AlreadyExists, 'agreementId'));

    it('supersedes it with a new agreement', () =>
      spec
        .given(agreed())
        .when(reachAgreement(supersedingThe16April))
        .then([agreementReached(AFSPRAKEN_2027), agreementSuperseded()]));

    it('refuses to supersede it twice in one agreement', () =>
      spec
        .given(agreed())
        .when(reachAgreement({ ...AFSPRAKEN_2027, supersedes: [AFSPRAKEN_16_APRIL, AFSPRAKEN_16_APRIL] }))
        .thenThrows(InvalidInput, 'supersedes'));
  });

  describe('when the agreement was superseded', () => {
    it('refuses to supersede it again', () =>
      spec
        .given([...agreed(), agreementSuperseded()])
        .when(reachAgreement({ ...supersedingThe16April, agreementId: 'afspraken-2028' }))
        .thenThrows(IllegalState, 'supersedes[0]'));
  });
});
