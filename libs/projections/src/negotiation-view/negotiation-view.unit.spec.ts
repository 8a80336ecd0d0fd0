import { LedgerLog } from '../testing/ledger-log.fixture';
import { givenFor } from '../testing/given';
import {
  afsprakenDocument,
  oplopendTot424,
  slidesVoorjaarsnota,
  voorjaarsnota2025,
} from '../testing/voorjaarsnota-2025.fixture';
import { negotiationView } from './negotiation-view.query';

const given = givenFor(negotiationView);

describe('negotiation view', () => {
  describe('when nothing was opened', () => {
    it('has no view', () => {
      given().then(null);
    });
  });

  describe('when the spring 2025 talks were recorded', () => {
    const { talks, agreement } = voorjaarsnota2025();

    it('shows the negotiation with its parties and the meetings as held', () => {
      given(...talks.events).then({
        negotiationId: 'vjn-2025',
        title: 'Financiering jeugdzorg Voorjaarsnota 2025',
        openedOn: '2025-03-17',
        parties: { rijk: { kind: 'rijk', delegation: ['VWS', 'FIN', 'BZK'] }, vng: { name: 'VNG' } },
        meetings: {
          'oo-2025-03-17': { status: 'held', heldOn: '2025-03-17', scheduledFor: { start: '2025-03-17' } },
          'oo-2025-04-16': { status: 'held', heldOn: '2025-04-16', summary: 'Op hoofdlijnen overeenstemming' },
        },
        revision: talks.events.length - 1,
        globalPosition: talks.events.at(-1)?.globalPosition,
      });
    });

    it('shows the agreement in force, the proposal it took up as agreed, commitments open and the dispute open', () => {
      given(...talks.events).then({
        proposals: {
          'p-ravijn': { status: 'tabled', agreed: true, partyId: 'vng', current: { financialTerms: [oplopendTot424] } },
        },
        agreements: { 'a-16-april': { status: 'in-force', reachedOn: '2025-04-16', supersession: null } },
        commitments: {
          'c-brief-mp': { status: 'open', due: { asSaid: 'te bezien in augustus' } },
          'c-van-ark': { status: 'open' },
        },
        disputes: { 'd-728': { status: 'open', raisedBy: 'vng', escalations: [], settlement: null } },
        positions: {
          'pos-rijk-ravijn-1': { stance: 'opposes' },
          'pos-rijk-ravijn-2': { stance: 'conditional', takenOn: '2025-04-04' },
        },
      });
    });

    it('traces every entity to its sources and to each event that touched it', () => {
      given(...talks.events).thenDocument((view) => {
        expect(view?.traces['a-16-april'].sources).toEqual([afsprakenDocument, slidesVoorjaarsnota]);
        expect(view?.traces['a-16-april'].eventIds).toEqual([
          agreement.eventId,
          'vjn-2025:12',
          'vjn-2025:13',
          'vjn-2025:15',
        ]);
        expect(view?.traces['p-ravijn'].eventIds).toEqual([
          'vjn-2025:5',
          'vjn-2025:6',
          'vjn-2025:8',
          agreement.eventId,
        ]);
        expect(view?.traces['vjn-2025'].eventIds).toHaveLength(talks.events.length);
      });
    });
  });

  describe('when two events of one entity cite the same words of the same document', () => {
    const { talks } = voorjaarsnota2025();
    talks.record(
      'SourceAttached',
      { entityId: 'a-16-april', source: slidesVoorjaarsnota },
      { occurredOn: '2025-05-16' },
    );

    it('lists the citation once', () => {
      given(...talks.events).thenDocument((view) => {
        expect(view?.traces['a-16-april'].sources).toEqual([afsprakenDocument, slidesVoorjaarsnota]);
      });
    });
  });

  describe('when VNG announces a civil procedure unless the cabinet compensates', () => {
    const { talks } = voorjaarsnota2025();
    talks.record(
      'EscalationAnnounced',
      {
        disputeId: 'd-728',
        announcedBy: 'vng',
        forum: 'civielrechtelijke-procedure',
        forumName: 'Civielrechtelijke procedure voor volledige bedrag',
        condition: 'Compensatie 50% tekorten 2023/2024: te bezien in augustus',
      },
      { occurredOn: '2025-05-07' },
    );

    it('keeps the dispute open and shows the announcement beside it', () => {
      given(...talks.events).then({
        disputes: {
          'd-728': {
            status: 'open',
            escalations: [],
            announcedEscalations: [
              {
                announcedBy: 'vng',
                forum: 'civielrechtelijke-procedure',
                condition: 'Compensatie 50% tekorten 2023/2024: te bezien in augustus',
                on: '2025-05-07',
              },
            ],
          },
        },
      });
    });
  });

  describe('when the cabinet decides on its own to make money available', () => {
    const { talks } = voorjaarsnota2025();
    const agreementsBefore = negotiationView(talks.events)?.agreements;
    talks.record(
      'DecisionTaken',
      {
        decisionId: 'b-613',
        decidedBy: 'rijk',
        kind: 'decision',
        title: 'Kabinet maakt € 613 miljoen vrij',
        text: 'Uiteindelijk heeft het kabinet eind april € 613 miljoen vrijgemaakt',
        financialTerms: [oplopendTot424],
        meetingId: null,
      },
      { occurredOn: '2025-04-30' },
    );

    it('shows the decision as the Rijk took it, on its day, and leaves the agreements as they were', () => {
      given(...talks.events).then({
        decisions: { 'b-613': { decidedBy: 'rijk', kind: 'decision', decidedOn: '2025-04-30' } },
      });
      given(...talks.events).thenDocument((view) => expect(view?.agreements).toEqual(agreementsBefore));
    });
  });

  describe('when VNG writes to the MP about the dispute', () => {
    const { talks } = voorjaarsnota2025();
    const letter = talks.record(
      'DocumentIssued',
      {
        documentId: 'brief-mp',
        kind: 'letter',
        title: 'Brief VNG aan MP',
        issuedBy: ['vng'],
        addressedTo: 'MP',
        recipients: ['rijk'],
        underlies: ['d-728'],
      },
      { occurredOn: '2025-05-07' },
    );

    it('shows the letter on its day, and the dispute it underlies traces it', () => {
      given(...talks.events).then({ documents: { 'brief-mp': { addressedTo: 'MP', issuedOn: '2025-05-07' } } });
      given(...talks.events).thenDocument((view) => expect(view?.traces['d-728'].eventIds).toContain(letter.eventId));
    });
  });

  describe('when the cabinet revises and later withdraws a proposal', () => {
    const talks = new LedgerLog().negotiation('vjn-2025');
    talks.record(
      'NegotiationOpened',
      { title: 'Financiering jeugdzorg Voorjaarsnota 2025', description: '' },
      { occurredOn: '2025-03-17' },
    );
    talks.record(
      'PartyJoined',
      { partyId: 'rijk', name: 'Rijk', kind: 'rijk', delegation: [] },
      { occurredOn: '2025-03-17' },
    );
    const tabled = talks.record(
      'ProposalTabled',
      {
        proposalId: 'p-eigen-bijdrage',
        partyId: 'rijk',
        meetingId: null,
        title: 'Eigen bijdrage jeugdzorg',
        terms: 'Invoeren per 2027',
        financialTerms: [],
        nonNegotiable: true,
      },
      { occurredOn: '2025-03-21' },
    );
    const revised = talks.record(
      'ProposalRevised',
      {
        proposalId: 'p-eigen-bijdrage',
        title: 'Eigen bijdrage jeugdzorg',
        terms: 'Onderzoeken, besluit bij Voorjaarsnota 2026',
        financialTerms: [],
        nonNegotiable: false,
        meetingId: null,
      },
      { occurredOn: '2025-03-28' },
    );
    talks.record(
      'ProposalWithdrawn',
      { proposalId: 'p-eigen-bijdrage', reason: 'Geen draagvlak' },
      { occurredOn: '2025-04-16' },
    );

    it('keeps the revision history and shows the current terms and the withdrawal', () => {
      given(...talks.events).then({
        proposals: {
          'p-eigen-bijdrage': {
            status: 'withdrawn',
            withdrawnReason: 'Geen draagvlak',
            agreed: false,
            current: {
              terms: 'Onderzoeken, besluit bij Voorjaarsnota 2026',
              nonNegotiable: false,
              eventId: revised.eventId,
            },
            history: [
              { nonNegotiable: true, eventId: tabled.eventId, occurredOn: '2025-03-21' },
              { eventId: revised.eventId, occurredOn: '2025-03-28' },
            ],
          },
        },
      });
    });
  });

  describe('when an entry is corrected', () => {
    it('applies a patch and keeps the correction on record', () => {
      const { talks, briefMp } = voorjaarsnota2025();
      const correction = talks.record(
        'EntryCorrected',
        {
          correctedEventId: briefMp.eventId,
          entityId: 'c-brief-mp',
          reason: 'Toezegging betrof de brief van de MP vóór Prinsjesdag',
          retracted: false,
          patch: { description: 'Brief MP over compensatie, vóór Prinsjesdag' },
          occurredOn: null,
          occurredAsSaid: null,
        },
        { occurredOn: '2025-05-01' },
      );
      given(...talks.events).then({
        commitments: {
          'c-brief-mp': { description: 'Brief MP over compensatie, vóór Prinsjesdag', madeOn: '2025-04-16' },
        },
        corrections: [{ eventId: correction.eventId, correctedEventId: briefMp.eventId, retracted: false }],
      });
    });

    it('drops a retracted entry from the facts but keeps it in the traces', () => {
      const { talks, dispute } = voorjaarsnota2025();
      const retraction = talks.record(
        'EntryCorrected',
        {
          correctedEventId: dispute.eventId,
          entityId: 'd-728',
          reason: 'Dubbel ingevoerd',
          retracted: true,
          patch: {},
          occurredOn: null,
          occurredAsSaid: null,
        },
        { occurredOn: '2025-05-01' },
      );
      given(...talks.events).thenDocument((view) => {
        expect(view?.disputes['d-728']).toBeUndefined();
        expect(view?.traces['d-728'].eventIds).toEqual([dispute.eventId, retraction.eventId]);
        expect(view?.traces['d-728'].sources).toEqual([]);
      });
    });
  });
});
