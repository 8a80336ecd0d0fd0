import { dataFolderFiles, settledDataFolder, type DataFile } from '../security/support/data-folder';
import { DOCUMENTS, RealRecord, VJN2025 } from './support/real-record';

/**
 * The shipped record's source documents are stored in the ledger by their hash, and each quote is located
 * in its document: reached through the sources of the entries a caller may see, over GraphQL.
 */

type LocatedSource = {
  quote: string;
  location: { start: number; end: number; page: number | null; exact: boolean } | null;
  document: { sha256: string | null; stored: boolean; text: string | null; pdfSha256: string | null };
};
const LOCATED_SOURCE = 'quote location { start end page exact } document { sha256 stored text pdfSha256 }';
const AGREEMENTS = `query Agreements($negotiationId: ID!) { negotiation(negotiationId: $negotiationId) {
  agreements { agreementId sources { ${LOCATED_SOURCE} } } } }`;
const ATTACH = `mutation Attach($input: AttachSourceInput!) { attachSource(input: $input) { eventIds } }`;
const ENTRY = 'vjn2025-agreement-demping-ravijn-424-mln';
const RECORDER = { sub: 'griffier-vng', party: 'vng', role: 'recorder' } as const;

const squeezed = (text: string) => text.replace(/\s+/g, '');
const ledenbrief = (quote: string) => ({
  negotiationId: VJN2025,
  occurredOn: '2025-05-15',
  entityId: ENTRY,
  source: { document: { ...DOCUMENTS.ledenbrief }, quote },
});

describe('source documents stored in the ledger, with every quote located', () => {
  const record = new RealRecord();
  beforeAll(async () => {
    await record.start();
    record.ledger.clock.current = '2026-12-02T10:00:00.000Z';
  });
  afterAll(() => record.destroy());

  it('serves the text of each cited document, and the quote stands at its location in it', async () => {
    const { negotiation } = await record.ask<{ negotiation: { agreements: { sources: LocatedSource[] }[] } }>(
      AGREEMENTS,
      { negotiationId: VJN2025 },
    );
    const sources = negotiation.agreements.flatMap((agreement) => agreement.sources);
    expect(sources.length).toBeGreaterThan(20);
    for (const { quote, location, document } of sources) {
      expect(document).toMatchObject({ stored: true, pdfSha256: null });
      expect(squeezed(document.text!.slice(location!.start, location!.end))).toBe(squeezed(quote));
      if (location!.exact) expect(document.text!.slice(location!.start, location!.end)).toBe(quote);
    }
  });

  describe('attaching a source through GraphQL', () => {
    let filesBefore: DataFile[];

    it('refuses a quote its document does not hold, naming the field, and leaves the data folder as it was', async () => {
      filesBefore = await settledDataFolder(record.ledger.dataDir);
      const response = await record.ledger.graphql(
        ATTACH,
        { input: ledenbrief('De VNG stemt in met het bod van het kabinet.') },
        RECORDER,
      );
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringContaining(DOCUMENTS.ledenbrief.sha256),
        extensions: { code: 'BAD_USER_INPUT', field: 'source.quote' },
      });
      expect(dataFolderFiles(record.ledger.dataDir)).toEqual(filesBefore);
    });

    it('answers a caller who may not record with FORBIDDEN, before it looks in the document', async () => {
      const response = await record.ledger.graphql(
        ATTACH,
        { input: ledenbrief('De VNG stemt in met het bod van het kabinet.') },
        { sub: 'lezer-vng', party: 'vng', role: 'reader' },
      );
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('records a quote that differs from its document only in line breaks, located as not exact', async () => {
      const quote = 'In het Overhedenoverleg is de afspraak om recht te doen aan de uitkomsten';
      const attached = await record.ledger.graphql(ATTACH, { input: ledenbrief(quote) }, RECORDER);
      expect(attached.errors).toBeUndefined();
      const { negotiation } = await record.ask<{
        negotiation: { agreements: { agreementId: string; sources: LocatedSource[] }[] };
      }>(AGREEMENTS, { negotiationId: VJN2025 });
      const sources = negotiation.agreements.find((agreement) => agreement.agreementId === ENTRY)!.sources;
      const located = sources.find((source) => source.quote === quote)!;
      expect(located.location).toMatchObject({ exact: false, page: null });
      expect(squeezed(located.document.text!.slice(located.location!.start, located.location!.end))).toBe(
        squeezed(quote),
      );
    });
  });
});
