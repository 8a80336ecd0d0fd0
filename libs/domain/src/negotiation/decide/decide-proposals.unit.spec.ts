import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  agreementReached,
  BO_JEUGD_21_MAART,
  IPO,
  INZET_VNG_PROPOSAL,
  meetingCancelled,
  OPLOPEND_TOT_424_MLN,
  positionTaken,
  proposalRevised,
  proposalTabled,
  proposalWithdrawn,
  reviseProposal,
  tableProposal,
  takePosition,
  withdrawProposal,
  withTheCabinetsOffer,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;
const beforeTheOffer = () => withTheCabinetsOffer().slice(0, -1);
const withdrawn = () => [...withTheCabinetsOffer(), proposalWithdrawn()];
const agreed = () => [...withTheCabinetsOffer(), agreementReached()];

describe('TableProposal', () => {
  describe('when the meeting of 16 April is scheduled', () => {
    it("tables the cabinet's non-negotiable offer on it", () =>
      spec.given(beforeTheOffer()).when(tableProposal()).then([proposalTabled()]));

    it('tables the VNG inzet outside any meeting', () =>
      spec
        .given(beforeTheOffer())
        .when(tableProposal(INZET_VNG_PROPOSAL))
        .then([proposalTabled(INZET_VNG_PROPOSAL)]));

    it('refuses a proposal by a party not at the table', () =>
      spec
        .given(beforeTheOffer())
        .when(tableProposal({ partyId: IPO }))
        .thenThrows(IllegalState, 'partyId'));

    it('refuses a proposal without a title', () =>
      spec
        .given(beforeTheOffer())
        .when(tableProposal({ title: '' }))
        .thenThrows(InvalidInput, 'title'));

    it('refuses a proposal without terms', () =>
      spec
        .given(beforeTheOffer())
        .when(tableProposal({ terms: '\n' }))
        .thenThrows(InvalidInput, 'terms'));

    it('refuses an amount that is not whole euro cents, naming the term', () =>
      spec
        .given(beforeTheOffer())
        .when(
          tableProposal({ financialTerms: [OPLOPEND_TOT_424_MLN, { ...OPLOPEND_TOT_424_MLN, amountCents: 424.5 }] }),
        )
        .thenThrows(InvalidInput, 'financialTerms[1].amountCents'));

    it('refuses a meeting that is not in this negotiation', () =>
      spec
        .given(beforeTheOffer())
        .when(tableProposal({ meetingId: BO_JEUGD_21_MAART }))
        .thenThrows(NotFound, 'meetingId'));
  });

  describe('when the meeting was cancelled', () => {
    it('refuses to table a proposal at it', () =>
      spec
        .given([...beforeTheOffer(), meetingCancelled()])
        .when(tableProposal())
        .thenThrows(IllegalState, 'meetingId'));
  });

  describe('when the proposal is already on the table', () => {
    it('refuses to table it twice', () =>
      spec.given(withTheCabinetsOffer()).when(tableProposal()).thenThrows(AlreadyExists, 'proposalId'));
  });
});

describe('ReviseProposal', () => {
  describe('when the proposal is on the table', () => {
    it('revises its terms', () => spec.given(withTheCabinetsOffer()).when(reviseProposal()).then([proposalRevised()]));

    it('refuses a revision without terms', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reviseProposal({ terms: '' }))
        .thenThrows(InvalidInput, 'terms'));

    it('refuses a revision at a meeting that is not in this negotiation', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(reviseProposal({ meetingId: BO_JEUGD_21_MAART }))
        .thenThrows(NotFound, 'meetingId'));
  });

  describe('when the proposal is unknown', () => {
    it('refuses the revision', () =>
      spec.given(beforeTheOffer()).when(reviseProposal()).thenThrows(NotFound, 'proposalId'));
  });

  describe('when the proposal was withdrawn', () => {
    it('refuses the revision', () =>
      spec.given(withdrawn()).when(reviseProposal()).thenThrows(IllegalState, 'proposalId'));
  });

  describe('when the proposal is part of an agreement', () => {
    it('refuses the revision: a new agreement is needed', () =>
      spec.given(agreed()).when(reviseProposal()).thenThrows(IllegalState, 'proposalId'));
  });
});

