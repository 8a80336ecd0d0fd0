import { TERM_DEFAULTS } from '../shared/financial-term';
import {
  agreementReached,
  COMPENSATIE_728_MLN,
  entryCorrected,
  positionTaken,
  rulingIssued,
} from '../testing/negotiation.fixtures';
import { EVENT_SCHEMA_VERSION } from './negotiation.events';
import { UnreadableEventError, upcastNegotiationEvent, upcastPatch } from './negotiation.upcast';

/** Version 1 data as today's main wrote it, without the fields later versions added. */
const { bindingness: _bindingness, ...rulingV1Fields } = rulingIssued().data;
const {
  standing: _standing,
  openTerms: _openTerms,
  conditions: _conditions,
  risks: _risks,
  ...agreementV1Fields
} = agreementReached().data;

describe('upcastNegotiationEvent', () => {
  describe('given an event stored at the current schema version', () => {
    it('returns the stored envelope itself, not a copy', () => {
      const stored = { ...rulingIssued(), schemaVersion: EVENT_SCHEMA_VERSION.RulingIssued, eventId: 'e1' };
      expect(upcastNegotiationEvent(stored)).toBe(stored);
    });
  });

  describe('given a RulingIssued of version 1', () => {
    it.each([
      [true, 'binding'],
      [false, 'not-binding'],
    ])('reads binding %s as bindingness %s, and drops the old field', (binding, bindingness) => {
      const stored = { type: 'RulingIssued', schemaVersion: 1, data: { ...rulingV1Fields, binding } };
      expect(upcastNegotiationEvent(stored)).toEqual({
        type: 'RulingIssued',
        schemaVersion: EVENT_SCHEMA_VERSION.RulingIssued,
        data: { ...rulingV1Fields, bindingness },
      });
    });

    it('leaves the stored data as it was written', () => {
      const data = Object.freeze({ ...rulingV1Fields, binding: true });
      upcastNegotiationEvent({ type: 'RulingIssued', schemaVersion: 1, data });
      expect(data).toEqual({ ...rulingV1Fields, binding: true });
    });
  });

  describe('given an AgreementReached of version 1', () => {
    it('defaults its standing to unknown, and its open terms, conditions and risks to none', () => {
      const stored = { type: 'AgreementReached', schemaVersion: 1, data: agreementV1Fields };
      expect(upcastNegotiationEvent(stored).data).toEqual({
        ...agreementV1Fields,
        standing: 'unknown',
        openTerms: [],
        conditions: [],
        risks: [],
      });
    });
  });

  describe('given a ResolutionAdopted of version 1', () => {
    it('reads it as adopted at no recorded assembly, its vote unknown', () => {
      const data = { negotiationId: 'n', resolutionId: 'r', body: 'ALV VNG', text: 'Tekst', bindsParty: 'vng' };
      expect(upcastNegotiationEvent({ type: 'ResolutionAdopted', schemaVersion: 1, data }).data).toEqual({
        ...data,
        meetingId: null,
        vote: 'unknown',
      });
    });
  });

  describe('given amounts written before ranges, shares, breakdowns and parts could be said', () => {
    const {
      perYear: _p,
      upToCents: _u,
      share: _s,
      reachedInYear: _r,
      partOfAsSaid: _o,
      ...oldTerm
    } = COMPENSATIE_728_MLN;

    it.each([
      ['DisputeRaised', 1],
      ['ProposalTabled', 1],
      ['ProposalRevised', 1],
      ['AgreementReached', 2],
      ['RulingIssued', 2],
    ])('reads the terms of a %s of version %i with none of them said', (type, schemaVersion) => {
      const stored = { type, schemaVersion, data: { ...agreementV1Fields, financialTerms: [oldTerm] } };
      expect(upcastNegotiationEvent(stored).data.financialTerms).toEqual([{ ...oldTerm, ...TERM_DEFAULTS }]);
    });

    it('reads the amounts of an old correction patch the same way', () =>
      expect(upcastPatch('DisputeRaised', { financialTerms: [oldTerm] })).toEqual({
        financialTerms: [{ ...oldTerm, ...TERM_DEFAULTS }],
      }));
  });

  describe('given a PositionTaken of version 1', () => {
    it('reads it as naming no amounts', () => {
      const { financialTerms: _terms, ...positionV1Fields } = positionTaken().data;
      const stored = { type: 'PositionTaken', schemaVersion: 1, data: positionV1Fields };
      expect(upcastNegotiationEvent(stored).data).toEqual({ ...positionV1Fields, financialTerms: [] });
    });
  });

  describe('given an EntryCorrected of version 1', () => {
    it('reads it as leaving the date as said as it was', () => {
      const { occurredAsSaid: _said, ...correctionV1Fields } = entryCorrected({ occurredOn: '2021-04-30' }).data;
      const stored = { type: 'EntryCorrected', schemaVersion: 1, data: correctionV1Fields };
      expect(upcastNegotiationEvent(stored).data).toEqual({ ...correctionV1Fields, occurredAsSaid: null });
    });
  });

  describe('given a version 1 correction of an entry whose fields were renamed since', () => {
    it("reads a patch of a commitment's partyId as its owedBy", () =>
      expect(upcastPatch('CommitmentMade', { partyId: 'rijk', description: 'x' })).toEqual({
        owedBy: ['rijk'],
        description: 'x',
      }));

    it("reads a patch of a ruling's binding as its bindingness", () =>
      expect(upcastPatch('RulingIssued', { binding: true })).toEqual({ bindingness: 'binding' }));

    it('leaves a partyId patch of a proposal, where the field kept its name', () =>
      expect(upcastPatch('ProposalTabled', { partyId: 'vng' })).toEqual({ partyId: 'vng' }));
  });

  describe('refuses what it cannot read', () => {
    it.each([
      [
        'a version newer than this code',
        { type: 'RulingIssued', schemaVersion: 4, data: {} },
        /this ledger reads versions 1 to 3/,
      ],
      ['version 0', { type: 'AgreementReached', schemaVersion: 0, data: {} }, /this ledger reads versions 1 to 3/],
      [
        'a type the domain does not define',
        { type: 'RecordsRead', schemaVersion: 1, data: {} },
        /not a negotiation event type/,
      ],
    ])('%s', (_, stored, message) => {
      expect(() => upcastNegotiationEvent(stored)).toThrow(UnreadableEventError);
      expect(() => upcastNegotiationEvent(stored)).toThrow(message);
    });
  });
});
