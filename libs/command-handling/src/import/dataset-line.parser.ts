import {
  assertCleanInput,
  isIsoDate,
  invalid,
  NegotiationError,
  validateClassification,
  type Classification,
  type NegotiationCommand,
  type NegotiationCommandType,
} from '@ledger/domain';
import type { EventIdDeriver } from '@ledger/event-store';
import type { CommandEnvelope } from '../command-envelope';
import { COMMAND_FIELDS, COMMAND_TYPES } from './dataset-fields.schema';
import { DatasetImportError } from './dataset-import.error';
import {
  readField,
  readPeriod,
  readSources,
  requireObject,
  requireOnlyKeys,
  requireString,
  type JsonObject,
} from './dataset-values.reader';

/** The import moment and the caller every command of one import is recorded with. */
export type LineOptions = Readonly<{ now: string; recordedBy: string }>;

/** What an import records with: its moment and caller, and the write path's event ids (`keyedEventIds`). */
export type ImportOptions = LineOptions & Readonly<{ eventIds: EventIdDeriver }>;

/**
 * One line of a dataset, ready for the command path. `correction` is the reason a line gives for saying
 * something else than an earlier version of the dataset recorded under the same commandId.
 */
export type CommandEntry = Readonly<{
  line: number;
  command: NegotiationCommand;
  envelope: CommandEnvelope;
  correction?: string;
}>;

/**
 * A line that takes back what an earlier version of the dataset recorded under `retiredCommandId`: on a
 * ledger that holds it, the import retracts it with the reason; on any other ledger there is nothing to do.
 */
export type RetractionEntry = Readonly<{
  line: number;
  negotiationId: string;
  retiredCommandId: string;
  reason: string;
  envelope: CommandEnvelope;
}>;

export type DatasetEntry = CommandEntry | RetractionEntry;

export const isRetraction = (entry: DatasetEntry): entry is RetractionEntry => 'retiredCommandId' in entry;

/** The negotiation a line is about. */
export const negotiationIdOf = (entry: DatasetEntry): string =>
  isRetraction(entry) ? entry.negotiationId : entry.command.data.negotiationId;

const LINE_KEYS = [
  'commandId',
  'type',
  'occurredOn',
  'occurredAsSaid',
  'data',
  'sources',
  'classification',
  'correction',
];
/** The dataset's own line type, besides the command types: see RetractionEntry. */
const RETRACT = 'Retract';

/**
 * Reads a JSONL dataset into commands, line by line, and refuses it at the first line that is not valid JSON,
 * lacks a field, has a field of the wrong shape, or reuses another line's commandId. Blank lines are skipped.
 */
export function parseDataset(text: string, options: LineOptions): DatasetEntry[] {
  const firstLineOf = new Map<string, number>();
  const entries: DatasetEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const line = index + 1;
    const entry = atLine(line, () => readEntry(raw, line, options));
    const earlier = firstLineOf.get(entry.envelope.commandId);
    if (earlier !== undefined)
      throw new DatasetImportError(
        line,
        'commandId',
        `"${entry.envelope.commandId}" is already used on line ${earlier}`,
      );
    firstLineOf.set(entry.envelope.commandId, line);
    entries.push(entry);
  });
  return entries;
}

/** Runs a step for one line and names the line in any refusal by the domain's validation rules. */
export function atLine<T>(line: number, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof NegotiationError) throw new DatasetImportError(line, error.field ?? 'line', error.message);
    throw error;
  }
}

function readEntry(raw: string, line: number, options: LineOptions): DatasetEntry {
  const json = parseJson(raw);
  requireOnlyKeys('', json, LINE_KEYS);
  const commandId = requireString('commandId', json.commandId);
  const envelope: CommandEnvelope = {
    commandId,
    sources: readSources('sources', json.sources),
    classification: readClassification(json.classification),
  };
  if (json.type === RETRACT) return readRetraction(line, json, envelope);
  const type = requireCommandType(json.type);
  const occurredOn = requireString('occurredOn', json.occurredOn);
  if (!isIsoDate(occurredOn)) throw invalid('occurredOn', `"${occurredOn}" is not a calendar date YYYY-MM-DD`);
  const occurredAsSaid =
    json.occurredAsSaid === undefined ? {} : { occurredAsSaid: readPeriod('occurredAsSaid', json.occurredAsSaid) };
  const data = readData(type, requireObject('data', json.data));
  const command = {
    type,
    data,
    metadata: { now: options.now, occurredOn, ...occurredAsSaid, recordedBy: options.recordedBy },
  } as NegotiationCommand;
  assertCleanInput({
    ...data,
    occurredOn,
    ...occurredAsSaid,
    sources: envelope.sources,
    classification: envelope.classification,
  });
  if (json.correction === undefined) return { line, command, envelope };
  return { line, command, envelope, correction: requireReason('correction', json.correction) };
}

function readRetraction(line: number, json: JsonObject, envelope: CommandEnvelope): RetractionEntry {
  if (json.occurredOn !== undefined || json.occurredAsSaid !== undefined || json.correction !== undefined)
    throw invalid('type', 'a Retract line carries only commandId, data, sources and classification');
  const data = requireObject('data', json.data);
  requireOnlyKeys('data', data, ['negotiationId', 'retiredCommandId', 'reason']);
  assertCleanInput({ ...data, sources: envelope.sources, classification: envelope.classification });
  return {
    line,
    envelope,
    negotiationId: requireString('data.negotiationId', data.negotiationId),
    retiredCommandId: requireString('data.retiredCommandId', data.retiredCommandId),
    reason: requireReason('data.reason', data.reason),
  };
}

function requireReason(field: string, value: unknown): string {
  const reason = requireString(field, value);
  if (!reason.trim()) throw invalid(field, 'says why the ledger changes what it recorded; it is empty');
  return reason;
}

function parseJson(raw: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw invalid('json', `the line is not valid JSON (${(error as Error).message})`);
  }
  return requireObject('json', parsed);
}

function requireCommandType(value: unknown): NegotiationCommandType {
  if (!COMMAND_TYPES.includes(value as NegotiationCommandType)) {
    throw invalid(
      'type',
      `${JSON.stringify(value)} is not a command type (expected one of ${COMMAND_TYPES.join(', ')}, or ${RETRACT})`,
    );
  }
  return value as NegotiationCommandType;
}

function readData(type: NegotiationCommandType, raw: JsonObject): Record<string, unknown> {
  const fields = COMMAND_FIELDS[type];
  requireOnlyKeys('data', raw, Object.keys(fields));
  return Object.fromEntries(
    Object.entries(fields).map(([name, spec]) => {
      const field = `data.${name}`;
      if (raw[name] !== undefined) return [name, readField(field, spec.kind, raw[name])];
      if (spec.fallback === undefined) throw invalid(field, `is required for ${type}`);
      // A fresh list per command: entries never share one mutable default.
      return [name, Array.isArray(spec.fallback) ? [] : spec.fallback];
    }),
  );
}

function readClassification(value: unknown): Classification {
  const raw = requireObject('classification', value);
  requireOnlyKeys('classification', raw, ['level', 'party']);
  const classification = raw as Classification;
  validateClassification(classification);
  return classification;
}
