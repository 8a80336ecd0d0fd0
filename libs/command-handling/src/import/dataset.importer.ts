import { readFile } from 'node:fs/promises';
import { NegotiationError, negotiationStreamId } from '@ledger/domain';
import {
  appendsInCallOrder,
  EventStoreError,
  EventStoreErrorCode,
  InMemoryEventStore,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@ledger/event-store';
import { handleNegotiationCommand, type WritePath } from '../handle-negotiation-command';
import { documentsBeside, lookupWithFiles, type DocumentFiles } from '../source-documents/document-folder';
import { SourceDocuments, type DocumentLookup } from '../source-documents/source-documents';
import { StreamCache } from '../stream-cache';
import type { CommandResult } from '../command-envelope';
import { correctionOf, retractionOf, type ImportCorrection } from './dataset-corrections';
import { DatasetImportError, DatasetWriteConflict } from './dataset-import.error';
import {
  isRetraction,
  negotiationIdOf,
  parseDataset,
  type CommandEntry,
  type DatasetEntry,
  type ImportOptions,
} from './dataset-line.parser';

export type ImportSummary = Readonly<{
  /** Commands in the dataset (non-blank lines). */
  lines: number;
  /** Commands that wrote events now. */
  appended: number;
  /** Lines that wrote nothing: commands the store already held under their commandId, retractions with nothing to retract. */
  duplicates: number;
  /**
   * Corrections and retractions appended to bring what an earlier version of the dataset recorded to what
   * this one says; each cites its line's sources and gives its reason.
   */
  corrections: number;
  /** Source documents the dataset ships with that were stored now (the rest were stored before). */
  documents: number;
}>;

/** The import's moment and recorder, and the documents the dataset ships with, by hash. */
export type DatasetImportOptions = ImportOptions & Readonly<{ documents?: DocumentFiles }>;

/**
 * Imports a JSONL dataset through the one write path. The whole dataset is first run against an in-memory
 * copy of the negotiations it touches, so a bad line refuses the dataset as a whole and the store stays as
 * it was. Every quote is located in its document, from the dataset's documents or the store's. Only then
 * are the events that rehearsal decided appended to the store, command by command at the revisions they
 * had there, many commands to a transaction, and after them the documents the store does not hold yet.
 * Re-importing appends nothing.
 */
export async function importDataset(
  store: EventStore,
  text: string,
  options: DatasetImportOptions,
  progress: ImportProgress = () => {},
): Promise<ImportSummary> {
  const entries = parseDataset(text, options);
  const files = options.documents ?? new Map();
  const stored = new SourceDocuments(store);
  const rehearsal = await rehearsalCopy(store, entries);
  const documents = lookupWithFiles(files, stored);
  const outcomes = await runAll(rehearsal, entries, { ...options, documents }, (done) =>
    progress('rehearse', done, entries.length),
  );
  const toWrite = await rehearsedEvents(rehearsal, entries, outcomes);
  await appendRehearsed(store, toWrite, (done) => progress('write', done, entries.length));
  let storedNow = 0;
  for (const content of files.values()) if (await stored.store(content, options)) storedNow++;
  const count = (counted: LineOutcome['counted']) => outcomes.filter((outcome) => outcome.counted === counted).length;
  return {
    lines: entries.length,
    appended: count('appended'),
    duplicates: count('duplicates'),
    corrections: count('corrections'),
    documents: storedNow,
  };
}

/** How far an import has come: each phase reports 0 commands done first, then each command as it is done. */
export type ImportProgress = (phase: 'rehearse' | 'write', done: number, total: number) => void;

/** Imports the dataset file only into a store that holds nothing at all; returns null when it did nothing. */
export async function seedEmptyStore(
  store: EventStore,
  datasetPath: string,
  options: ImportOptions,
): Promise<ImportSummary | null> {
  if ((await store.headPosition()) !== 0) return null;
  const documents = await documentsBeside(datasetPath);
  return importDataset(store, await readFile(datasetPath, 'utf8'), { ...options, documents });
}

/** The import's options while it rehearses: with where the quotes' documents are found. */
type RehearsalOptions = ImportOptions & Readonly<{ documents: DocumentLookup }>;

/** What one line wrote in the rehearsal: the command whose events go to the store, if any, and how it counts. */
type LineOutcome = Readonly<{ written: string | null; counted: 'appended' | 'duplicates' | 'corrections' }>;

async function runAll(
  store: EventStore,
  entries: readonly DatasetEntry[],
  options: RehearsalOptions,
  reportDone: (done: number) => void,
): Promise<LineOutcome[]> {
  const path: WritePath = {
    store,
    streams: new StreamCache(store),
    eventIds: options.eventIds,
    documents: options.documents,
  };
  const outcomes: LineOutcome[] = [];
  reportDone(0);
  for (const entry of entries) {
    try {
      outcomes.push(await runLine(path, entry, options));
    } catch (error) {
      throw refusalAt(entry.line, error);
    }
    reportDone(outcomes.length);
  }
  return outcomes;
}

/**
 * One line through the write path. A line the ledger already holds under its commandId is not sent again:
 * when it now says something else, the difference is appended as a correction of the recorded entry.
 */
async function runLine(path: WritePath, entry: DatasetEntry, options: ImportOptions): Promise<LineOutcome> {
  const snapshot = await path.streams.load(negotiationStreamId(negotiationIdOf(entry)));
  const correction = isRetraction(entry)
    ? retractionOf(entry, snapshot, options)
    : correctionOf(entry, snapshot, options);
  if (correction !== null) return outcomeOf(await record(path, correction), correction, 'corrections');
  if (isRetraction(entry) || snapshot.eventsOfCommand(entry.envelope.commandId) !== undefined)
    return { written: null, counted: 'duplicates' };
  return outcomeOf(await record(path, entry), entry, 'appended');
}

const record = (path: WritePath, { command, envelope }: ImportCorrection | CommandEntry) =>
  handleNegotiationCommand(path, command, envelope);

const outcomeOf = (
  result: CommandResult,
  { envelope }: ImportCorrection | CommandEntry,
  counted: LineOutcome['counted'],
): LineOutcome =>
  result.duplicate ? { written: null, counted: 'duplicates' } : { written: envelope.commandId, counted };

/** One line's events as the rehearsal wrote them, or none for a line the store already held. */
type RehearsedLine = Readonly<{ line: number; events: readonly RecordedEvent[] }>;

async function rehearsedEvents(
  rehearsal: EventStore,
  entries: readonly DatasetEntry[],
  outcomes: readonly LineOutcome[],
): Promise<RehearsedLine[]> {
  const byCommand = new Map<string, RecordedEvent[]>();
  for (const event of await rehearsal.readAll()) {
    const events = byCommand.get(event.metadata.commandId);
    if (events) events.push(event);
    else byCommand.set(event.metadata.commandId, [event]);
  }
  return entries.map(({ line }, index) => {
    const written = outcomes[index].written;
    return { line, events: written === null ? [] : (byCommand.get(written) ?? []) };
  });
}

/** Lines per round of appends: they arrive together, so the store commits them in one transaction and one sync. */
const WRITE_ROUND = 2000;

/**
 * Appends each line's events, under their ids, at the revision the rehearsal gave them. A store that decides appends in call
 * order gets a whole round at once; any other gets each negotiation's lines one after another, the
 * negotiations side by side. A writer that appended to the same negotiation since the rehearsal makes that
 * append a conflict: the import stops there, naming the line.
 */
async function appendRehearsed(
  store: EventStore,
  lines: readonly RehearsedLine[],
  reportDone: (done: number) => void,
): Promise<void> {
  const appendLine = ({ line, events }: RehearsedLine): Promise<unknown> =>
    events.length === 0
      ? Promise.resolve()
      : store
          .append(
            events[0].streamId,
            events[0].revision === 0 ? 'no_stream' : events[0].revision - 1,
            events.map(asNewEvent),
          )
          .catch((error: unknown) => {
            throw isConflict(error) ? new DatasetWriteConflict(line, events[0].streamId) : refusalAt(line, error);
          });
  reportDone(0);
  for (let start = 0; start < lines.length; start += WRITE_ROUND) {
    const round = lines.slice(start, start + WRITE_ROUND);
    await Promise.all(
      appendsInCallOrder(store)
        ? round.map(appendLine)
        : [...linesByStream(round).values()].map((stream) => inTurn(stream, appendLine)),
    );
    reportDone(start + round.length);
  }
}

function linesByStream(lines: readonly RehearsedLine[]): Map<string, RehearsedLine[]> {
  const streams = new Map<string, RehearsedLine[]>();
  for (const line of lines) {
    if (line.events.length === 0) continue;
    const streamId = line.events[0].streamId;
    const stream = streams.get(streamId);
    if (stream) stream.push(line);
    else streams.set(streamId, [line]);
  }
  return streams;
}

async function inTurn<T>(items: readonly T[], step: (item: T) => Promise<unknown>): Promise<void> {
  for (const item of items) await step(item);
}

/** An in-memory store holding the current events of every negotiation the dataset touches, and nothing else. */
async function rehearsalCopy(store: EventStore, entries: readonly DatasetEntry[]): Promise<EventStore> {
  const copy = new InMemoryEventStore();
  const streamIds = new Set(entries.map((entry) => negotiationStreamId(negotiationIdOf(entry))));
  for (const streamId of streamIds) {
    for (const batch of batchesByCommand(await store.readStream(streamId))) {
      // The stored ids are kept, so corrections that name earlier events rehearse faithfully.
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

/** A stored event as it is appended again elsewhere: under its own id, so the copy holds the same chain. */
const asNewEvent = ({ eventId, type, schemaVersion, data, metadata }: RecordedEvent): NewEvent => ({
  eventId,
  type,
  schemaVersion,
  data,
  metadata,
});

/** Domain refusals name a field of the command's data, or of the envelope, which a dataset line holds at the top. */
const TOP_LEVEL_FIELD = /^(commandId|occurredOn|sources|classification)\b/;

const isConflict = (error: unknown) =>
  error instanceof EventStoreError && error.code === EventStoreErrorCode.WrongExpectedRevision;

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
