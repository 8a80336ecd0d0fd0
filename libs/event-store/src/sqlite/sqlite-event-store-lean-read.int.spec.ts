import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canReadAllLean } from '../event-store.port';
import { cutDown, newEvents } from '../testing';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore lean reads of the global log', () => {
  let directory: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ledger-lean-'));
    store = SqliteEventStore.open({ filename: join(directory, 'events.sqlite') });
    await store.append('negotiation-a', 'no_stream', newEvents('cmd-a', 3));
    await store.append('negotiation-b', 'no_stream', [
      {
        type: 'EntryCorrected',
        schemaVersion: 1,
        data: {
          negotiationId: 'b',
          patch: { title: 'Financiële kaders € 424 miljoen' },
          occurredOn: null,
          proposalIds: ['p-1'],
        },
        metadata: { ...newEvents('cmd-b')[0].metadata, occurredOn: '2025-05-20' },
      },
    ]);
    await store.append('negotiation-a', 2, newEvents('cmd-a2', 2));
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('offers the capability', () => {
    expect(canReadAllLean(store)).toBe(true);
  });

  it('gives every event of the log in order, each cut down to its lean part', async () => {
    const full = await store.readAll();
    expect(await store.readAllLean()).toEqual(full.map(cutDown));
  });

  it('keeps nested data, nulls and non-ASCII text as written', async () => {
    const [corrected] = await store.readAllLean({ after: 3, limit: 1 });
    expect(corrected.data).toEqual({
      negotiationId: 'b',
      patch: { title: 'Financiële kaders € 424 miljoen' },
      occurredOn: null,
      proposalIds: ['p-1'],
    });
    expect(corrected.metadata).toEqual({ occurredOn: '2025-05-20', classification: { level: 'parties' } });
  });

  it('gives occurredOn as written whatever its place and shape in the metadata', async () => {
    // The read takes a first-key, 10-character occurredOn straight from the metadata text; each of these
    // must come out as a JSON parse of the metadata gives it.
    const [{ metadata }] = newEvents('cmd-shapes');
    const { occurredOn: _first, ...withoutOccurredOn } = metadata;
    const metadatas = [
      { ...withoutOccurredOn, occurredOn: '2025-05-21' },
      { ...metadata, occurredOn: '20250521' },
      // Each of the next three is written as exactly 10 characters of JSON text, one of them an escape.
      { ...metadata, occurredOn: '2025"05-2' },
      { ...metadata, occurredOn: '2025\\05-2' },
      { ...metadata, occurredOn: '2025\u0001' },
      { ...metadata, occurredOn: 'één-tweeë€' },
      { ...metadata, occurredOn: '2025-05-21T10:00:00Z' },
      { ...metadata, occurredOn: '' },
    ];
    await store.append(
      'negotiation-c',
      'no_stream',
      metadatas.map((shape) => ({
        type: 'NegotiationOpened',
        schemaVersion: 1,
        data: { negotiationId: 'c' },
        metadata: shape,
      })),
    );
    const lean = await store.readAllLean({ after: 6 });
    expect(lean.map((event) => event.metadata.occurredOn)).toEqual(metadatas.map((shape) => shape.occurredOn));
    expect(lean).toEqual((await store.readAll({ after: 6 })).map(cutDown));
  });

  it('gives classification as written whatever its place and level in the metadata', async () => {
    // Public and parties at the end of the metadata text are read without parsing; each must come out as a
    // JSON parse of the metadata gives it, as must every other shape.
    const [{ metadata }] = newEvents('cmd-classification');
    const { classification: _last, ...withoutClassification } = metadata;
    const classifications = [
      { level: 'public' },
      { level: 'parties' },
      { level: 'internal', party: 'rijk' },
      { level: 'internal', party: 'vng' },
    ] as const;
    const metadatas = [
      ...classifications.map((classification) => ({ ...metadata, classification })),
      { classification: { level: 'public' as const }, ...withoutClassification },
      { ...withoutClassification, classification: { level: 'parties' as const }, recordedBy: 'x","classification"' },
    ];
    await store.append(
      'negotiation-d',
      'no_stream',
      metadatas.map((shape) => ({
        type: 'NegotiationOpened',
        schemaVersion: 1,
        data: { negotiationId: 'd' },
        metadata: shape,
      })),
    );
    const after = (await store.readAll()).length - metadatas.length;
    const lean = await store.readAllLean({ after });
    expect(lean.map((event) => event.metadata.classification)).toEqual(metadatas.map((shape) => shape.classification));
    expect(lean).toEqual((await store.readAll({ after })).map(cutDown));
  });

  it('honours after and limit as readAll does', async () => {
    const page = await store.readAllLean({ after: 2, limit: 2 });
    expect(page).toEqual((await store.readAll({ after: 2, limit: 2 })).map(cutDown));
    expect(page.map((event) => event.globalPosition)).toEqual([3, 4]);
  });
});
