import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  adoptResolution,
  AFSPRAKEN_16_APRIL,
  announceEscalation,
  escalationAnnounced,
  agreementReached,
  atTheTable,
  BOD_KABINET,
  COMPENSATIE_728_MLN,
  disputeEscalated,
  disputeRaised,
  disputeSettled,
  escalateDispute,
  GESCHIL_COMPENSATIE,
  IPO,
  issueRuling,
  meetingCancelled,
  meetingScheduled,
  OVERHEDENOVERLEG_16_APRIL,
  proposalWithdrawn,
  raiseDispute,
  resolutionAdopted,
  rulingIssued,
  settleDispute,
  UITSPRAAK_CVW,
  withTheCabinetsOffer,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;
const raised = () => [...atTheTable(), disputeRaised()];
const settled = () => [...raised(), disputeSettled()];

describe('RaiseDispute', () => {
  describe('when Rijk and VNG are at the table', () => {
    it('records the VNG dispute over the € 728 mln of 2023/2024', () =>
      spec.given(atTheTable()).when(raiseDispute()).then([disputeRaised()]));

    it('refuses a dispute without a title', () =>
      spec
        .given(atTheTable())
        .when(raiseDispute({ title: '' }))
        .thenThrows(InvalidInput, 'title'));

    it('refuses a dispute without a description', () =>
      spec
        .given(atTheTable())
        .when(raiseDispute({ description: '' }))
        .thenThrows(InvalidInput, 'description'));

    it('refuses a dispute raised by a party not at the table', () =>
      spec
        .given(atTheTable())
        .when(raiseDispute({ raisedBy: IPO }))
        .thenThrows(IllegalState, 'raisedBy'));

    it('refuses an amount without the words said', () =>
      spec
        .given(atTheTable())
        .when(raiseDispute({ financialTerms: [{ ...COMPENSATIE_728_MLN, asSaid: '' }] }))
        .thenThrows(InvalidInput, 'financialTerms[0].asSaid'));

    it('refuses a proposal that was never tabled', () =>
      spec
        .given(atTheTable())
        .when(raiseDispute({ proposalId: BOD_KABINET }))
        .thenThrows(NotFound, 'proposalId'));
  });

  describe("when the cabinet's offer is on the table", () => {
    it('records a dispute about it', () =>
      spec
        .given(withTheCabinetsOffer())
        .when(raiseDispute({ proposalId: BOD_KABINET }))
        .then([disputeRaised({ proposalId: BOD_KABINET })]));
  });

  describe("when the cabinet's offer was withdrawn", () => {
    it('refuses a dispute about it', () =>
      spec
        .given([...withTheCabinetsOffer(), proposalWithdrawn()])
        .when(raiseDispute({ proposalId: BOD_KABINET }))
        .thenThrows(IllegalState, 'proposalId'));
  });

  describe('when the dispute was raised', () => {
    it('refuses to raise it twice', () =>
      spec.given(raised()).when(raiseDispute()).thenThrows(AlreadyExists, 'disputeId'));
  });
});

describe('AnnounceEscalation', () => {
  describe('when the dispute is open', () => {
    it('records that VNG will go to court unless the cabinet compensates, without escalating the dispute', () =>
      spec.given(raised()).when(announceEscalation()).then([escalationAnnounced()]));

    it('refuses an announcement by a party not at the table', () =>
      spec
        .given(raised())
        .when(announceEscalation({ announcedBy: IPO }))
        .thenThrows(IllegalState, 'announcedBy'));

    it('refuses a forum it does not know', () =>
      spec
        .given(raised())
        .when(announceEscalation({ forum: 'kort-geding' as never }))
        .thenThrows(InvalidInput, 'forum'));

    it('refuses an announcement without its condition', () =>
      spec
        .given(raised())
        .when(announceEscalation({ condition: ' ' }))
        .thenThrows(InvalidInput, 'condition'));
  });

  describe('when the dispute is unknown', () => {
    it('refuses it', () => spec.given(atTheTable()).when(announceEscalation()).thenThrows(NotFound, 'disputeId'));
  });

  describe('when the dispute was settled', () => {
    it('refuses to announce an escalation of it', () =>
      spec.given(settled()).when(announceEscalation()).thenThrows(IllegalState, 'disputeId'));
  });
});

