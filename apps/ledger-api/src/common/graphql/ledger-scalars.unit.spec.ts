import { InstantScalar, LocalDateScalar } from './ledger-scalars';

describe('the day and moment scalars', () => {
  it('serve the days and moments the ledger recorded as they are', () => {
    expect(LocalDateScalar.serialize('2025-04-16')).toBe('2025-04-16');
    expect(InstantScalar.serialize('2025-04-16T20:00:00.000Z')).toBe('2025-04-16T20:00:00.000Z');
  });

  it('still write other moments in the ledger form, and refuse what is no day or moment', () => {
    expect(InstantScalar.serialize('2025-04-16T22:00:00+02:00')).toBe('2025-04-16T20:00:00.000Z');
    expect(InstantScalar.serialize(new Date('2025-04-16T20:00:00Z'))).toBe('2025-04-16T20:00:00.000Z');
    expect(() => LocalDateScalar.serialize('16 april 2025')).toThrow();
    expect(() => InstantScalar.serialize('gisteren')).toThrow();
  });

  it('keep the full check on input: a day that is not in the calendar is refused', () => {
    expect(() => LocalDateScalar.parseValue('2025-02-30')).toThrow('not a valid LocalDate');
    expect(LocalDateScalar.parseValue('2025-02-28')).toBe('2025-02-28');
  });
});
