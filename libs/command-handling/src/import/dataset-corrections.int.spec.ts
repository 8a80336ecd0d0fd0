import { TEST_EVENT_IDS } from '@ledger/event-store/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { negotiationStreamId } from '@ledger/domain';
import { InMemoryEventStore, type RecordedEvent } from '@ledger/event-store';
import { DatasetImportError } from './dataset-import.error';
import { importDataset } from './dataset.importer';

const DATASET = readFileSync(join(__dirname, '../../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl'), 'utf8');
const LINES = DATASET.split('\n');
const VOORJAARSNOTA = negotiationStreamId('vjn2025-financiering-jeugdzorg');
const earlier = { now: '2025-09-01T09:00:00.000Z', recordedBy: 'dataset-import', eventIds: TEST_EVENT_IDS };
const later = { now: '2026-12-01T09:00:00.000Z', recordedBy: 'dataset-import', eventIds: TEST_EVENT_IDS };

const RAVIJN = 'vjn2025-agreement-demping-ravijn-424-mln/reach-agreement';
const lineIndexOf = (commandId: string) => LINES.findIndex((line) => line.includes(`"commandId":"${commandId}"`));

/** The dataset with one line changed, as an earlier (or later) version of it would have it. */
function withLine(commandId: string, change: (line: Record<string, unknown>) => void): string {
  const index = lineIndexOf(commandId);
  const line = JSON.parse(LINES[index]) as Record<string, unknown>;
  change(line);
  return LINES.map((text, at) => (at === index ? JSON.stringify(line) : text)).join('\n');
}

const termsOf = (line: Record<string, unknown>) => line.data as Record<string, unknown>;
const corrections = (events: readonly RecordedEvent[]) => events.filter((event) => event.type === 'EntryCorrected');

describe('importing a dataset into a ledger that holds an earlier version of it', () => {
  let store: InMemoryEventStore;

  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  describe('when a line now says something else than was recorded under its commandId', () => {
    const EARLIER = withLine(RAVIJN, (line) => {
      termsOf(line).terms = 'Demping ravijn, zoals eerder vastgelegd';
      line.occurredOn = '2025-04-15';
    });
    const NOW = withLine(RAVIJN, (line) => {
      line.correction = 'Vastgelegd zoals het afsprakendocument het zegt.';
    });

    beforeEach(() => importDataset(store, EARLIER, earlier));

    it("appends one correction of the recorded entry, with the line's reason and sources, on the day of the import", async () => {
      expect(await importDataset(store, NOW, later)).toMatchObject({ appended: 0, corrections: 1 });
      const events = await store.readStream(VOORJAARSNOTA);
      const reached = events.find((event) => event.metadata.commandId === RAVIJN)!;
      const [correction] = corrections(events);
      expect(correction.data).toMatchObject({
        correctedEventId: reached.eventId,
        reason: 'Vastgelegd zoals het afsprakendocument het zegt.',
        retracted: false,
        patch: { terms: termsOf(JSON.parse(LINES[lineIndexOf(RAVIJN)])).terms },
        occurredOn: '2025-04-16',
      });
      expect(correction.metadata).toMatchObject({
        occurredOn: '2026-12-01',
        sources: reached.metadata.sources,
        commandId: expect.stringMatching(`^${RAVIJN}/correction-`),
      });
    });

    it('appends nothing when imported again', async () => {
      await importDataset(store, NOW, later);
      const head = await store.headPosition();
      expect(await importDataset(store, NOW, { ...later, now: '2027-01-01T09:00:00.000Z' })).toMatchObject({
        appended: 0,
        corrections: 0,
      });
      expect(await store.headPosition()).toBe(head);
    });

    it('refuses the line, naming it, when it does not say why, and writes nothing', async () => {
      const head = await store.headPosition();
      const error = await importDataset(store, DATASET, later).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(DatasetImportError);
      expect((error as Error).message).toBe(
        `line ${lineIndexOf(RAVIJN) + 1}: correction: the ledger recorded this line differently (terms, occurredOn); say why in "correction"`,
      );
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('when a Retract line names a line the ledger holds', () => {
    const RETRACT = LINES.find((line) => line.includes('"type":"Retract"') && line.includes('/fulfil-commitment"'))!;
    const retired = (JSON.parse(RETRACT) as { data: { retiredCommandId: string; reason: string } }).data;
    const fulfilment = JSON.stringify({
      commandId: retired.retiredCommandId,
      type: 'FulfilCommitment',
      occurredOn: '2025-04-16',
      data: {
        negotiationId: 'vjn2025-financiering-jeugdzorg',
        commitmentId: 'vjn2025-commitment-formeel-overleg-uiterlijk-14-april',
        note: 'Op 16 april.',
      },
      sources: JSON.parse(RETRACT).sources,
      classification: { level: 'public' },
    });
    const EARLIER = LINES.map((line) => (line === RETRACT ? fulfilment : line)).join('\n');

    it('retracts it with the reason, once; on a fresh ledger it does nothing', async () => {
      await importDataset(store, EARLIER, earlier);
      expect(await importDataset(store, DATASET, later)).toMatchObject({ corrections: 1 });
      expect(await importDataset(store, DATASET, later)).toMatchObject({ corrections: 0 });
      const events = await store.readStream(VOORJAARSNOTA);
      const fulfilled = events.find((event) => event.metadata.commandId === retired.retiredCommandId)!;
      expect(corrections(events).map((event) => event.data)).toEqual([
        expect.objectContaining({
          correctedEventId: fulfilled.eventId,
          retracted: true,
          reason: retired.reason,
          patch: {},
          occurredOn: null,
        }),
      ]);

      const fresh = new InMemoryEventStore();
      await importDataset(fresh, DATASET, earlier);
      expect(corrections(await fresh.readStream(VOORJAARSNOTA))).toEqual([]);
    });
  });
});
