import type { NegotiationError } from './negotiation-error';
import { assertCleanInput } from './input-hygiene';

describe('assertCleanInput', () => {
  const refusal = (field: string) => expect.objectContaining({ field }) as NegotiationError;

  it('lets Dutch text with euro signs, quotes, dashes, newlines and whole surrogate pairs through', () => {
    expect(() =>
      assertCleanInput({
        title: 'Bod kabinet – “oplopend tot € 424 mln” \uD83D\uDE00\nregel 2',
        negotiationId: 'vjn2025-financiering',
      }),
    ).not.toThrow();
  });

  it.each([
    [{ title: 'ALV\u0000' }, 'title'],
    [{ sources: [{ quote: 'rood\u001b[31m' }] }, 'sources[0].quote'],
    [{ reasons: ['abc\u202Eevil'] }, 'reasons[0]'],
    [{ title: 'links\u200Erechts' }, 'title'],
    [{ title: 'rechts\u200Flinks' }, 'title'],
    [{ summary: 'arabisch\u061Cteken' }, 'summary'],
    [{ note: 'half \uD83D paar' }, 'note'],
    [{ note: 'half \uDE00 paar' }, 'note'],
  ])('refuses hidden characters in %j', (input, field) =>
    expect(() => assertCleanInput(input)).toThrow(refusal(field)),
  );

  it.each([
    [{ negotiationId: 'vng\u0456ntern' }, 'negotiationId'],
    [{ parties: ['rijk', "x'; DROP TABLE events;--"] }, 'parties[1]'],
    [{ partyId: '<script>alert(1)</script>' }, 'partyId'],
    [{ classification: { party: 'vng ' } }, 'classification.party'],
  ])('refuses identifiers that are not plain ASCII: %j', (input, field) =>
    expect(() => assertCleanInput(input)).toThrow(refusal(field)),
  );

  it('refuses a day before 1900', () => {
    expect(() => assertCleanInput({ occurredOn: '0001-01-01' })).toThrow(refusal('occurredOn'));
  });
});
