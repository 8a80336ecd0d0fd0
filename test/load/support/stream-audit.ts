import { findRecordedChainBreak, type RecordedEvent } from '@ledger/event-store';
import type { WriterPool } from './writer-pool';

/** Everything that would be wrong with a negotiation's stream after a load; a sound stream has every list empty. */
export type StreamFindings = Readonly<{
  /** Revisions that are not 0, 1, 2, … in order. */
  revisionGaps: number[];
  chainBreak: ReturnType<typeof findRecordedChainBreak>;
  /** Acknowledged commands stored not exactly once. */
  notStoredOnce: { commandId: string; stored: number }[];
  /** Acknowledged commands stored at another revision or under other event ids than their acknowledgement said. */
  storedElsewhere: string[];
  /** Acknowledged commands whose event is not right after the revision their writer expected: decided on a stale state. */
  decidedOnStaleState: string[];
  /** Load events with no acknowledgement and no lost answer to explain them. */
  unacknowledged: string[];
  /** Writers whose positions in the store are not 0 … n-1 for their n acknowledgements (one in doubt may follow). */
  lostUpdates: { writer: number; stored: number[]; acknowledged: number }[];
}>;

/**
 * Checks a negotiation's stream, read from the store file, against what a WriterPool was told: each
 * acknowledged command exactly once and where it was acknowledged, nothing recorded that nobody was told
 * of (bar commands whose answer a crash swallowed), each writer's count intact, and the hash chain whole.
 */
export function auditStream(events: readonly RecordedEvent[], pool: WriterPool): StreamFindings {
  const byCommand = groupBy(events, (event) => event.metadata.commandId);
  const acknowledged = pool.acknowledged;
  const acknowledgedIds = new Set(acknowledged.map((ack) => ack.commandId));
  const inDoubt = new Set(pool.inDoubt);
  const loadCommands = [...byCommand.keys()].filter((commandId) => pool.parseCommandId(commandId) !== null);
  return {
    revisionGaps: events.map((event) => event.revision).filter((revision, index) => revision !== index),
    chainBreak: findRecordedChainBreak(events),
    notStoredOnce: acknowledged
      .map((ack) => ({ commandId: ack.commandId, stored: byCommand.get(ack.commandId)?.length ?? 0 }))
      .filter((entry) => entry.stored !== 1),
    storedElsewhere: acknowledged
      .filter((ack) =>
        byCommand
          .get(ack.commandId)
          ?.some((event) => event.revision !== ack.revision || !ack.eventIds.includes(event.eventId)),
      )
      .map((ack) => ack.commandId),
    decidedOnStaleState: acknowledged
      .filter((ack) => !ack.duplicate && ack.revision !== ack.expectedRevision + 1)
      .map((ack) => ack.commandId),
    unacknowledged: loadCommands.filter((commandId) => !acknowledgedIds.has(commandId) && !inDoubt.has(commandId)),
    lostUpdates: lostUpdates(loadCommands, pool),
  };
}

function lostUpdates(storedCommands: readonly string[], pool: WriterPool) {
  const storedByWriter = new Map<number, number[]>();
  for (const commandId of storedCommands) {
    const { writer, sequence } = pool.parseCommandId(commandId)!;
    groupInto(storedByWriter, writer, sequence);
  }
  const acknowledgedByWriter = new Map<number, number>();
  for (const ack of pool.acknowledged)
    acknowledgedByWriter.set(ack.writer, (acknowledgedByWriter.get(ack.writer) ?? 0) + 1);
  const inDoubt = new Set(pool.inDoubt);
  const writers = new Set([...storedByWriter.keys(), ...acknowledgedByWriter.keys()]);
  return [...writers]
    .map((writer) => ({
      writer,
      stored: storedByWriter.get(writer) ?? [],
      acknowledged: acknowledgedByWriter.get(writer) ?? 0,
    }))
    .filter(({ writer, stored, acknowledged }) => {
      const counted =
        stored.length === acknowledged + 1 && inDoubt.has(pool.commandIdOf(writer, acknowledged))
          ? stored.slice(0, -1)
          : stored;
      return counted.length !== acknowledged || counted.some((sequence, index) => sequence !== index);
    });
}

function groupInto<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

function groupBy<K, V>(values: readonly V[], keyOf: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) groupInto(groups, keyOf(value), value);
  return groups;
}

/** A stream with nothing wrong, to compare findings with (a failing comparison shows what was found). */
export const SOUND_STREAM: StreamFindings = {
  revisionGaps: [],
  chainBreak: null,
  notStoredOnce: [],
  storedElsewhere: [],
  decidedOnStaleState: [],
  unacknowledged: [],
  lostUpdates: [],
};
