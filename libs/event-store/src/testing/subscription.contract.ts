import type { RecordedEvent } from '../event-envelope';
import type { Subscription } from '../event-store.port';
import { eventually, newEvents, type ContractContext } from './contract-context';

export function describeSubscriptionContract(context: ContractContext): void {
  /** Subscribes and keeps the events of the given streams, closing the subscription after the test. */
  let opened: Subscription[] = [];
  const collect = (
    checkpoint: number,
    streams: readonly string[],
    onEvent?: (event: RecordedEvent) => Promise<void>,
  ) => {
    const received: RecordedEvent[] = [];
    const subscription = context.store.subscribeToAll(checkpoint, async (event) => {
      if (!streams.includes(event.streamId)) return;
      received.push(event);
      await onEvent?.(event);
    });
    opened.push(subscription);
    return { received, subscription };
  };
  const receivedIds = (events: readonly RecordedEvent[]) => events.map((event) => event.eventId);

  afterEach(async () => {
    await Promise.all(opened.map((subscription) => subscription.close()));
    opened = [];
  });

  describe('subscribeToAll', () => {
    it('resumes after a checkpoint and hands over from catch-up to live without gaps or duplicates', async () => {
      const streams = [context.streamId('a'), context.streamId('b')];
      const first = await context.store.append(streams[0], 'no_stream', newEvents(context.commandId('1'), 3));
      await context.store.append(streams[1], 'no_stream', newEvents(context.commandId('2'), 2));
      const checkpoint = first.events[0].globalPosition;

      let appendedWhileCatchingUp = false;
      const { received } = collect(checkpoint, streams, async () => {
        if (appendedWhileCatchingUp) return;
        appendedWhileCatchingUp = true;
        await context.store.append(streams[1], 1, newEvents(context.commandId('3'), 2));
      });
      await eventually(() => received.length === 2 + 2 + 2);
      await context.store.append(streams[0], 2, newEvents(context.commandId('4'), 2));
      await eventually(() => received.length === 8);

      const expected = (await context.store.readAll({ after: checkpoint })).filter((event) =>
        streams.includes(event.streamId),
      );
      expect(receivedIds(received)).toEqual(receivedIds(expected));
      expect(received[0].eventId).toBe(first.events[1].eventId);
    });

    it('awaits the handler before delivering the next event, in global order', async () => {
      const stream = context.streamId('a');
      const head = await context.store.headPosition();
      let inFlight = 0;
      let mostInFlight = 0;
      const { received } = collect(head, [stream], async () => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
      });
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 3));
      await context.store.append(stream, 2, newEvents(context.commandId('2'), 3));
      await eventually(() => received.length === 6 && inFlight === 0);

      expect(mostInFlight).toBe(1);
      expect(received.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('delivers nothing more once closed', async () => {
      const stream = context.streamId('a');
      const head = await context.store.headPosition();
      const closing = collect(head, [stream]);
      const staying = collect(head, [stream]);
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('1')));
      await eventually(() => closing.received.length === 1);

      await closing.subscription.close();
      await context.store.append(stream, 0, newEvents(context.commandId('2')));
      // The subscription left open is the witness that the second event was there to deliver.
      await eventually(() => staying.received.length === 2);
      expect(closing.received).toHaveLength(1);
    });
  });
}
