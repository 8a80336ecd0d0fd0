import { findRecordedChainBreak } from '../hashed-envelope';
import { EventStoreErrorCode, WrongExpectedRevisionError } from '../event-store.errors';
import { newEvents } from '../testing';
import { APPEND_TAIL_WINDOW } from './esdb-append-lookup';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { FakeEsdbClient } from './testing/fake-esdb.client';

/** Appends over the stand-in client: conflicts however the client reports them, and what an append reads. */
describe('EventStoreDB append', () => {
  describe('with throwOnAppendFailure=false, where the client returns a conflict instead of throwing it', () => {
    let fake: FakeEsdbClient;
    let store: EventStoreDbEventStore;
    beforeEach(() => {
      fake = new FakeEsdbClient({ throwOnAppendFailure: false });
      store = new EventStoreDbEventStore(fake.asClient());
    });

    it('reports a lost race at an exact revision as a conflict with the actual revision', async () => {
      await store.append('negotiation-1', 'no_stream', newEvents('command-1', 3));

      const outcomes = await Promise.allSettled([
        store.append('negotiation-1', 2, newEvents('command-2')),
        store.append('negotiation-1', 2, newEvents('command-3')),
      ]);

      expect(fake.conflicts).toBeGreaterThan(0);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const loser = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(loser.reason).toMatchObject({ code: EventStoreErrorCode.WrongExpectedRevision, actualRevision: 3 });
      expect(await store.readStream('negotiation-1')).toHaveLength(4);
    });

    it("reads the actual revision for the conflict, since the returned one is not the stream's", async () => {
      await store.append('negotiation-1', 'no_stream', newEvents('command-1', 5));
      const once = new EventStoreDbEventStore(fake.asClient(), { maxAppendAttempts: 1 });

      const outcomes = await Promise.allSettled([
        once.append('negotiation-1', 'any', newEvents('command-2')),
        once.append('negotiation-1', 'any', newEvents('command-3')),
      ]);

      const loser = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toMatchObject({ code: EventStoreErrorCode.WrongExpectedRevision, actualRevision: 5 });
    });

    it("retries an 'any' append that lost the race, keeping the chain whole", async () => {
      await Promise.all(
        Array.from({ length: 6 }, (_, n) => store.append('negotiation-1', 'any', newEvents(`command-${n}`))),
      );

      const events = await store.readStream('negotiation-1');
      expect(fake.conflicts).toBeGreaterThan(0);
      expect(events.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(findRecordedChainBreak(events)).toBeNull();
    });
  });

  describe('what an append reads', () => {
    let fake: FakeEsdbClient;
    let store: EventStoreDbEventStore;
    beforeEach(async () => {
      fake = new FakeEsdbClient();
      store = new EventStoreDbEventStore(fake.asClient());
      await store.append('negotiation-1', 'no_stream', newEvents('command-first', 2));
      for (let n = 0; n < 200; n++) await store.append('negotiation-1', n + 1, newEvents(`command-${n}`));
    });

    it('reads a bounded number of events, however long the stream', async () => {
      fake.streamEventsRead = 0;
      await store.append('negotiation-1', 201, newEvents('command-next'));

      expect(fake.streamEventsRead).toBeLessThanOrEqual(APPEND_TAIL_WINDOW + 1);
    });

    it('finds a retried command far back in the stream at the revision it was first sent with', async () => {
      const [first, second] = await store.readStream('negotiation-1', { fromRevision: 0 });
      fake.streamEventsRead = 0;

      const retry = await store.append('negotiation-1', 'no_stream', newEvents('command-first', 2));

      expect(retry).toEqual({
        nextExpectedRevision: 1,
        lastGlobalPosition: second.globalPosition,
        events: [first, second],
        duplicate: true,
      });
      expect(fake.streamEventsRead).toBeLessThanOrEqual(APPEND_TAIL_WINDOW + 3);
      expect(fake.log).toHaveLength(202);
    });

    it('finds every event of a recent command even where the window cuts through it', async () => {
      const first = await store.append('negotiation-1', 'any', newEvents('command-wide', 3));
      for (let n = 0; n < APPEND_TAIL_WINDOW - 1; n++)
        await store.append('negotiation-1', 'any', newEvents(`command-after-${n}`));

      const retry = await store.append('negotiation-1', 'any', newEvents('command-wide', 3));

      expect(retry).toEqual({ ...first, duplicate: true });
    });

    it('refuses, rather than writes twice, a retry found nowhere it looked', async () => {
      const stale = store.append('negotiation-1', 150, newEvents('command-first', 2));

      await expect(stale).rejects.toMatchObject({
        code: EventStoreErrorCode.WrongExpectedRevision,
        actualRevision: 201,
      });
      expect(fake.log).toHaveLength(202);
    });
  });
});
