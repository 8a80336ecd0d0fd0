import { agreementReached, rulingIssued } from '../testing/negotiation.fixtures';
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
        schemaVersion: 2,
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
        { type: 'RulingIssued', schemaVersion: 3, data: {} },
        /this ledger reads versions 1 to 2/,
      ],
      ['version 0', { type: 'AgreementReached', schemaVersion: 0, data: {} }, /this ledger reads versions 1 to 2/],
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
