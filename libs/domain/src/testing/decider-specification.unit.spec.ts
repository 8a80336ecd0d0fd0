import { NegotiationErrorCode } from '../shared/negotiation-error';
import { foldNegotiation } from '../negotiation/negotiation.decider';
import { negotiationSpec as spec, on, stored } from './decider-specification';
import { atTheTable, negotiationOpened, openNegotiation, partyJoined } from './negotiation.fixtures';

describe('negotiationSpec', () => {
  it('numbers given events e1, e2… and dates them 17 March 2025 unless told otherwise', () => {
    const events = stored([negotiationOpened(), on('2025-04-16', partyJoined())]);
    expect(events.map(({ eventId, occurredOn }) => ({ eventId, occurredOn }))).toEqual([
      { eventId: 'e1', occurredOn: '2025-03-17' },
      { eventId: 'e2', occurredOn: '2025-04-16' },
    ]);
  });

  it('folds given events into the state the command is decided on', () => {
    const state = foldNegotiation(stored(atTheTable()));
    expect(state.status === 'open' && [...state.parties.keys()]).toEqual(['rijk', 'vng']);
  });

  it('fails a then when other events follow', () => {
    expect(() => spec.given([]).when(openNegotiation()).then([])).toThrow();
  });

  it('fails a then when the command is refused, with the refusal', () => {
    expect(() => spec.given([negotiationOpened()]).when(openNegotiation()).then([])).toThrow('already open');
  });

  it('fails a thenThrows when the command succeeds', () => {
    expect(() => spec.given([]).when(openNegotiation()).thenThrows(NegotiationErrorCode.InvalidInput, 'title')).toThrow(
      'expected a refusal',
    );
  });

  it('fails a thenThrows when the code or the field differs', () => {
    const when = spec.given([negotiationOpened()]).when(openNegotiation());
    expect(() => when.thenThrows(NegotiationErrorCode.InvalidInput, 'negotiationId')).toThrow();
    expect(() => when.thenThrows(NegotiationErrorCode.AlreadyExists, 'title')).toThrow();
  });
});
