import { GENESIS_PREV_HASH } from '@ledger/evidence';
import { EventStoreError, EventStoreErrorCode, WrongExpectedRevisionError } from '../event-store.errors';
import { deterministicEventId } from '../event-id';
import { findRecordedChainBreak } from '../hashed-envelope';
import { newEvents, type ContractContext } from './contract-context';

export function describeAppendContract(context: ContractContext): void {
  describe('append', () => {
    it('starts a new stream with no_stream, numbering revisions from 0 and deriving ids from the command id', async () => {
      const stream = context.streamId('a');
      const result = await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 2));

      expect(result.duplicate).toBe(false);
      expect(result.nextExpectedRevision).toBe(1);
      expect(result.events.map((event) => [event.streamId, event.revision, event.eventId])).toEqual([
        [stream, 0, deterministicEventId(context.commandId('1'), 0)],
        [stream, 1, deterministicEventId(context.commandId('1'), 1)],
      ]);
      expect(result.lastGlobalPosition).toBe(result.events[1].globalPosition);
      expect(await context.store.readStream(stream)).toEqual(result.events);
    });

    it('appends at the exact revision the stream is at', async () => {
      const stream = context.streamId('a');
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 2));
      const result = await context.store.append(stream, 1, newEvents(context.commandId('2')));

      expect(result.nextExpectedRevision).toBe(2);
      expect((await context.store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it('appends with any, whether or not the stream exists', async () => {
      const stream = context.streamId('a');
      await context.store.append(stream, 'any', newEvents(context.commandId('1')));
      const result = await context.store.append(stream, 'any', newEvents(context.commandId('2')));

      expect(result.nextExpectedRevision).toBe(1);
    });

    it('chains each event to the previous hash of its stream', async () => {
      const stream = context.streamId('a');
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 2));
      await context.store.append(context.streamId('other'), 'no_stream', newEvents(context.commandId('2')));
      await context.store.append(stream, 1, newEvents(context.commandId('3')));
      const events = await context.store.readStream(stream);

      expect(events[0].prevHash).toBe(GENESIS_PREV_HASH);
      expect(events.slice(1).map((event) => event.prevHash)).toEqual(events.slice(0, -1).map((event) => event.hash));
      expect(findRecordedChainBreak(events)).toBeNull();
    });
  });

  describe('append conflicts', () => {
    const expectConflict = async (promise: Promise<unknown>, actualRevision: number) => {
      const error = await promise.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ code: EventStoreErrorCode.WrongExpectedRevision, actualRevision });
    };

    it('refuses a stale exact revision, reports the actual one and writes nothing', async () => {
      const stream = context.streamId('a');
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 3));

      await expectConflict(context.store.append(stream, 0, newEvents(context.commandId('2'))), 2);
      expect(await context.store.readStream(stream)).toHaveLength(3);
    });

    it('refuses no_stream on an existing stream', async () => {
      const stream = context.streamId('a');
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('1')));

      await expectConflict(context.store.append(stream, 'no_stream', newEvents(context.commandId('2'))), 0);
      expect(await context.store.readStream(stream)).toHaveLength(1);
    });

    it('refuses an exact revision on a missing stream, reporting -1', async () => {
      const stream = context.streamId('a');

      await expectConflict(context.store.append(stream, 0, newEvents(context.commandId('1'))), -1);
      expect(await context.store.readStream(stream)).toEqual([]);
    });

    it('lets exactly one of several concurrent appends at the same revision win, and the others report it', async () => {
      const stream = context.streamId('a');
      const bystander = context.streamId('b');
      await context.store.append(stream, 'no_stream', newEvents(context.commandId('0')));
      const attempts = await Promise.allSettled([
        ...[1, 2, 3, 4].map((n) => context.store.append(stream, 0, newEvents(context.commandId(`${n}`)))),
        context.store.append(bystander, 'no_stream', newEvents(context.commandId('bystander'))),
      ]);

      expect(attempts.slice(0, 4).filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
      for (const attempt of attempts.filter((attempt) => attempt.status === 'rejected')) {
        expect(attempt.reason).toMatchObject({ code: EventStoreErrorCode.WrongExpectedRevision, actualRevision: 1 });
      }
      expect(attempts[4].status).toBe('fulfilled');
      expect(await context.store.readStream(stream)).toHaveLength(2);
    });

    it('refuses an empty append and one whose events carry different command ids', async () => {
      const stream = context.streamId('a');
      const mixed = [...newEvents(context.commandId('1')), ...newEvents(context.commandId('2'))];

      await expect(context.store.append(stream, 'any', [])).rejects.toMatchObject({
        code: EventStoreErrorCode.InvalidEvent,
      });
      await expect(context.store.append(stream, 'any', mixed)).rejects.toBeInstanceOf(EventStoreError);
      expect(await context.store.readStream(stream)).toEqual([]);
    });
  });

  describe('idempotent retry', () => {
    it('returns the first result for a retried command and appends nothing, even with a now-stale revision', async () => {
      const stream = context.streamId('a');
      const first = await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 2));
      await context.store.append(stream, 1, newEvents(context.commandId('2')));
      const retry = await context.store.append(stream, 'no_stream', newEvents(context.commandId('1'), 2));

      expect(retry).toEqual({ ...first, duplicate: true });
      expect(await context.store.readStream(stream)).toHaveLength(3);
    });

    it('answers concurrent retries of one command with one write', async () => {
      const stream = context.streamId('a');
      const results = await Promise.all(
        [1, 2, 3].map(() => context.store.append(stream, 'any', newEvents(context.commandId('1')))),
      );

      expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
      expect(new Set(results.map((result) => result.lastGlobalPosition)).size).toBe(1);
      expect(await context.store.readStream(stream)).toHaveLength(1);
    });
  });
}
