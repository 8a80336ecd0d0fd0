import { stored } from '../testing/decider-specification';
import * as fixtures from '../testing/negotiation.fixtures';
import {
  agreementReached,
  AFSPRAKEN_16_APRIL,
  atTheTable,
  BOD_KABINET,
  commitmentMade,
  entryCorrected,
  meetingHeld,
  negotiationOpened,
  OVERHEDENOVERLEG_16_APRIL,
  proposalTabled,
  proposalWithdrawn,
  TOEZEGGING_AUGUSTUS,
  withTheCabinetsOffer,
} from '../testing/negotiation.fixtures';
import type { EffectiveEvent } from './effective-history';
import { foldNegotiation } from './negotiation.decider';
import type { NegotiationEvent } from './negotiation.events';
import { evolve } from './negotiation.evolve';
import { initialState, type NegotiationState, type OpenNegotiationState } from './negotiation.state';

const opened = (events: NegotiationEvent[]): OpenNegotiationState => {
  const state = foldNegotiation(stored(events));
  if (state.status !== 'open') throw new Error('expected an open negotiation');
  return state;
};
const asEffective = (event: NegotiationEvent, eventId = 'e99', retracted = false): EffectiveEvent => ({
  ...event,
  eventId,
  occurredOn: '2025-04-16',
  retracted,
  corrected: retracted,
});

/** One event of every type, each built from the fixtures. */
const everyEvent: NegotiationEvent[] = [
  fixtures.negotiationOpened(),
  fixtures.partyJoined(),
  fixtures.meetingScheduled(),
  fixtures.meetingHeld(),
  fixtures.meetingCancelled(),
  fixtures.proposalTabled(),
  fixtures.proposalRevised(),
  fixtures.proposalWithdrawn(),
  fixtures.positionTaken(),
  fixtures.agreementReached(),
  fixtures.agreementSuperseded(),
  fixtures.commitmentMade(),
  fixtures.commitmentFulfilled(),
  fixtures.commitmentMissed(),
  fixtures.disputeRaised(),
  fixtures.disputeEscalated(),
  fixtures.disputeSettled(),
  fixtures.rulingIssued(),
  fixtures.resolutionAdopted(),
  fixtures.sourceAttached(),
  fixtures.entryCorrected(),
];

describe('evolve', () => {
  describe('when nothing was recorded yet', () => {
    it.each(
      everyEvent.filter((event) => event.type !== 'NegotiationOpened').map((event) => [event.type, event] as const),
    )('ignores %s before the opening', (_, event) =>
      expect(evolve(initialState(), asEffective(event))).toEqual(initialState()),
    );

    it('ignores a retracted opening', () =>
      expect(evolve(initialState(), asEffective(negotiationOpened(), 'e1', true))).toEqual(initialState()));

    it('opens the negotiation, with the opening as its first entry', () => {
      const state = evolve(initialState(), asEffective(negotiationOpened(), 'e1'));
      expect(state.status === 'open' && [state.negotiationId, [...state.entries.keys()]]).toEqual([
        fixtures.NEGOTIATION_ID,
        ['e1'],
      ]);
    });
  });

  describe('when the negotiation is open', () => {
    it.each(everyEvent.map((event) => [event.type, event] as const))(
      'folds %s without throwing, into any state',
      (_, event) => {
        const states: NegotiationState[] = [
          initialState(),
          opened([negotiationOpened()]),
          opened(withTheCabinetsOffer()),
        ];
        states.forEach((state) => expect(() => evolve(state, asEffective(event))).not.toThrow());
      },
    );

    it('ignores a step on an entity it does not know, but registers the entry', () => {
      const state = evolve(opened(atTheTable()), asEffective(meetingHeld()));
      expect([
        state.status === 'open' && state.meetings.size,
        state.status === 'open' && state.entries.has('e99'),
      ]).toEqual([0, true]);
    });

    it('registers a retracted entry without applying it', () => {
      const state = evolve(opened(withTheCabinetsOffer()), asEffective(proposalWithdrawn(), 'e6', true));
      expect(
        state.status === 'open' && [state.proposals.get(BOD_KABINET)?.status, state.entries.get('e6')?.retracted],
      ).toEqual(['tabled', true]);
    });

    it('marks the proposals of an agreement as agreed', () =>
      expect(opened([...withTheCabinetsOffer(), agreementReached()]).proposals.get(BOD_KABINET)).toEqual({
        status: 'tabled',
        partyId: 'rijk',
        agreed: true,
      }));

    it('remembers when a commitment was made and when it is due', () => {
      const state = opened([...withTheCabinetsOffer(), agreementReached(), commitmentMade()]);
      expect(state.commitments.get(TOEZEGGING_AUGUSTUS)).toEqual({
        status: 'open',
        due: fixtures.UITERLIJK_AUGUSTUS,
        madeOn: '2025-03-17',
      });
    });

    it('records a meeting held and an agreement in force', () => {
      const state = opened([...withTheCabinetsOffer(), meetingHeld(), agreementReached()]);
      expect([state.meetings.get(OVERHEDENOVERLEG_16_APRIL), state.agreements.get(AFSPRAKEN_16_APRIL)]).toEqual([
        { status: 'held' },
        { status: 'in-force' },
      ]);
    });

    it('ignores a second opening', () => {
      const state = opened([...atTheTable(), negotiationOpened({ negotiationId: 'elders', title: 'Elders' })]);
      expect([state.negotiationId, state.parties.size]).toEqual([fixtures.NEGOTIATION_ID, 2]);
    });
  });

  describe('when read through corrections', () => {
    it('puts a withdrawn proposal back on the table when the withdrawal is retracted', () => {
      const events = [
        ...withTheCabinetsOffer(),
        proposalWithdrawn(),
        entryCorrected({ correctedEventId: 'e6', entityId: BOD_KABINET, retracted: true }),
      ];
      expect(opened(events).proposals.get(BOD_KABINET)?.status).toBe('tabled');
    });

    it('leaves out a party whose admission was retracted', () => {
      const events = [...atTheTable(), entryCorrected({ correctedEventId: 'e3', entityId: 'vng', retracted: true })];
      expect([...opened(events).parties.keys()]).toEqual(['rijk']);
    });

    it('ignores a proposal recorded before the opening, even once the negotiation is open', () =>
      expect(opened([proposalTabled(), ...atTheTable()]).proposals.size).toBe(0));
  });
});