describe('WithdrawProposal', () => {
  describe('when the proposal is on the table', () => {
    it('withdraws it', () => spec.given(withTheCabinetsOffer()).when(withdrawProposal()).then([proposalWithdrawn()]));

    it('refuses a withdrawal without a reason', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(withdrawProposal({ reason: '' }))
        .thenThrows(InvalidInput, 'reason'));
  });

  describe('when the proposal is unknown', () => {
    it('refuses the withdrawal', () =>
      spec.given(beforeTheOffer()).when(withdrawProposal()).thenThrows(NotFound, 'proposalId'));
  });

  describe('when the proposal was withdrawn', () => {
    it('refuses to withdraw it again', () =>
      spec.given(withdrawn()).when(withdrawProposal()).thenThrows(IllegalState, 'proposalId'));
  });

  describe('when the proposal is part of an agreement', () => {
    it('refuses the withdrawal: the agreement must be superseded', () =>
      spec.given(agreed()).when(withdrawProposal()).thenThrows(IllegalState, 'proposalId'));
  });
});

describe('TakePosition', () => {
  describe("when the cabinet's offer is on the table", () => {
    it('records that the VNG opposes it, with its reasons', () =>
      spec.given(withTheCabinetsOffer()).when(takePosition()).then([positionTaken()]));

    it('records a position with the amount it names, as said', () => {
      const financialTerms = [
        { ...OPLOPEND_TOT_424_MLN, asSaid: 'de taakstelling van € 1 miljard', kind: 'saving' as const },
      ];
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ financialTerms }))
        .then([positionTaken({ financialTerms })]);
    });

    it('refuses a position whose amount is not whole cents, naming the term', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ financialTerms: [{ ...OPLOPEND_TOT_424_MLN, amountCents: 0.5 }] }))
        .thenThrows(NegotiationErrorCode.InvalidInput, 'financialTerms[0].amountCents'));

    it('records a stance on a topic without a proposal or meeting', () => {
      const onTopic = {
        proposalId: null,
        meetingId: null,
        topic: 'Eigen bijdrage',
        stance: 'reserves' as const,
        reasons: [],
      };
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition(onTopic))
        .then([positionTaken(onTopic)]);
    });

    it('records a conditional stance with its conditions', () => {
      const conditional = { stance: 'conditional' as const, reasons: ['Compensatie tekorten 2023/2024 in augustus'] };
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition(conditional))
        .then([positionTaken(conditional)]);
    });

    it('refuses a conditional stance without conditions', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ stance: 'conditional', reasons: [] }))
        .thenThrows(InvalidInput, 'reasons'));

    it('refuses a stance it does not know', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ stance: 'neutral' as never }))
        .thenThrows(InvalidInput, 'stance'));

    it('refuses a position of a party not at the table', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ partyId: IPO }))
        .thenThrows(IllegalState, 'partyId'));

    it('refuses a position on a proposal that was never tabled', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ proposalId: 'bod-vng' }))
        .thenThrows(NotFound, 'proposalId'));

    it('refuses a position without a topic', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ topic: '' }))
        .thenThrows(InvalidInput, 'topic'));

    it('refuses an unprintable reason, naming which', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ reasons: ['te ambitieus', 'tempo\u0000'] }))
        .thenThrows(InvalidInput, 'reasons[1]'));

    it('refuses a meeting that is not in this negotiation', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(takePosition({ meetingId: BO_JEUGD_21_MAART }))
        .thenThrows(NotFound, 'meetingId'));
  });

  describe('when the position was recorded', () => {
    it('refuses to record it twice', () =>
      spec
        .given([...withTheCabinetsOffer(), positionTaken()])
        .when(takePosition())
        .thenThrows(AlreadyExists, 'positionId'));
  });

  describe('when the proposal was withdrawn', () => {
    it('refuses a position on it', () =>
      spec.given(withdrawn()).when(takePosition()).thenThrows(IllegalState, 'proposalId'));
  });
});
