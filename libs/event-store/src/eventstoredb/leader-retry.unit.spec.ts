import { DeadlineExceededError, NotLeaderError, UnavailableError } from '@eventstore/db-client';
import { EventStoreErrorCode } from '../event-store.errors';
import { newEvents } from '../testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { FakeEsdbClient } from './testing/fake-esdb.client';

type ServiceErrorLike = ConstructorParameters<typeof NotLeaderError>[0];

/** What a follower answers during an election: NotLeader, naming the node it takes for the leader. */
const notLeader = () =>
  new NotLeaderError(
    Object.assign(new Error('Leader info available'), {
      code: 5,
      details: 'Leader info available',
      metadata: {
        getMap: () => ({ exception: 'not-leader', 'leader-endpoint-host': 'esdb-2', 'leader-endpoint-port': '2113' }),
      },
    }) as unknown as ServiceErrorLike,
  );

describe('EventStoreDB through a leader election', () => {
  let fake: FakeEsdbClient;
  let store: EventStoreDbEventStore;
  beforeEach(() => {
    fake = new FakeEsdbClient();
    store = new EventStoreDbEventStore(fake.asClient(), {
      leaderRetry: { maxAttempts: 4, backoff: { initialDelayMs: 1, maxDelayMs: 2 } },
    });
  });

  it('repeats appends and reads refused with NotLeader or Unavailable until the new leader answers', async () => {
    fake.failNextCalls.push(notLeader(), new UnavailableError(undefined, 'election in progress'));
    const appended = await store.append('negotiation-1', 'no_stream', newEvents('command-1'));

    fake.failNextCalls.push(notLeader());
    const read = await store.readStream('negotiation-1');
    fake.failNextCalls.push(new UnavailableError(undefined, 'election in progress'));
    const all = await store.readAll();
    fake.failNextCalls.push(notLeader());
    const head = await store.headPosition();

    expect(appended.duplicate).toBe(false);
    expect(read).toEqual(appended.events);
    expect(all).toEqual(appended.events);
    expect(head).toBe(appended.lastGlobalPosition);
    expect(fake.log).toHaveLength(1);
  });

  it('reports a write whose answer was lost as its own, not as a duplicate, and writes it once', async () => {
    fake.lostAnswers.push(new UnavailableError(undefined, 'connection reset before the answer'));

    const appended = await store.append('negotiation-1', 'no_stream', newEvents('command-1', 2));

    expect(appended).toMatchObject({ nextExpectedRevision: 1, duplicate: false });
    expect(fake.log).toHaveLength(2);
  });

  it('repeats an append the server left unanswered, as it does a duplicate of a write still being committed', async () => {
    fake.lostAnswers.push(new DeadlineExceededError(undefined, 'deadline exceeded'));

    const appended = await store.append('negotiation-1', 'no_stream', newEvents('command-1'));

    expect(appended).toMatchObject({ nextExpectedRevision: 0, duplicate: false });
    expect(fake.log).toHaveLength(1);
  });

  it('gives up after the configured attempts, and never repeats what is not an election', async () => {
    fake.failNextCalls.push(...Array.from({ length: 4 }, notLeader));
    await expect(store.append('negotiation-1', 'no_stream', newEvents('command-1'))).rejects.toMatchObject({
      code: EventStoreErrorCode.Unavailable,
    });
    expect(fake.failNextCalls).toHaveLength(0);

    fake.failNextCalls.push(new DeadlineExceededError(undefined, 'deadline exceeded'), notLeader());
    await expect(store.readStream('negotiation-1')).rejects.toMatchObject({ code: EventStoreErrorCode.Unavailable });
    expect(fake.failNextCalls).toHaveLength(1);
  });
});
