import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-envelope';
import { EventStoreErrorCode } from '../event-store.errors';
import { findRecordedChainBreak } from '../hashed-envelope';
import { newEvents, type ContractContext } from './contract-context';

const withIds = (events: readonly NewEvent[], ids: readonly string[]): NewEvent[] =>
  events.map((event, index) => ({ ...event, eventId: ids[index] }));

/** Appends that name their events' ids: the write path's keyed ids, and copies of stored events (migrate, import). */
export function describeGivenIdsContract(context: ContractContext): void {
  describe('append under given ids', () => {
    it('stores the events under the ids the writer gives, in a chain whose hashes cover them', async () => {
      const stream = context.streamId('a');
      const ids = [randomUUID(), randomUUID()];
      const result = await context.store.append(
        stream,
        'no_stream',
        withIds(newEvents(context.commandId('1'), 2), ids),
      );

      expect(result.events.map((event) => event.eventId)).toEqual(ids);
      const stored = await context.store.readStream(stream);
      expect(stored.map((event) => event.eventId)).toEqual(ids);
      expect(findRecordedChainBreak(stored)).toBeNull();
    });

    it('answers a retry giving the same ids with the first result and writes nothing', async () => {
      const stream = context.streamId('a');
      const events = withIds(newEvents(context.commandId('1')), [randomUUID()]);
      const first = await context.store.append(stream, 'no_stream', events);
      await context.store.append(stream, 0, newEvents(context.commandId('2')));
      const retry = await context.store.append(stream, 'no_stream', events);

      expect(retry).toEqual({ ...first, duplicate: true });
      expect(await context.store.readStream(stream)).toHaveLength(2);
    });

    it('refuses an append that gives ids to some of its events only, writing nothing', async () => {
      const stream = context.streamId('a');
      const [first, second] = newEvents(context.commandId('1'), 2);

      await expect(
        context.store.append(stream, 'no_stream', [{ ...first, eventId: randomUUID() }, second]),
      ).rejects.toMatchObject({ code: EventStoreErrorCode.InvalidEvent });
      expect(await context.store.readStream(stream)).toEqual([]);
    });
  });
}
