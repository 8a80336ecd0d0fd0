import { alreadyExists, type NegotiationCommand } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { isSealed } from '@ledger/personal-data';
import type { CommandEnvelope } from './command-envelope';

/** A command id already taken by another command: refused, saying nothing about that command. */
export const commandIdTaken = (commandId: string) =>
  alreadyExists(
    'commandId',
    `commandId ${commandId} was already used for another command; send this one with a new commandId`,
  );

/** Whether the stored value is what the command gave: sealed personal data stands for any text (it was sealed from it). */
function sameValue(stored: unknown, given: unknown): boolean {
  if (isSealed(stored)) return typeof given === 'string';
  if (Array.isArray(stored) || Array.isArray(given)) {
    return (
      Array.isArray(stored) &&
      Array.isArray(given) &&
      stored.length === given.length &&
      stored.every((item, i) => sameValue(item, given[i]))
    );
  }
  if (stored !== null && given !== null && typeof stored === 'object' && typeof given === 'object') {
    const keys = new Set([...Object.keys(stored), ...Object.keys(given)]);
    return [...keys].every((key) =>
      sameValue((stored as Record<string, unknown>)[key], (given as Record<string, unknown>)[key]),
    );
  }
  return stored === given;
}

/**
 * Whether the events an earlier use of the command id wrote are this command again: sent by the same caller
 * (when `sameCaller`),
 * about the same day, with the same classification and sources, and every field the first event holds given
 * the same value. Only then is it a retry, answered with the first result.
 */
export function isRetryOf(
  earlier: readonly RecordedEvent[],
  command: NegotiationCommand,
  envelope: CommandEnvelope,
  sameCaller = true,
): boolean {
  const [first] = earlier;
  const given = command.data as Readonly<Record<string, unknown>>;
  return (
    (!sameCaller || first.metadata.recordedBy === command.metadata.recordedBy) &&
    first.metadata.occurredOn === command.metadata.occurredOn &&
    sameValue(first.metadata.occurredAsSaid ?? null, command.metadata.occurredAsSaid ?? null) &&
    sameValue(first.metadata.classification, envelope.classification) &&
    sameValue(first.metadata.sources, envelope.sources) &&
    Object.keys(given).every((key) => !(key in first.data) || sameValue(first.data[key], given[key]))
  );
}
