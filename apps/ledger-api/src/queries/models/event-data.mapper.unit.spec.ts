import { servedEventData } from './event-data.mapper';

const term = { asSaid: 'oplopend tot € 424 mln', amountCents: 42_400_000_000, fromYear: 2026, toYear: null };

describe('servedEventData', () => {
  it('serves every amount in cents as its decimal string, in terms and in a correction patch alike', () => {
    const data = {
      agreementId: 'ravijn',
      financialTerms: [term],
      patch: { financialTerms: [{ ...term, amountCents: 5 }] },
    };
    expect(servedEventData(data)).toEqual({
      agreementId: 'ravijn',
      financialTerms: [{ ...term, amountCents: '42400000000' }],
      patch: { financialTerms: [{ ...term, amountCents: '5' }] },
    });
  });

  it('serves a list of amounts under a Cents key as strings, and leaves other numbers as stored', () => {
    expect(servedEventData({ yearAmountsCents: [100, 250], revision: 3, fromYear: 2026 })).toEqual({
      yearAmountsCents: ['100', '250'],
      revision: 3,
      fromYear: 2026,
    });
  });

  it('never changes the stored data, which the hash covers', () => {
    const data = { financialTerms: [term] };
    const stored = JSON.stringify(data);
    servedEventData(data);
    expect(JSON.stringify(data)).toBe(stored);
  });

  it('hands back data without amounts as it is, without copying', () => {
    const data = { positionId: 'p-1', reasons: ['haalbaar'], nested: { count: 2 } };
    expect(servedEventData(data)).toBe(data);
  });
});
