import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { period } from '../../shared/period';
import { negotiationSpec as spec, on } from '../../testing/decider-specification';
import {
  at,
  atTheTable,
  correctEntry,
  entryCorrected,
  issueRuling,
  rulingIssued,
  UITSPRAAK_CVW,
} from '../../testing/negotiation.fixtures';

const { InvalidInput } = NegotiationErrorCode;
const JUNI_2021 = period('juni 2021', 'month', '2021-06');
const RECORDED_IN_2025 = '2025-03-17T17:00:00.000Z';
const dated = (occurredOn: string, occurredAsSaid: ReturnType<typeof period>) => ({
  ...at(occurredOn, RECORDED_IN_2025),
  occurredAsSaid,
});

describe('An entry dated as the document said it', () => {
  describe('when the document gives a month ("juni 2021")', () => {
    it('records the step, counted from a day inside that month', () =>
      spec
        .given(atTheTable())
        .when(issueRuling({}, dated('2021-06-01', JUNI_2021)))
        .then([rulingIssued()]));

    it('refuses a day outside the month, naming occurredOn', () =>
      spec
        .given(atTheTable())
        .when(issueRuling({}, dated('2021-07-01', JUNI_2021)))
        .thenThrows(InvalidInput, 'occurredOn'));
  });

  it.each([
    ['an open-ended date ("vanaf 2021")', period('vanaf 2021', 'open-ended', '2021-01-01'), 'occurredAsSaid.precision'],
    ['a date without its words', { ...JUNI_2021, asSaid: ' ' }, 'occurredAsSaid.asSaid'],
    ['a month that does not span the month', { ...JUNI_2021, end: '2021-06-15' }, 'occurredAsSaid'],
  ])('refuses %s', (_, occurredAsSaid, field) =>
    spec
      .given(atTheTable())
      .when(issueRuling({}, dated('2021-06-01', occurredAsSaid)))
      .thenThrows(InvalidInput, field),
  );

  describe('when an entry was recorded on a day and the document gave a month', () => {
    const given = () => [...atTheTable(), on('2021-06-01', rulingIssued())];
    const RULING = 'e4';

    it('a correction sets the date as said, keeping the day', () =>
      spec
        .given(given())
        .when(correctEntry({ correctedEventId: RULING, occurredAsSaid: JUNI_2021 }))
        .then([entryCorrected({ correctedEventId: RULING, entityId: UITSPRAAK_CVW, occurredAsSaid: JUNI_2021 })]));

    it('refuses a date as said that does not hold the recorded day, naming occurredAsSaid', () =>
      spec
        .given(given())
        .when(correctEntry({ correctedEventId: RULING, occurredAsSaid: period('mei 2021', 'month', '2021-05') }))
        .thenThrows(InvalidInput, 'occurredAsSaid'));

    it('moves day and date as said together', () =>
      spec
        .given(given())
        .when(
          correctEntry({
            correctedEventId: RULING,
            occurredOn: '2021-05-01',
            occurredAsSaid: period('mei 2021', 'month', '2021-05'),
          }),
        )
        .then([
          entryCorrected({
            correctedEventId: RULING,
            entityId: UITSPRAAK_CVW,
            occurredOn: '2021-05-01',
            occurredAsSaid: period('mei 2021', 'month', '2021-05'),
          }),
        ]));

    it('refuses a retraction that carries a date as said', () =>
      spec
        .given(given())
        .when(correctEntry({ correctedEventId: RULING, retracted: true, occurredAsSaid: JUNI_2021 }))
        .thenThrows(InvalidInput, 'retracted'));
  });

  describe('when the entry was recorded with the month it was said in', () => {
    const given = () => [...atTheTable(), on('2021-06-01', rulingIssued(), JUNI_2021)];

    it('refuses to move its day out of that month, naming occurredOn', () =>
      spec
        .given(given())
        .when(correctEntry({ correctedEventId: 'e4', occurredOn: '2021-07-01' }))
        .thenThrows(InvalidInput, 'occurredOn'));

    it('moves its day within that month', () =>
      spec
        .given(given())
        .when(correctEntry({ correctedEventId: 'e4', occurredOn: '2021-06-30' }))
        .then([entryCorrected({ correctedEventId: 'e4', entityId: UITSPRAAK_CVW, occurredOn: '2021-06-30' })]));
  });
});
