import { dateCertaintyAsOf, entryPeriodOf } from './entry-date';
import { period } from './period';

describe('dateCertaintyAsOf: how sure an as-of answer is that an entry had happened', () => {
  const juni2021 = { occurredOn: '2021-06-01', occurredAsSaid: period('juni 2021', 'month', '2021-06') };

  it.each([
    ['on the day it counts from', '2021-06-01', 'possible'],
    ['inside the month the document gave', '2021-06-15', 'possible'],
    ['on the last day of that month', '2021-06-30', 'certain'],
    ['after that month', '2021-07-01', 'certain'],
  ])('given an entry of "juni 2021", as of a day %s, it is %s', (_, asOf, certainty) =>
    expect(dateCertaintyAsOf(juni2021, asOf)).toBe(certainty),
  );

  it('given an entry the document dated to the day, it is certain from that day', () =>
    expect(dateCertaintyAsOf({ occurredOn: '2025-04-16' }, '2025-04-16')).toBe('certain'));

  it('reads an entry without a date as said as the day it counts from', () =>
    expect(entryPeriodOf({ occurredOn: '2025-04-16', occurredAsSaid: null })).toEqual({
      asSaid: '2025-04-16',
      precision: 'day',
      start: '2025-04-16',
      end: '2025-04-16',
    }));
});
