import type { RecordedEvent } from './event-envelope';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { eventually, newEvents } from './testing';

describe('CatchUpSubscription', () => {
  describe('when the handler throws', () => {
    it('stops delivering rather than skip or redeliver the event, and raises a process warning', async () => {
      const store = new InMemoryEventStore();
      const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
      const seen: RecordedEvent[] = [];
      store.subscribeToAll(0, (event) => {
        seen.push(event);
        if (event.revision === 1) throw new Error('projection failed');
      });

      await store.append('negotiation-a', 'no_stream', newEvents('cmd-1', 3));
      await eventually(() => emitWarning.mock.calls.length === 1);
      await store.append('negotiation-a', 2, newEvents('cmd-2'));
      // A second subscription is the witness that the last event was there to deliver.
      const witnessed: RecordedEvent[] = [];
      store.subscribeToAll(0, (event) => void witnessed.push(event));
      await eventually(() => witnessed.length === 4);
      await store.close();
      const [warning] = emitWarning.mock.calls[0];
      emitWarning.mockRestore();

      expect(seen.map((event) => event.revision)).toEqual([0, 1]);
      expect(warning).toMatch(/stopped after position 1: Error: projection failed/);
    });
  });
});
