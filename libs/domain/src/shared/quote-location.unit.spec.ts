import { quoteFinder } from './quote-location';

const LEDENBRIEF =
  'In het Overhedenoverleg is de afspraak om \nrecht te doen \n\naan de commissie- Van Ark (‘niet of , maar hoe’) opnieuw bekrachtigd.';

describe('quoteFinder', () => {
  const find = quoteFinder(LEDENBRIEF);

  it('locates a quote that is the text exactly, by its character range', () => {
    const location = find('recht te doen');
    expect(location).toEqual({ start: 43, end: 56, exact: true });
    expect(LEDENBRIEF.slice(location!.start, location!.end)).toBe('recht te doen');
  });

  it('locates a quote that differs only in whitespace, from its first to its last character, as not exact', () => {
    const quote = 'de afspraak om recht te doen aan de commissie-Van Ark (‘niet of, maar hoe’) opnieuw bekrachtigd.';
    const location = find(quote);
    expect(location).toMatchObject({ exact: false, end: LEDENBRIEF.length });
    expect(LEDENBRIEF.slice(location!.start, location!.start + 11)).toBe('de afspraak');
  });

  it.each([
    [
      'a word the document does not have',
      'de afspraak om recht te doen aan de commissie-Van Ark (‘niet of, maar hoe’) stellig bekrachtigd.',
    ],
    ['other punctuation', 'niet of; maar hoe'],
    ['other capitals', 'In Het Overhedenoverleg'],
    ['only whitespace', ' \n '],
  ])('finds no quote with %s', (_, quote) => expect(find(quote)).toBeNull());

  it('gives the page where the text marks pages with form feeds', () => {
    const pages = quoteFinder('Agenda\fTerugblik proces\fUitkomsten en afspraken');
    expect(pages('Uitkomsten')).toEqual({ start: 24, end: 34, page: 3, exact: true });
    expect(pages('Agenda')).toMatchObject({ page: 1 });
  });

  it('gives no page for a text without page marks', () => expect(find('aan de')).not.toHaveProperty('page'));
});
