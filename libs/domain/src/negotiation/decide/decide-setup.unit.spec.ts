import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  admitParty,
  atTheTable,
  IPO,
  negotiationOpened,
  openNegotiation,
  partyJoined,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, AlreadyExists, NotFound } = NegotiationErrorCode;

describe('OpenNegotiation', () => {
  describe('when nothing was recorded yet', () => {
    it('opens the negotiation', () => spec.given([]).when(openNegotiation()).then([negotiationOpened()]));

    it('opens it without a description', () =>
      spec
        .given([])
        .when(openNegotiation({ description: '' }))
        .then([negotiationOpened({ description: '' })]));

    it.each([
      ['an id with spaces', 'voorjaarsnota 2025'],
      ['an id starting with a dash', '-voorjaarsnota'],
      ['an empty id', ''],
      ['an id longer than 128 characters', 'v'.repeat(129)],
    ])('refuses %s', (_, negotiationId) =>
      spec.given([]).when(openNegotiation({ negotiationId })).thenThrows(InvalidInput, 'negotiationId'),
    );

    it.each([
      ['an empty title', '  '],
      ['a title longer than 500 characters', 'Financiering jeugdzorg '.repeat(25)],
      ['a title with control characters', 'Financiering\u0000jeugdzorg'],
    ])('refuses %s', (_, title) => spec.given([]).when(openNegotiation({ title })).thenThrows(InvalidInput, 'title'));

    it('refuses a description with control characters', () =>
      spec
        .given([])
        .when(openNegotiation({ description: 'Voorjaarsnota\u0007' }))
        .thenThrows(InvalidInput, 'description'));
  });

  describe('when the negotiation is open', () => {
    it('refuses to open it again', () =>
      spec.given([negotiationOpened()]).when(openNegotiation()).thenThrows(AlreadyExists, 'negotiationId'));
  });
});

describe('AdmitParty', () => {
  describe('when nothing was recorded yet', () => {
    it('refuses a party before the negotiation is opened', () =>
      spec.given([]).when(admitParty()).thenThrows(NotFound, 'negotiationId'));
  });

  describe('when the negotiation is open', () => {
    it('admits the Rijk with its delegation', () =>
      spec.given([negotiationOpened()]).when(admitParty()).then([partyJoined()]));

    it('admits a party without a named delegation', () => {
      const ipo = { partyId: IPO, name: 'Interprovinciaal Overleg', kind: 'ipo' as const, delegation: [] };
      spec
        .given([negotiationOpened()])
        .when(admitParty(ipo))
        .then([partyJoined(ipo)]);
    });

    it('refuses a party id that is not an identifier', () =>
      spec
        .given([negotiationOpened()])
        .when(admitParty({ partyId: 'het rijk' }))
        .thenThrows(InvalidInput, 'partyId'));

    it('refuses a party without a name', () =>
      spec
        .given([negotiationOpened()])
        .when(admitParty({ name: '' }))
        .thenThrows(InvalidInput, 'name'));

    it('refuses an unknown kind of party', () =>
      spec
        .given([negotiationOpened()])
        .when(admitParty({ kind: 'provincie' as never }))
        .thenThrows(InvalidInput, 'kind'));

    it('refuses an empty member of the delegation, naming which', () =>
      spec
        .given([negotiationOpened()])
        .when(admitParty({ delegation: ['Staatssecretaris VWS', ' '] }))
        .thenThrows(InvalidInput, 'delegation[1]'));
  });

  describe('when the party is already at the table', () => {
    it('refuses to admit it twice', () =>
      spec.given(atTheTable()).when(admitParty()).thenThrows(AlreadyExists, 'partyId'));
  });
});
