import { NegotiationErrorCode, quoteFinder, type NegotiationCommand, type SourceRef } from '@ledger/domain';
import type { CommandEnvelope } from '../command-envelope';
import { locateQuotes } from './locate-sources';
import type { DocumentLookup } from './source-documents';

const STORED = 'a'.repeat(64);
const NOT_STORED = 'b'.repeat(64);
const TEXT = 'Op 16 april jl. is op hoofdlijnen\novereenstemming bereikt.';
const documents: DocumentLookup = {
  finderOf: async (sha256) => (sha256 === STORED ? quoteFinder(TEXT) : null),
};
const citing = (quote: string, sha256?: string): SourceRef => ({
  document: { title: 'Afspraken Rijk – VNG Jeugdzorg', issuer: 'Rijk en VNG', date: '2025-04-18', sha256 },
  quote,
});
const attach = (source: SourceRef): NegotiationCommand => ({
  type: 'AttachSource',
  data: { negotiationId: 'vjn2025', entityId: 'vjn2025-agreement', source },
  metadata: { now: '2025-05-01T10:00:00.000Z', occurredOn: '2025-04-18', recordedBy: 'griffier' },
});
const envelopeWith = (...sources: SourceRef[]): CommandEnvelope => ({
  commandId: 'c-1',
  sources,
  classification: { level: 'public' },
});

describe('locateQuotes', () => {
  it('adds to each source where its quote stands in its stored document', async () => {
    const { envelope, command } = await locateQuotes(
      attach(citing('op hoofdlijnen overeenstemming', STORED)),
      envelopeWith(citing('Op 16 april jl.', STORED)),
      documents,
    );
    expect(envelope.sources[0].location).toEqual({ start: 0, end: 15, exact: true });
    expect(command.data).toMatchObject({ source: { location: { start: 19, end: 49, exact: false } } });
  });

  it('keeps a source whose document is not stored, or that names no hash, as given', async () => {
    const sources = [citing('Wat er ook staat', NOT_STORED), citing('Wat er ook staat')];
    const { envelope } = await locateQuotes(attach(sources[0]), envelopeWith(...sources), documents);
    expect(envelope.sources).toEqual(sources);
  });

  it.each([
    [
      'a cited source',
      attach(citing('Op 16 april', STORED)),
      envelopeWith(citing('Op 17 april', STORED)),
      'sources[0].quote',
    ],
    ['an attached source', attach(citing('Op 17 april', STORED)), envelopeWith(), 'source.quote'],
  ])('refuses %s whose quote its document does not hold, naming the field', async (_, command, envelope, field) => {
    await expect(locateQuotes(command, envelope, documents)).rejects.toMatchObject({
      code: NegotiationErrorCode.InvalidInput,
      field,
    });
  });
});
