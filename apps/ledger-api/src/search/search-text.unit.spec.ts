import { ftsQueryOf, searchableText } from './search-text';
import type { RecordedEvent } from '@ledger/event-store';

const event = (data: Record<string, unknown>, quotes: string[] = []) =>
  ({
    data,
    metadata: { sources: quotes.map((quote) => ({ quote, document: { title: 'Afspraken Rijk – VNG Jeugdzorg' } })) },
  }) as unknown as RecordedEvent;

describe('searchableText', () => {
  it('takes the prose of an entry and its sources, and leaves out ids, codes and sealed personal data', () => {
    const text = searchableText(
      event(
        {
          negotiationId: 'vjn2025',
          agreementId: 'vjn2025-agreement-x',
          title: 'Demping ravijn',
          terms: 'oplopend tot € 424 miljoen',
          reasons: ['Structureel geld'],
          financialTerms: [{ asSaid: '€ 424 mln', kind: 'funding', amountCents: '42400000000' }],
          delegation: ['pd:v1:person-1:0123456789abcdef0123456789abcdef:AAAA'],
        },
        ['vanaf 2026 met structureel geld'],
      ),
    );
    expect(text.split('\n')).toEqual([
      'Demping ravijn',
      'oplopend tot € 424 miljoen',
      'Structureel geld',
      '€ 424 mln',
      'Afspraken Rijk – VNG Jeugdzorg',
      'vanaf 2026 met structureel geld',
    ]);
  });
});

describe('ftsQueryOf', () => {
  it('makes every word a quoted prefix, so operators and quotes in the input are plain text', () => {
    expect(ftsQueryOf('compens "OR" gemeent*')).toBe('"compens"* "OR"* "gemeent"*');
  });

  it('gives null when nothing searchable is left', () => {
    expect(ftsQueryOf(' * " - ')).toBeNull();
  });
});
