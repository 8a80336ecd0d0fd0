import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  atTheTable,
  correctEntry,
  disputeRaised,
  entryCorrected,
  GESCHIL_COMPENSATIE,
  IPO,
  NEGOTIATION_ID,
} from '../../testing/negotiation.fixtures';
import { BRIEF_VNG_AAN_MP, documentIssued, issueDocument } from '../../testing/steps.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;
const withTheDispute = () => [...atTheTable(), disputeRaised()];

describe('IssueDocument', () => {
  describe('when the € 728 mln dispute is open', () => {
    it("records VNG's letter to the MP of 7 May, under the dispute", () =>
      spec.given(withTheDispute()).when(issueDocument()).then([documentIssued()]));

    it('records a letter to someone who is no party at the table, in the words of the document', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ addressedTo: 'de leden', recipients: [] }))
        .then([documentIssued({ addressedTo: 'de leden', recipients: [] })]));

    it('refuses a kind no document has', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ kind: 'tweet' as never }))
        .thenThrows(InvalidInput, 'kind'));

    it('refuses a document without its addressee', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ addressedTo: '' }))
        .thenThrows(InvalidInput, 'addressedTo'));

    it('refuses a sender not at the table', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ issuedBy: [IPO] }))
        .thenThrows(IllegalState, 'issuedBy[0]'));

    it('refuses a recipient not at the table', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ recipients: [IPO] }))
        .thenThrows(IllegalState, 'recipients[0]'));

    it('refuses to underlie an entry that was never recorded', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ underlies: [GESCHIL_COMPENSATIE, 'onbekend'] }))
        .thenThrows(NotFound, 'underlies[1]'));

    it('refuses an entry named twice', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ underlies: [GESCHIL_COMPENSATIE, GESCHIL_COMPENSATIE] }))
        .thenThrows(InvalidInput, 'underlies'));

    it('lets it underlie the negotiation as a whole', () =>
      spec
        .given(withTheDispute())
        .when(issueDocument({ underlies: [NEGOTIATION_ID] }))
        .then([documentIssued({ underlies: [NEGOTIATION_ID] })]));
  });

  describe('when the letter was recorded', () => {
    const recorded = () => [...withTheDispute(), documentIssued()];

    it('refuses a second document under the same id', () =>
      spec.given(recorded()).when(issueDocument()).thenThrows(AlreadyExists, 'documentId'));

    it('lets a correction say which entries it underlies', () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: 'e5', patch: { underlies: [NEGOTIATION_ID] } }))
        .then([
          entryCorrected({
            correctedEventId: 'e5',
            entityId: BRIEF_VNG_AAN_MP,
            patch: { underlies: [NEGOTIATION_ID] },
          }),
        ]));

    it('refuses a correction that names an unknown entry', () =>
      spec
        .given(recorded())
        .when(correctEntry({ correctedEventId: 'e5', patch: { underlies: ['onbekend'] } }))
        .thenThrows(NotFound, 'patch.underlies[0]'));
  });
});
