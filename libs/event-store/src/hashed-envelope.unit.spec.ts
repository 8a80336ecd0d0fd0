import { eventHash, GENESIS_PREV_HASH } from '@ledger/evidence';
import type { NewEvent } from './event-envelope';
import { EventStoreError } from './event-store.errors';
import { deterministicEventId } from './event-id';
import { batchCommandId, findRecordedChainBreak, hashedFields, sealBatch } from './hashed-envelope';

const newEvent = (commandId: string, n: number): NewEvent => ({
  type: 'ProposalTabled',
  schemaVersion: 1,
  data: { n },
  metadata: {
    occurredOn: '2025-04-16',
    recordedAt: '2025-04-17T09:00:00.000Z',
    recordedBy: 'tester',
    commandId,
    correlationId: commandId,
    causationId: commandId,
    sources: [],
    classification: { level: 'public' },
  },
});

describe('sealBatch', () => {
  const sealed = sealBatch('negotiation-1', { lastRevision: -1, lastHash: null }, [
    newEvent('cmd-1', 1),
    newEvent('cmd-1', 2),
  ]);

  it('numbers revisions from the stream head and derives ids from the command id', () => {
    expect(sealed.map((event) => [event.revision, event.eventId])).toEqual([
      [0, deterministicEventId('cmd-1', 0)],
      [1, deterministicEventId('cmd-1', 1)],
    ]);
  });

  it('chains each hash to the one before, from the genesis hash', () => {
    expect(sealed[0].prevHash).toBe(GENESIS_PREV_HASH);
    expect(sealed[1].prevHash).toBe(sealed[0].hash);
    expect(findRecordedChainBreak(sealed.map((event, index) => ({ ...event, globalPosition: 10 + index })))).toBeNull();
  });

  it('leaves the global position out of the hash', () => {
    expect(sealed[0].hash).toBe(eventHash(hashedFields({ ...sealed[0], globalPosition: 99 } as never)));
  });

  it('continues a stream from its last hash', () => {
    const next = sealBatch('negotiation-1', { lastRevision: 1, lastHash: sealed[1].hash }, [newEvent('cmd-2', 3)]);
    expect(findRecordedChainBreak([...sealed, ...next].map((event) => ({ ...event, globalPosition: 0 })))).toBeNull();
  });
});

describe('batchCommandId', () => {
  it('returns the command id all events share', () => {
    expect(batchCommandId('s', [newEvent('cmd-1', 1), newEvent('cmd-1', 2)])).toBe('cmd-1');
  });

  it('refuses an empty append and one mixing command ids', () => {
    expect(() => batchCommandId('s', [])).toThrow(EventStoreError);
    expect(() => batchCommandId('s', [newEvent('cmd-1', 1), newEvent('cmd-2', 2)])).toThrow(/mixes command ids/);
  });
});
