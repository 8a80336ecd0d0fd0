import { LEDENBRIEF_19_MAART } from '../testing/negotiation.fixtures';
import { NegotiationErrorCode } from './negotiation-error';
import { type Classification, type SourceRef, validateClassification, validateSource, validateSources } from './source';

const HASH = 'a3f1c0de'.repeat(8);
const withDocument = (change: object): SourceRef => ({
  ...LEDENBRIEF_19_MAART,
  document: { ...LEDENBRIEF_19_MAART.document, ...change },
});
const refusal = (field: string) => expect.objectContaining({ code: NegotiationErrorCode.InvalidInput, field });

describe('validateSource', () => {
  it('accepts the ledenbrief of 19 March 2025 with its kenmerk, page and content hash', () =>
    expect(() => validateSource(withDocument({ sha256: HASH }))).not.toThrow());

  it('accepts a source without page, paragraph, kenmerk or hash', () =>
    expect(() =>
      validateSource({
        document: { title: 'Afspraken Rijk – VNG Jeugdzorg', issuer: 'Rijk en VNG', date: '2025-04-18' },
        quote: 'Op 16 april jl.',
      }),
    ).not.toThrow());

  it.each<[string, SourceRef, string]>([
    ['a document without a title', withDocument({ title: ' ' }), 'document.title'],
    ['a document without an issuer', withDocument({ issuer: '' }), 'document.issuer'],
    ['a document dated 19 maart 2025', withDocument({ date: '19 maart 2025' }), 'document.date'],
    ['a hash in capitals', withDocument({ sha256: HASH.toUpperCase() }), 'document.sha256'],
    ['a hash of the wrong length', withDocument({ sha256: HASH.slice(1) }), 'document.sha256'],
    ['a citation without a quote', { ...LEDENBRIEF_19_MAART, quote: '' }, 'quote'],
    ['page 0', { ...LEDENBRIEF_19_MAART, page: 0 }, 'page'],
    ['page 1.5', { ...LEDENBRIEF_19_MAART, page: 1.5 }, 'page'],
    ['no document at all', { quote: 'niet of, maar hoe' } as SourceRef, 'document.title'],
  ])('refuses %s', (_, source, field) =>
    expect(() => validateSource(source, 'source')).toThrow(refusal(`source.${field}`)),
  );
});

describe('validateSources', () => {
  it('names the source in the list that is wrong', () =>
    expect(() => validateSources([LEDENBRIEF_19_MAART, { ...LEDENBRIEF_19_MAART, quote: '' }])).toThrow(
      refusal('sources[1].quote'),
    ));
});

describe('validateClassification', () => {
  it.each<Classification>([{ level: 'public' }, { level: 'parties' }, { level: 'internal', party: 'vng' }])(
    'accepts %o',
    (classification) => expect(() => validateClassification(classification)).not.toThrow(),
  );

  it('refuses a level it does not know', () =>
    expect(() => validateClassification({ level: 'vertrouwelijk' as never })).toThrow(refusal('classification.level')));

  it('refuses an internal entry that does not name its party', () =>
    expect(() => validateClassification({ level: 'internal' })).toThrow(refusal('classification.party')));
});
