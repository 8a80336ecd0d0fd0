import { planAppend } from './append-plan';
import { EventStoreErrorCode } from './event-store.errors';
import { newEvents } from './testing';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';

describe('planAppend', () => {
  const emptyStore = { eventsOfCommand: () => [], streamHead: () => ({ lastRevision: -1, lastHash: null }) };

  it('plans a write of sealed events when the stream is where the writer expects it', () => {
    const plan = planAppend(emptyStore, 'negotiation-1', 'no_stream', newEvents('cmd-1', 2));
    expect(plan.kind === 'write' && plan.events.map((event) => event.revision)).toEqual([0, 1]);
  });

  describe('when the command id was appended before', () => {
    const earlierStore = async () => {
      const store = new InMemoryEventStore();
      const earlier = await store.append('negotiation-1', 'no_stream', newEvents('cmd-1', 2));
      return {
        eventsOfCommand: () => earlier.events,
        streamHead: () => ({ lastRevision: 1, lastHash: earlier.events[1].hash }),
      };
    };

    it('answers with the first result, marked as a duplicate', async () => {
      const plan = planAppend(await earlierStore(), 'negotiation-1', 'no_stream', newEvents('cmd-1', 2));
      expect(plan.kind === 'duplicate' && plan.result.duplicate).toBe(true);
    });

    it('refuses the same command id on another stream or with other events', async () => {
      const lookup = await earlierStore();
      const mismatch = { code: EventStoreErrorCode.IdempotencyMismatch };
      expect(() => planAppend(lookup, 'negotiation-2', 'any', newEvents('cmd-1', 2))).toThrow(
        expect.objectContaining(mismatch),
      );
      expect(() => planAppend(lookup, 'negotiation-1', 'any', newEvents('cmd-1', 3))).toThrow(
        expect.objectContaining(mismatch),
      );
    });
  });
});
