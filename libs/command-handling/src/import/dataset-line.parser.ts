import {
  assertCleanInput, isIsoDate, invalid, NegotiationError, validateClassification,
  type Classification, type NegotiationCommand, type NegotiationCommandType,
} from '@ledger/domain';
import type { CommandEnvelope } from '../command-envelope';
import { COMMAND_FIELDS, COMMAND_TYPES } from './dataset-fields.schema';
import { DatasetImportError } from './dataset-import.error';
import { readField, readSources, requireObject, requireOnlyKeys, requireString, type JsonObject } from './dataset-values.reader';

/** The import moment and the caller every command of one import is recorded with. */
export type ImportOptions = Readonly<{ now: string; recordedBy: string }>;

/** One line of a dataset, ready for the command path. */
export type DatasetEntry = Readonly<{ line: number; command: NegotiationCommand; envelope: CommandEnvelope }>;

const LINE_KEYS = ['commandId', 'type', 'occurredOn', 'data', 'sources', 'classification'];

/**
 * Reads a JSONL dataset into commands, line by line, and refuses it at the first line that is not valid JSON,
 * lacks a field, has a field of the wrong shape, or reuses another line's commandId. Blank lines are skipped.
 */
export function parseDataset(text: string, options: ImportOptions): DatasetEntry[] {
  const firstLineOf = new Map<string, number>();
  const entries: DatasetEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const line = index + 1;
    const entry = atLine(line, () => readEntry(raw, line, options));
    const earlier = firstLineOf.get(entry.envelope.commandId);
    if (earlier !== undefined) throw new DatasetImportError(line, 'commandId', `"${entry.envelope.commandId}" is already used on line ${earlier}`);
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

function readEntry(raw: string, line: number, options: ImportOptions): DatasetEntry {
  const json = parseJson(raw);
  requireOnlyKeys('', json, LINE_KEYS);
  const commandId = requireString('commandId', json.commandId);
  const type = requireCommandType(json.type);
  const occurredOn = requireString('occurredOn', json.occurredOn);
  if (!isIsoDate(occurredOn)) throw invalid('occurredOn', `"${occurredOn}" is not a calendar date YYYY-MM-DD`);
  const data = readData(type, requireObject('data', json.data));
  const envelope: CommandEnvelope = { commandId, sources: readSources('sources', json.sources), classification: readClassification(json.classification) };
  const command = { type, data, metadata: { now: options.now, occurredOn, recordedBy: options.recordedBy } } as NegotiationCommand;
  assertCleanInput({ ...data, occurredOn, sources: envelope.sources, classification: envelope.classification });
  return { line, command, envelope };
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
    throw invalid('type', `${JSON.stringify(value)} is not a command type (expected one of ${COMMAND_TYPES.join(', ')})`);
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
