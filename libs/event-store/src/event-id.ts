import { hash } from 'node:crypto';

/**
 * The id of the `index`-th event written by a command, derived from the command id so that a retried
 * command produces the same event ids (the idempotency key of EventStoreDB and of the embedded store).
 * Formatted as an RFC 4122 version 5-style UUID (name-based, SHA hash).
 */
export function deterministicEventId(commandId: string, index: number): string {
  // One-shot: a Hash object per event cost more than hashing its few bytes (it is on every append).
  const bytes = hash('sha256', `${commandId}\u0000${index}`, 'buffer').subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