describe('EscalateDispute', () => {
  describe('when the dispute is open', () => {
    it('escalates it to a civielrechtelijke procedure', () =>
      spec.given(raised()).when(escalateDispute()).then([disputeEscalated()]));

    it('refuses a forum it does not know', () =>
      spec
        .given(raised())
        .when(escalateDispute({ forum: 'kort-geding' as never }))
        .thenThrows(InvalidInput, 'forum'));

    it('refuses a forum without a name', () =>
      spec
        .given(raised())
        .when(escalateDispute({ forumName: '' }))
        .thenThrows(InvalidInput, 'forumName'));

    it('refuses an escalation without a reason', () =>
      spec
        .given(raised())
        .when(escalateDispute({ reason: '' }))
        .thenThrows(InvalidInput, 'reason'));
  });

  describe('when the dispute was escalated', () => {
    it('escalates it further, to a committee', () => {
      const toVanArk = {
        forum: 'commissie' as const,
        forumName: 'Commissie Van Ark',
        reason: 'Oordeel over compensatie 2025-2027',
      };
      spec
        .given([...raised(), disputeEscalated()])
        .when(escalateDispute(toVanArk))
        .then([disputeEscalated(toVanArk)]);
    });
  });

  describe('when the dispute is unknown', () => {
    it('refuses it', () => spec.given(atTheTable()).when(escalateDispute()).thenThrows(NotFound, 'disputeId'));
  });

  describe('when the dispute was settled', () => {
    it('refuses to escalate it', () =>
      spec.given(settled()).when(escalateDispute()).thenThrows(IllegalState, 'disputeId'));
  });
});

describe('SettleDispute', () => {
  describe('when the dispute is open', () => {
    it('settles it', () => spec.given(raised()).when(settleDispute()).then([disputeSettled()]));

    it('settles it by an agreement and a ruling', () => {
      const byBoth = { agreementId: AFSPRAKEN_16_APRIL, rulingId: UITSPRAAK_CVW };
      spec
        .given([...withTheCabinetsOffer(), agreementReached(), disputeRaised(), rulingIssued()])
        .when(settleDispute(byBoth))
        .then([disputeSettled(byBoth)]);
    });

    it('refuses a settlement without an outcome', () =>
      spec
        .given(raised())
        .when(settleDispute({ outcome: '' }))
        .thenThrows(InvalidInput, 'outcome'));

    it('refuses an agreement that does not exist', () =>
      spec
        .given(raised())
        .when(settleDispute({ agreementId: AFSPRAKEN_16_APRIL }))
        .thenThrows(NotFound, 'agreementId'));

    it('refuses a ruling that does not exist', () =>
      spec
        .given(raised())
        .when(settleDispute({ rulingId: UITSPRAAK_CVW }))
        .thenThrows(NotFound, 'rulingId'));
  });

  describe('when the dispute was escalated', () => {
    it('settles it', () =>
      spec
        .given([...raised(), disputeEscalated()])
        .when(settleDispute())
        .then([disputeSettled()]));
  });

  describe('when the dispute is unknown', () => {
    it('refuses it', () => spec.given(atTheTable()).when(settleDispute()).thenThrows(NotFound, 'disputeId'));
  });

  describe('when the dispute was settled', () => {
    it('refuses to settle it twice', () =>
      spec.given(settled()).when(settleDispute()).thenThrows(IllegalState, 'disputeId'));
  });
});

