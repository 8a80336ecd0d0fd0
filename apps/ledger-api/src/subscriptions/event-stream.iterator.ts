import type { EventStore, RecordedEvent } from '@ledger/event-store';

/**
 * Adapts the store's catch-up subscription to the async iterator GraphQL subscriptions consume. Events
 * queue while the client is slow; `return()` (the client went away) closes the store subscription.
 */
export function recordedEventIterator(
  store: EventStore,
  from: number,
  accept: (event: RecordedEvent) => boolean,
): AsyncIterableIterator<RecordedEvent> {
  const queue: RecordedEvent[] = [];
  let waiting: ((result: IteratorResult<RecordedEvent>) => void) | null = null;
  let done = false;
  const subscription = store.subscribeToAll(from, (event) => {
    if (done || !accept(event)) return;
    if (waiting) {
      waiting({ value: event, done: false });
      waiting = null;
    } else {
      queue.push(event);
    }
  });
  const finish = async (): Promise<IteratorResult<RecordedEvent>> => {
    done = true;
    waiting?.({ value: undefined, done: true });
    waiting = null;
    await subscription.close();
    return { value: undefined, done: true };
  };
  return {
    next: () => {
      const queued = queue.shift();
      if (queued) return Promise.resolve({ value: queued, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** What a map returns for a value the subscriber must not get at all. */
export const SKIP: unique symbol = Symbol('skip');

/** The same iterator with each value mapped in order, leaving out what maps to SKIP; returning or throwing is passed through to the source. */
export function mapAsyncIterator<T, U>(
  source: AsyncIterableIterator<T>,
  map: (value: T) => Promise<U | typeof SKIP>,
): AsyncIterableIterator<U> {
  const mapped = async (result: IteratorResult<T>): Promise<IteratorResult<U>> => {
    for (let current = result; !current.done; current = await source.next()) {
      const value = await map(current.value);
      if (value !== SKIP) return { value, done: false };
    }
    return { value: undefined, done: true };
  };
  return {
    next: async () => mapped(await source.next()),
    return: async () => mapped((await source.return?.()) ?? { value: undefined, done: true }),
    throw: async (error: unknown) => mapped((await source.throw?.(error)) ?? { value: undefined, done: true }),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
