import { NegotiationErrorCode } from '../shared/negotiation-error';
import { negotiationSpec as spec } from '../testing/decider-specification';
import * as fixtures from '../testing/negotiation.fixtures';
import {
  at,
  atTheTable,
  negotiationOpened,
  openNegotiation,
  proposalTabled,
  tableProposal,
  withTheCabinetsOffer,
} from '../testing/negotiation.fixtures';
import { decide } from './negotiation.decider';
import type { NegotiationCommand } from './negotiation.commands';
import { initialState } from './negotiation.state';

const { InvalidInput, NotFound } = NegotiationErrorCode;

/** One builder per command type but OpenNegotiation: every one needs an opened negotiation. */
const commandsOnAnOpenNegotiation: [string, () => NegotiationCommand][] = [
  fixtures.admitParty,
  fixtures.scheduleMeeting,
  fixtures.recordMeetingHeld,
  fixtures.cancelMeeting,
  fixtures.tableProposal,
  fixtures.reviseProposal,
  fixtures.withdrawProposal,
  fixtures.takePosition,
  fixtures.reachAgreement,
  fixtures.makeCommitment,
  fixtures.fulfilCommitment,
  fixtures.recordCommitmentMissed,
  fixtures.raiseDispute,
  fixtures.escalateDispute,
  fixtures.settleDispute,
  fixtures.issueRuling,
  fixtures.adoptResolution,
  fixtures.attachSource,
  fixtures.correctEntry,
].map((build) => [build().type, () => build()]);

describe('decide', () => {
  describe('when nothing was recorded yet', () => {
    it.each(commandsOnAnOpenNegotiation)('refuses %s: the negotiation has not been opened', (_, command) =>
      spec.given([]).when(command()).thenThrows(NotFound, 'negotiationId'),
    );

    it('ignores events before the opening, as if nothing had been recorded', () =>
      spec.given([proposalTabled()]).when(openNegotiation()).then([negotiationOpened()]));
  });

  describe('when the negotiation is open', () => {
    it('refuses a command for another negotiation', () =>
      spec
        .given(atTheTable())
        .when(tableProposal({ negotiationId: 'jeugdzorg-voorjaarsnota-2026' }))
        .thenThrows(InvalidInput, 'negotiationId'));

    it('refuses to open another negotiation in the same stream', () =>
      spec
        .given(atTheTable())
        .when(openNegotiation({ negotiationId: 'jeugdzorg-voorjaarsnota-2026' }))
        .thenThrows(InvalidInput, 'negotiationId'));
  });

  describe('when the command carries its valid time', () => {
    it('accepts a step recorded on the day it happened', () =>
      spec
        .given(withTheCabinetsOffer().slice(0, 4))
        .when(tableProposal({}, at('2025-04-16', '2025-04-16T00:00:00.000Z')))
        .then([proposalTabled()]));

    it('accepts a step recorded years after it happened', () =>
      spec
        .given(withTheCabinetsOffer().slice(0, 4))
        .when(tableProposal({}, at('2025-04-16', '2027-01-05T09:00:00.000Z')))
        .then([proposalTabled()]));

    it('refuses a step dated on a day that has begun nowhere on Earth at the moment it is recorded', () =>
      spec
        .given(atTheTable())
        .when(tableProposal({}, at('2025-04-17', '2025-04-16T09:59:59.000Z')))
        .thenThrows(InvalidInput, 'occurredOn'));

    it('accepts a step of 16 April recorded at 00:30 in Amsterdam, when it is still 15 April in UTC', () =>
      spec
        .given(withTheCabinetsOffer().slice(0, 4))
        .when(tableProposal({}, at('2025-04-16', '2025-04-15T22:30:00.000Z')))
        .then([proposalTabled()]));

    it.each([
      ['a date without leading zeros', '2025-4-16'],
      ['a day that does not exist', '2025-02-29'],
      ['a month that does not exist', '2025-13-01'],
      ['a date with a time', '2025-04-16T10:00:00Z'],
    ])('refuses %s as occurredOn', (_, occurredOn) =>
      spec
        .given(atTheTable())
        .when(tableProposal({}, at(occurredOn, '2025-09-01T09:00:00.000Z')))
        .thenThrows(InvalidInput, 'occurredOn'),
    );
  });

  describe('when the clock is malformed', () => {
    it.each([
      ['a date without a time', '2025-04-16'],
      ['a time without an offset', '2025-04-16T18:00:00'],
      ['a day that does not exist', '2025-02-30T18:00:00.000Z'],
      ['a word', 'yesterday'],
    ])('refuses %s as now', (_, now) =>
      spec
        .given(atTheTable())
        .when(tableProposal({}, at('2025-04-16', now)))
        .thenThrows(InvalidInput, 'now'),
    );

    it('accepts an instant with an offset', () =>
      spec
        .given(withTheCabinetsOffer().slice(0, 4))
        .when(tableProposal({}, at('2025-04-16', '2025-04-16T20:00+02:00')))
        .then([proposalTabled()]));
  });

  it('fails loudly on a command type it does not know', () => {
    const unknown = {
      type: 'ForgetEverything',
      data: { negotiationId: fixtures.NEGOTIATION_ID },
      metadata: fixtures.ON_16_APRIL,
    };
    expect(() => decide(unknown as unknown as NegotiationCommand, initialState())).toThrow('Unhandled case');
  });
});