describe('IssueRuling', () => {
  describe('when Rijk and VNG are at the table', () => {
    it('records the 2021 uitspraak of the Commissie van Wijzen', () =>
      spec.given(atTheTable()).when(issueRuling()).then([rulingIssued()]));

    it('refuses a ruling without the body that gave it', () =>
      spec
        .given(atTheTable())
        .when(issueRuling({ body: '' }))
        .thenThrows(InvalidInput, 'body'));

    it('refuses a kind of ruling it does not know', () =>
      spec
        .given(atTheTable())
        .when(issueRuling({ kind: 'vonnis' as never }))
        .thenThrows(InvalidInput, 'kind'));

    it('refuses a ruling without a summary', () =>
      spec
        .given(atTheTable())
        .when(issueRuling({ summary: '' }))
        .thenThrows(InvalidInput, 'summary'));

    it('refuses a year before 1990', () =>
      spec
        .given(atTheTable())
        .when(issueRuling({ financialTerms: [{ ...COMPENSATIE_728_MLN, fromYear: 1989 }] }))
        .thenThrows(InvalidInput, 'financialTerms[0].fromYear'));

    it('refuses a dispute that does not exist', () =>
      spec
        .given(atTheTable())
        .when(issueRuling({ disputeId: GESCHIL_COMPENSATIE }))
        .thenThrows(NotFound, 'disputeId'));
  });

  describe('when a dispute is open', () => {
    it('records an advice on it', () => {
      const advice = { disputeId: GESCHIL_COMPENSATIE, kind: 'advies' as const, bindingness: 'zwaarwegend' as const };
      spec
        .given(raised())
        .when(issueRuling(advice))
        .then([rulingIssued(advice)]);
    });

    it('records a ruling of which no document says whether it binds as unknown', () => {
      const unsaid = { disputeId: GESCHIL_COMPENSATIE, bindingness: 'unknown' as const };
      spec
        .given(raised())
        .when(issueRuling(unsaid))
        .then([rulingIssued(unsaid)]);
    });

    it('refuses a bindingness outside the list', () =>
      spec
        .given(raised())
        .when(issueRuling({ bindingness: 'misschien' as never }))
        .thenThrows(InvalidInput, 'bindingness'));
  });

  describe('when the ruling was issued', () => {
    it('refuses to issue it twice', () =>
      spec
        .given([...atTheTable(), rulingIssued()])
        .when(issueRuling())
        .thenThrows(AlreadyExists, 'rulingId'));
  });
});

describe('AdoptResolution', () => {
  describe('when the VNG is at the table', () => {
    it('records the ALV resolution of 28 November 2024 binding the VNG', () =>
      spec.given(atTheTable()).when(adoptResolution()).then([resolutionAdopted()]));

    it('refuses a resolution without the body that adopted it', () =>
      spec
        .given(atTheTable())
        .when(adoptResolution({ body: '' }))
        .thenThrows(InvalidInput, 'body'));

    it('refuses a resolution without its text', () =>
      spec
        .given(atTheTable())
        .when(adoptResolution({ text: '' }))
        .thenThrows(InvalidInput, 'text'));

    it('refuses a resolution binding a party not at the table', () =>
      spec
        .given(atTheTable())
        .when(adoptResolution({ bindsParty: IPO }))
        .thenThrows(IllegalState, 'bindsParty'));

    it('refuses a vote no assembly casts', () =>
      spec
        .given(atTheTable())
        .when(adoptResolution({ vote: 'acclamation' as never }))
        .thenThrows(InvalidInput, 'vote'));

    it('refuses an assembly that was never scheduled', () =>
      spec
        .given(atTheTable())
        .when(adoptResolution({ meetingId: OVERHEDENOVERLEG_16_APRIL }))
        .thenThrows(NotFound, 'meetingId'));
  });

  describe('when the assembly is on the record', () => {
    it('records the resolution as adopted there, unanimously', () =>
      spec
        .given([...atTheTable(), meetingScheduled()])
        .when(adoptResolution({ meetingId: OVERHEDENOVERLEG_16_APRIL, vote: 'unanimous' }))
        .then([resolutionAdopted({ meetingId: OVERHEDENOVERLEG_16_APRIL, vote: 'unanimous' })]));

    it('refuses it at an assembly that was cancelled', () =>
      spec
        .given([...atTheTable(), meetingScheduled(), meetingCancelled()])
        .when(adoptResolution({ meetingId: OVERHEDENOVERLEG_16_APRIL }))
        .thenThrows(IllegalState, 'meetingId'));
  });

  describe('when the resolution was adopted', () => {
    it('refuses to adopt it twice', () =>
      spec
        .given([...atTheTable(), resolutionAdopted()])
        .when(adoptResolution())
        .thenThrows(AlreadyExists, 'resolutionId'));
  });
});
