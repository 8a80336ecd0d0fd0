import { createHash } from 'node:crypto';
import { canonicalJson } from '@ledger/evidence';
import type { CorrectEntry, EntryRecord } from '@ledger/domain';
import type { CommandEnvelope } from '../command-envelope';
import type { StreamSnapshot } from '../stream-cache';
import { DatasetImportError } from './dataset-import.error';
import type { CommandEntry, LineOptions, RetractionEntry } from './dataset-line.parser';

/** A correction the import appends, with the envelope it is stored in. */
export type ImportCorrection = Readonly<{ command: CorrectEntry; envelope: CommandEnvelope }>;

/**
 * The correction that brings what a ledger recorded under a line's commandId (by an earlier version of the
 * dataset) to what the line says now: the data fields that differ, and the date. Null when the line was
 * not recorded yet, or when the ledger, with its corrections so far, already says what the line says; so a
 * re-import appends nothing, and an upgraded ledger ends up saying what a fresh one says.
 */
export function correctionOf(
  entry: CommandEntry,
  snapshot: StreamSnapshot,
  options: LineOptions,
): ImportCorrection | null {
  const recorded = recordedEntry(snapshot, entry.envelope.commandId);
  if (recorded === null || recorded.entry.retracted || entry.command.type === 'CorrectEntry') return null;
  const data = entry.command.data as Readonly<Record<string, unknown>>;
  const patch = Object.fromEntries(
    Object.keys(data)
      .filter(
        (key) =>
          key in recorded.entry.data &&
          canonicalJson(asTheLineSaysIt(recorded.entry.data[key])) !== canonicalJson(data[key]),
      )
      .map((key) => [key, data[key]]),
  );
  const { occurredOn: day, occurredAsSaid: said } = entry.command.metadata;
  const occurredOn = day === recorded.entry.occurredOn ? null : day;
  // A line without a date as said gives the day itself; a ledger that holds a date as said keeps it.
  const occurredAsSaid =
    said === undefined || canonicalJson(said) === canonicalJson(recorded.entry.occurredAsSaid) ? null : said;
  if (Object.keys(patch).length === 0 && occurredOn === null && occurredAsSaid === null) return null;
  if (entry.correction === undefined) {
    const changed = [
      ...Object.keys(patch),
      ...(occurredOn === null ? [] : ['occurredOn']),
      ...(occurredAsSaid === null ? [] : ['occurredAsSaid']),
    ].join(', ');
    throw new DatasetImportError(
      entry.line,
      'correction',
      `the ledger recorded this line differently (${changed}); say why in "correction"`,
    );
  }
  // Corrections of the day alone keep the id they had before dates as said existed.
  const change = occurredAsSaid === null ? { patch, occurredOn } : { patch, occurredOn, occurredAsSaid };
  return correction(entry.envelope, options, `correction-${shortHash(change)}`, {
    negotiationId: String(data.negotiationId),
    correctedEventId: recorded.eventId,
    reason: entry.correction,
    retracted: false,
    occurredAsSaid: null,
    ...change,
  });
}

/** A quote's location is the ledger's finding, not what the line says: an attached source is compared without it. */
function asTheLineSaysIt(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !('location' in value) || !('quote' in value)) return value;
  const { location: _found, ...said } = value as Record<string, unknown>;
  return said;
}

/** The retraction a Retract line asks for, or null where the ledger never held the retired line or already retracted it. */
export function retractionOf(
  entry: RetractionEntry,
  snapshot: StreamSnapshot,
  options: LineOptions,
): ImportCorrection | null {
  const recorded = recordedEntry(snapshot, entry.retiredCommandId);
  if (recorded === null || recorded.entry.retracted) return null;
  return correction(entry.envelope, options, 'retraction', {
    negotiationId: entry.negotiationId,
    correctedEventId: recorded.eventId,
    reason: entry.reason,
    retracted: true,
    patch: {},
    occurredOn: null,
    occurredAsSaid: null,
  });
}

/** The first event a command wrote is its entry (a reached agreement; the supersessions it caused follow from it). */
function recordedEntry(snapshot: StreamSnapshot, commandId: string): { eventId: string; entry: EntryRecord } | null {
  const eventId = snapshot.eventsOfCommand(commandId)?.[0]?.eventId;
  const entry =
    eventId === undefined || snapshot.state.status !== 'open' ? undefined : snapshot.state.entries.get(eventId);
  return eventId === undefined || entry === undefined ? null : { eventId, entry };
}

/** Recorded on the day of the import, by the importer, citing the line's sources, under an id derived from the line's. */
function correction(
  envelope: CommandEnvelope,
  options: LineOptions,
  suffix: string,
  data: CorrectEntry['data'],
): ImportCorrection {
  return {
    command: {
      type: 'CorrectEntry',
      data,
      metadata: { now: options.now, occurredOn: options.now.slice(0, 10), recordedBy: options.recordedBy },
    },
    envelope: { ...envelope, commandId: `${envelope.commandId}/${suffix}` },
  };
}

const shortHash = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 12);
