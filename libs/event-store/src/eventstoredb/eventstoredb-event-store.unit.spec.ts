import { GENESIS_PREV_HASH } from '@ledger/evidence';
import { EventStoreErrorCode, WrongExpectedRevisionError } from '../event-store.errors';
import { deterministicEventId } from '../event-id';
import { findRecordedChainBreak } from '../hashed-envelope';
import { newEvents } from '../testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { FakeEsdbClient } from './testing/fake-esdb.client';

/** The adapter's own logic over a stand-in client; the contract suite against a server is the int spec. */
describe(EventStoreDbEventStore.name, () => {
  let fake: FakeEsdbClient;
  let store: EventStoreDbEventStore;
  beforeEach(() => {
    fake = new FakeEsdbClient();
    store = new EventStoreDbEventStore(fake.asClient(), { streamPrefix: 'run-1-' });
  });

  describe('append', () => {
    it('writes under the prefix with derived ids, a hash chain over the unprefixed stream, and log positions', async () => {
      const first = await store.append('negotiation-1', 'no_stream', newEvents('command-1', 2));
      const second = await store.append('negotiation-1', 1, newEvents('command-2'));

      expect(fake.log.map((event) => [event.streamId, event.id])).toEqual([
        ['run-1-negotiation-1', deterministicEventId('command-1', 0)],
        ['run-1-negotiation-1', deterministicEventId('command-1', 1)],
        ['run-1-negotiation-1', deterministicEventId('command-2', 0)],
      ]);
      const events = [...first.events, ...second.events];
      expect(events.map((event) => event.globalPosition)).toEqual(
        fake.log.map((event) => Number(event.position.commit)),
      );
      expect(events.map((event) => event.streamId)).toEqual(['negotiation-1', 'negotiation-1', 'negotiation-1']);
      expect(events[0].prevHash).toBe(GENESIS_PREV_HASH);
      expect(findRecordedChainBreak(events)).toBeNull();
      expect(second).toMatchObject({
        nextExpectedRevision: 2,
        lastGlobalPosition: events[2].globalPosition,
        duplicate: false,
      });
    });

    it('returns the first result for a retried command, even at a stale revision, and writes nothing', async () => {
      const first = await store.append('negotiation-1', 'no_stream', newEvents('command-1', 2));
      await store.append('negotiation-1', 1, newEvents('command-2'));

      const retry = await store.append('negotiation-1', 'no_stream', newEvents('command-1', 2));

      expect(retry).toEqual({ ...first, duplicate: true });
      expect(fake.log).toHaveLength(3);
    });

    it('tells its own write from a twin the server deduplicated, so concurrent retries report one write', async () => {
      const results = await Promise.all(
        [1, 2, 3].map(() => store.append('negotiation-1', 'any', newEvents('command-1'))),
      );

      expect(results.map((result) => result.duplicate).sort()).toEqual([false, true, true]);
      expect(new Set(results.map((result) => result.lastGlobalPosition)).size).toBe(1);
      expect(fake.log).toHaveLength(1);
    });

    it("pins an 'any' append to the revision it chained to, and re-reads after losing the race", async () => {
      await Promise.all(
        Array.from({ length: 6 }, (_, n) => store.append('negotiation-1', 'any', newEvents(`command-${n}`))),
      );

      const events = await store.readStream('negotiation-1');
      expect(events.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(findRecordedChainBreak(events)).toBeNull();
    });

    it('reports a conflict with the actual revision and writes nothing', async () => {
      await store.append('negotiation-1', 'no_stream', newEvents('command-1', 3));

      const conflict = store.append('negotiation-1', 0, newEvents('command-2'));

      await expect(conflict).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(conflict).rejects.toMatchObject({
        code: EventStoreErrorCode.WrongExpectedRevision,
        actualRevision: 2,
      });
      expect(fake.log).toHaveLength(3);
    });
  });

  describe('reads', () => {
    beforeEach(async () => {
      fake.writeForeign('$settings', '$metadata');
      await store.append('negotiation-1', 'no_stream', newEvents('command-1', 2));
      fake.writeForeign('run-2-negotiation-1', 'ProposalTabled');
      fake.writeForeign('run-1-negotiation-1', '$>');
      await store.append('negotiation-2', 'no_stream', newEvents('command-2'));
      fake.writeForeign('$stats-127.0.0.1:2113', '$statsCollected');
    });

    it('returns an unknown stream as empty', async () => {
      expect(await store.readStream('negotiation-9')).toEqual([]);
    });

    it('reads $all without system events or other namespaces, after a position and up to a limit', async () => {
      const all = await store.readAll();
      expect(all.map((event) => [event.streamId, event.revision])).toEqual([
        ['negotiation-1', 0],
        ['negotiation-1', 1],
        ['negotiation-2', 0],
      ]);

      expect(await store.readAll({ after: all[0].globalPosition })).toEqual(all.slice(1));
      expect(await store.readAll({ after: all[0].globalPosition, limit: 1 })).toEqual([all[1]]);
      expect(await store.readAll({ after: all[2].globalPosition })).toEqual([]);
    });

    it('reads after any number, not only after an event, without asking the server to read from inside a record', async () => {
      const all = await store.readAll();

      expect(await store.readAll({ after: all[1].globalPosition - 1 })).toEqual(all.slice(1));
      const fresh = new EventStoreDbEventStore(fake.asClient(), { streamPrefix: 'run-1-' });
      expect(await fresh.readAll({ after: all[2].globalPosition - 1, limit: 1 })).toEqual([all[2]]);
    });

    it("skips, with a warning, an event under the ledger's prefix that is no ledger envelope, rather than fail every read", async () => {
      const warnings = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
      try {
        const before = await store.readAll();
        fake.writeForeign('run-1-orders-1', 'OrderPlaced');

        expect(await store.readAll()).toEqual(before);
        expect(await store.headPosition()).toBe(before[2].globalPosition);
        expect(warnings).toHaveBeenCalledWith(
          expect.stringContaining('run-1-orders-1'),
          'EventStoreForeignEventWarning',
        );
      } finally {
        warnings.mockRestore();
      }
    });

    it('keeps to its own prefix by default, so other writers on the cluster stay invisible', async () => {
      const ledger = new EventStoreDbEventStore(fake.asClient());
      fake.writeForeign('orders-1', 'OrderPlaced');
      const appended = await ledger.append('negotiation-1', 'no_stream', newEvents('command-9'));

      expect(fake.log[fake.log.length - 1].streamId).toBe('ledger.negotiation-1');
      expect(await ledger.readAll()).toEqual(appended.events);
    });

    it('reports the position of the last ledger event as the head, skipping newer system events', async () => {
      const all = await store.readAll();

      expect(await store.headPosition()).toBe(all[2].globalPosition);
      expect(await new EventStoreDbEventStore(fake.asClient(), { streamPrefix: 'run-3-' }).headPosition()).toBe(0);
    });
  });
});
