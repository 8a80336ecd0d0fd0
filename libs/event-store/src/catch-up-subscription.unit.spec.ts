import type { RecordedEvent } from './event-envelope';
import { SubscriptionRegistry } from './catch-up-subscription';
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

describe('SubscriptionRegistry handing over committed events', () => {
  const event = (globalPosition: number) => ({ globalPosition, eventId: `event-${globalPosition}` }) as RecordedEvent;

  /** A log the test writes to directly, and a count of the reads the subscription made of it. */
  function readableLog() {
    const log: RecordedEvent[] = [];
    const reads: number[] = [];
    const readAll = async ({ after, limit }: { after: number; limit: number }) => {
      reads.push(after);
      return log.filter((recorded) => recorded.globalPosition > after).slice(0, limit);
    };
    return { log, reads, readAll };
  }

  async function subscribedAt(checkpoint: number, pageSize = 10) {
    const registry = new SubscriptionRegistry();
    const { log, reads, readAll } = readableLog();
    const delivered: number[] = [];
    registry.subscribe({
      readAll,
      checkpoint,
      handler: (recorded) => void delivered.push(recorded.globalPosition),
      pageSize,
    });
    await eventually(() => reads.length === 1);
    return { registry, log, reads, delivered };
  }

  it('delivers what a commit wrote from memory, without reading it back from the log', async () => {
    const { registry, log, reads, delivered } = await subscribedAt(0);
    log.push(event(1), event(2));
    registry.announce([event(1), event(2)]);
    await eventually(() => delivered.length === 2);
    log.push(event(3));
    registry.announce([event(3)]);
    await eventually(() => delivered.length === 3);
    await registry.closeAll();

    expect(delivered).toEqual([1, 2, 3]);
    expect(reads).toEqual([0]);
  });

  it('reads the log when the announced events do not follow on from its checkpoint (another writer came between)', async () => {
    const { registry, log, reads, delivered } = await subscribedAt(0);
    log.push(event(1), event(2), event(3));
    registry.announce([event(3)]);
    await eventually(() => delivered.length === 3);
    await registry.closeAll();

    expect(delivered).toEqual([1, 2, 3]);
    expect(reads).toEqual([0, 0]);
  });

  it('never delivers an announced event twice once the log has already given it', async () => {
    const { registry, log, delivered } = await subscribedAt(0);
    log.push(event(1), event(2));
    registry.announce([event(2)]);
    await eventually(() => delivered.length === 2);
    registry.announce([event(1), event(2)]);
    log.push(event(3));
    registry.announce([event(3)]);
    await eventually(() => delivered.length >= 3);
    await registry.closeAll();

    expect(delivered).toEqual([1, 2, 3]);
  });

  it('keeps at most a page in memory: a larger commit is read from the log, in pages', async () => {
    const { registry, log, reads, delivered } = await subscribedAt(0, 2);
    const written = [event(1), event(2), event(3)];
    log.push(...written);
    registry.announce(written);
    await eventually(() => delivered.length === 3);
    await registry.closeAll();

    expect(delivered).toEqual([1, 2, 3]);
    expect(reads).toEqual([0, 0, 2]);
  });
});
