import { TEST_EVENT_IDS } from '@ledger/event-store/testing';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryEventStore, type RecordedEvent } from '@ledger/event-store';
import type { SourceRef } from '@ledger/domain';
import { DatasetImportError } from '../import/dataset-import.error';
import { importDataset } from '../import/dataset.importer';
import { documentsBeside, readDocumentFolder } from './document-folder';
import { sha256Of, SourceDocuments, sourceDocumentStreamId } from './source-documents';

const DATASET_PATH = join(__dirname, '../../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');
const LEDENBRIEF = 'f9736579e3d479f72ba30c0e8b365fa8f43cc947f91503c45af60daf9d9fa4df';
const options = { now: '2025-09-01T09:00:00.000Z', recordedBy: 'dataset-import', eventIds: TEST_EVENT_IDS };

/** Every citation the store holds: in the envelopes, and the attached sources in the data. */
const citationsIn = (events: readonly RecordedEvent[]): SourceRef[] =>
  events.flatMap((event) => [
    ...(event.metadata.sources ?? []),
    ...(event.type === 'SourceAttached' ? [event.data.source as SourceRef] : []),
  ]);

/** The quotes a fresh import records: every line's sources and attached source, but for Retract lines, which write nothing. */
const quotesOf = (dataset: string): number =>
  dataset
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { type: string; sources: unknown[] })
    .filter((line) => line.type !== 'Retract')
    .reduce((sum, line) => sum + line.sources.length + (line.type === 'AttachSource' ? 1 : 0), 0);

describe('a dataset shipped with its source documents', () => {
  let dataset: string;
  let store: InMemoryEventStore;
  beforeAll(async () => (dataset = await readFile(DATASET_PATH, 'utf8')));
  beforeEach(() => (store = new InMemoryEventStore()));
  const documents = () => documentsBeside(DATASET_PATH);

  it('stores the five documents by their hash and locates every quote of the shipped record in its document', async () => {
    const summary = await importDataset(store, dataset, { ...options, documents: await documents() });
    expect(summary.documents).toBe(5);
    const stored = new SourceDocuments(store);
    const citations = citationsIn(await store.readAll());
    expect(citations).toHaveLength(quotesOf(dataset));
    for (const citation of citations) {
      const content = await stored.contentOf(citation.document.sha256!);
      expect(citation.location).toBeDefined();
      const { start, end } = citation.location!;
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      expect(squeeze(content!.text.slice(start, end))).toBe(squeeze(citation.quote));
    }
  });

  it('marks the quotes that differ from their document only in whitespace as not exact', async () => {
    await importDataset(store, dataset, { ...options, documents: await documents() });
    const citations = citationsIn(await store.readAll());
    const inexact = citations.filter((citation) => !citation.location!.exact);
    expect(inexact.length).toBeGreaterThan(0);
    expect(inexact.length).toBeLessThan(citations.length);
  });

  it('stores nothing and appends nothing when imported again', async () => {
    await importDataset(store, dataset, { ...options, documents: await documents() });
    const head = await store.headPosition();
    const again = await importDataset(store, dataset, { ...options, documents: await documents() });
    expect(again).toMatchObject({ appended: 0, documents: 0 });
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses a line whose quote is not in its document, naming the line and the field, and writes nothing', async () => {
    const lines = dataset.split('\n');
    const at = lines.findIndex((line) => line.includes(LEDENBRIEF));
    lines[at] = lines[at].replace(/"quote":"[^"]*"/, '"quote":"De VNG heeft ingestemd met de compensatie."');
    const error = await importDataset(store, lines.join('\n'), { ...options, documents: await documents() }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DatasetImportError);
    expect((error as Error).message).toMatch(new RegExp(`^line ${at + 1}: sources\\[0\\]\\.quote: .*${LEDENBRIEF}`));
    expect(await store.headPosition()).toBe(0);
    expect(await store.readStream(sourceDocumentStreamId(LEDENBRIEF))).toEqual([]);
  });

  it('refuses an attached source whose quote is not in its document, naming data.source.quote', async () => {
    const lines = dataset.split('\n');
    const at = lines.findIndex((line) => line.includes('"type":"AttachSource"'));
    lines[at] = lines[at].replace(/("source":\{.*?"quote":)"[^"]*"/, '$1"Niets van dit alles."');
    const error = await importDataset(store, lines.join('\n'), { ...options, documents: await documents() }).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as Error).message).toMatch(new RegExp(`^line ${at + 1}: data\\.source\\.quote: `));
    expect(await store.headPosition()).toBe(0);
  });
});

describe('readDocumentFolder', () => {
  let folder: string;
  beforeEach(async () => (folder = await mkdtemp(join(tmpdir(), 'documents-'))));
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('refuses a file whose name is not the hash of its bytes', async () => {
    await writeFile(join(folder, `${LEDENBRIEF}.txt`), 'Een ander document.');
    await expect(readDocumentFolder(folder)).rejects.toThrow(/its SHA-256 is [0-9a-f]{64}, not the one its name gives/);
  });

  it('reads a document with its PDF, by the text hash', async () => {
    const text = 'Een document.';
    const sha256 = sha256Of(text);
    await writeFile(join(folder, `${sha256}.txt`), text);
    await writeFile(join(folder, `${sha256}.pdf`), '%PDF-1.7 ...');
    const read = await readDocumentFolder(folder);
    expect(read.get(sha256)).toMatchObject({ text, pdf: { base64: Buffer.from('%PDF-1.7 ...').toString('base64') } });
  });

  it('refuses a PDF that is not one', async () => {
    const text = 'Een document.';
    const sha256 = sha256Of(text);
    await writeFile(join(folder, `${sha256}.txt`), text);
    await writeFile(join(folder, `${sha256}.pdf`), 'geen pdf');
    await expect(readDocumentFolder(folder)).rejects.toThrow(/does not start as a PDF file does/);
  });
});
