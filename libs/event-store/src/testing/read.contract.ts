import type { RecordedEvent } from '../event-envelope';
import { findRecordedChainBreak } from '../hashed-envelope';
import { newEvents, type ContractContext, type EventStoreContractSetup } from './contract-context';

const WRITERS = 20;
const APPENDS_PER_WRITER = 10;
const CONTENDED_STREAMS = 4;

export function describeReadContract(
  context: ContractContext,
  capabilities: EventStoreContractSetup['capabilities'],
): void {
  /** Only this test's events: a shared server holds other tests' streams too. */
  const ownEvents = (events: readonly RecordedEvent[], streams: readonly string[]) =>
    events.filter((event) => streams.includes(event.streamId));

  const expectIncreasingPositions = (events: readonly RecordedEvent[], head: number) => {
    const positions = events.map((event) => event.globalPosition);
    positions.forEach((position, index) => expect(position).toBeGreaterThan(index === 0 ? head : positions[index - 1]));
    if (capabilities.gapFreePositions) {
      expect(positions).toEqual(positions.map((_, index) => head + 1 + index));
    }
  };

  describe('readStream', () => {
    it('returns a stream in revision order, from a given revision, and nothing for an unknown stream', async () => {
      const stream = context.streamId('a');
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 3));
      await context.store.append(context.streamId('b'), 'no_stream', newEvents(context.commandId('2')));
      await context.store.append(stream, 2, newEvents(context.commandId('3'), 2));

      expect((await context.store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
      expect((await context.store.readStream(stream, { fromRevision: 3 })).map((event) => event.revision)).toEqual([
        3, 4,
      ]);
      expect(await context.store.readStream(context.streamId('unknown'))).toEqual([]);
    });
  });

  describe('readAll and headPosition', () => {
    it('returns the global log in write order and pages through it with after and limit', async () => {
      const head = await context.store.headPosition();
      const streams = [context.streamId('a'), context.streamId('b')];
      await context.store.append(streams[0], 'no_stream', newEvents(context.commandId('1'), 2));
      await context.store.append(streams[1], 'no_stream', newEvents(context.commandId('2'), 3));
      await context.store.append(streams[0], 1, newEvents(context.commandId('3')));

      const all = ownEvents(await context.store.readAll({ after: head }), streams);
      expect(all.map((event) => [event.streamId, event.revision])).toEqual([
        [streams[0], 0],
        [streams[0], 1],
        [streams[1], 0],
        [streams[1], 1],
        [streams[1], 2],
        [streams[0], 2],
      ]);
      expectIncreasingPositions(all, head);
      expect(await context.store.headPosition()).toBe(all[all.length - 1].globalPosition);

      const paged: RecordedEvent[] = [];
      for (
        let after = head, page = await context.store.readAll({ after, limit: 2 });
        page.length > 0;
        page = await context.store.readAll({ after, limit: 2 })
      ) {
        expect(page.length).toBeLessThanOrEqual(2);
        paged.push(...page);
        after = page[page.length - 1].globalPosition;
      }
      expect(ownEvents(paged, streams)).toEqual(all);
    });

    it('keeps one global order and contiguous stream revisions under concurrent writers', async () => {
      const head = await context.store.headPosition();
      const streams = Array.from({ length: CONTENDED_STREAMS }, (_, n) => context.streamId(`s${n}`));
      const writer = async (w: number) => {
        for (let a = 0; a < APPENDS_PER_WRITER; a++) {
          await context.store.append(
            streams[w % CONTENDED_STREAMS],
            'any',
            newEvents(context.commandId(`w${w}-a${a}`)),
          );
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

      const all = ownEvents(await context.store.readAll({ after: head }), streams);
      expect(all).toHaveLength(WRITERS * APPENDS_PER_WRITER);
      expectIncreasingPositions(all, head);
      for (const stream of streams) {
        const events = await context.store.readStream(stream);
        expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => index));
        expect(findRecordedChainBreak(events)).toBeNull();
      }
    });
  });

  if (capabilities.reopen) {
    describe('reopen', () => {
      it('finds every event after the store is closed and opened again, and continues its streams', async () => {
        const { reopen } = context.fixture;
        if (!reopen) throw new Error('The setup declares reopen but the fixture has no reopen()');
        const head = await context.store.headPosition();
        const [stream, other] = [context.streamId('a'), context.streamId('b')];
        await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 2));
        await context.store.append(other, 'no_stream', newEvents(context.commandId('2')));
        const before = ownEvents(await context.store.readAll({ after: head }), [stream, other]);
        const headBefore = await context.store.headPosition();

        const reopened = await reopen();
        expect(ownEvents(await reopened.readAll({ after: head }), [stream, other])).toEqual(before);
        expect(await reopened.headPosition()).toBe(headBefore);
        const retry = await reopened.append(stream, 'no_stream', newEvents(context.commandId('1'), 2));
        expect(retry.duplicate).toBe(true);
        await reopened.append(stream, 1, newEvents(context.commandId('3')));
        expect(findRecordedChainBreak(await reopened.readStream(stream))).toBeNull();
      });
    });
  }
}
