import { readFile } from 'node:fs/promises';
import { NegotiationError, negotiationStreamId } from '@ledger/domain';
import { EventStoreError, EventStoreErrorCode, InMemoryEventStore, type EventStore, type NewEvent, type RecordedEvent } from '@ledger/event-store';
import { handleNegotiationCommand } from '../handle-negotiation-command';
import { StreamCache } from '../stream-cache';
import { DatasetImportError } from './dataset-import.error';
import { parseDataset, type DatasetEntry, type ImportOptions } from './dataset-line.parser';

export type ImportSummary = Readonly<{
  /** Commands in the dataset (non-blank lines). */
  lines: number;
  /** Commands that wrote events now. */
  appended: number;
  /** Commands the store already held under the same commandId, which wrote nothing. */
  duplicates: number;
}>;

/**
 * Imports a JSONL dataset through the one write path. The whole dataset is first rehearsed against an
 * in-memory copy of the negotiations it touches, so a bad line refuses the dataset as a whole and the store
 * stays as it was; only then are the commands run against the store. Re-importing appends nothing.
 */
export async function importDataset(store: EventStore, text: string, options: ImportOptions): Promise<ImportSummary> {
  const entries = parseDataset(text, options);
  await runAll(await rehearsalCopy(store, entries), entries);
  return runAll(store, entries);
}

/** Imports the dataset file only into a store that holds nothing at all; returns null when it did nothing. */
export async function seedEmptyStore(store: EventStore, datasetPath: string, options: ImportOptions): Promise<ImportSummary | null> {
  if ((await store.headPosition()) !== 0) return null;
  return importDataset(store, await readFile(datasetPath, 'utf8'), options);
}

async function runAll(store: EventStore, entries: readonly DatasetEntry[]): Promise<ImportSummary> {
  const streams = new StreamCache(store);
  let duplicates = 0;
  for (const { line, command, envelope } of entries) {
    try {
      const result = await handleNegotiationCommand(store, streams, command, envelope);
      if (result.duplicate) duplicates++;
    } catch (error) {
      throw refusalAt(line, error);
    }
  }
  return { lines: entries.length, appended: entries.length - duplicates, duplicates };
}

/** An in-memory store holding the current events of every negotiation the dataset touches, and nothing else. */
async function rehearsalCopy(store: EventStore, entries: readonly DatasetEntry[]): Promise<EventStore> {
  const copy = new InMemoryEventStore();
  const streamIds = new Set(entries.map(({ command }) => negotiationStreamId(command.data.negotiationId)));
  for (const streamId of streamIds) {
    for (const batch of batchesByCommand(await store.readStream(streamId))) {
      // Same command ids give the same event ids, so corrections that name earlier events rehearse faithfully.
      await copy.append(streamId, batch[0].revision === 0 ? 'no_stream' : batch[0].revision - 1, batch.map(asNewEvent));
    }
  }
  return copy;
}

function batchesByCommand(events: readonly RecordedEvent[]): RecordedEvent[][] {
  return events.reduce<RecordedEvent[][]>((batches, event) => {
    const current = batches.at(-1);
    if (current && current[0].metadata.commandId === event.metadata.commandId) current.push(event);
    else batches.push([event]);
    return batches;
  }, []);
}

const asNewEvent = ({ type, schemaVersion, data, metadata }: RecordedEvent): NewEvent => ({ type, schemaVersion, data, metadata });

/** Domain refusals name a field of the command's data, or of the envelope, which a dataset line holds at the top. */
const TOP_LEVEL_FIELD = /^(commandId|occurredOn|sources|classification)\b/;

function refusalAt(line: number, error: unknown): unknown {
  if (error instanceof NegotiationError) {
    const field = error.field ?? 'data';
    return new DatasetImportError(line, TOP_LEVEL_FIELD.test(field) ? field : `data.${field}`, error.message);
  }
  // The same commandId already recorded for another command: the line reuses an id, which only it can fix.
  if (error instanceof EventStoreError && error.code === EventStoreErrorCode.IdempotencyMismatch) {
    return new DatasetImportError(line, 'commandId', error.message);
  }
  return error;
}
