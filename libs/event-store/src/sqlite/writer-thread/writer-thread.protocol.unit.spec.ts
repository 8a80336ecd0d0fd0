import { EventStoreError, EventStoreErrorCode, WrongExpectedRevisionError } from '../../event-store.errors';
import { InMemoryEventStore } from '../../in-memory/in-memory-event-store';
import { newEvents } from '../../testing';
import type { AppendOutcome, AppendRequest } from '../sqlite-write-group';
import { fromOutcomeWire, toOutcomeWire } from './writer-thread.protocol';

/** What the main thread gets back for an outcome the writer thread sent: through a real structured clone. */
const acrossThreads = (outcome: AppendOutcome, request: AppendRequest) =>
  fromOutcomeWire(structuredClone(toOutcomeWire(7, outcome)), request);

describe('writer thread protocol', () => {
  it('rebuilds a new write from what the writer placed and what the caller sent: the same envelopes, key for key', async () => {
    const request: AppendRequest = { streamId: 'negotiation-a', expected: 'any', events: newEvents('cmd-1', 2) };
    const store = new InMemoryEventStore();
    await store.append('negotiation-a', 'no_stream', newEvents('cmd-0'));
    const result = await store.append(request.streamId, request.expected, request.events);

    const rebuilt = acrossThreads({ result }, request);

    expect(rebuilt).toEqual({ result });
    expect('result' in rebuilt && rebuilt.result.events.map((event) => Object.keys(event))).toEqual(
      result.events.map((event) => Object.keys(event)),
    );
  });

  it('sends a retried command the events as first written, which the caller does not hold', async () => {
    const store = new InMemoryEventStore();
    await store.append('negotiation-a', 'no_stream', newEvents('cmd-1'));
    const retried: AppendRequest = { streamId: 'negotiation-a', expected: 'any', events: newEvents('cmd-1') };
    const result = await store.append(retried.streamId, retried.expected, retried.events);

    expect(result.duplicate).toBe(true);
    expect(acrossThreads({ result }, retried)).toEqual({ result });
  });

  it('keeps a refusal what it was: a conflict stays a WrongExpectedRevisionError with the actual revision', () => {
    const request: AppendRequest = { streamId: 'negotiation-a', expected: 3, events: newEvents('cmd-1') };

    const conflict = acrossThreads({ error: new WrongExpectedRevisionError('negotiation-a', 3, 5) }, request);
    const invalid = acrossThreads(
      { error: new EventStoreError(EventStoreErrorCode.InvalidEvent, 'Append to negotiation-a carries no events') },
      request,
    );

    expect('error' in conflict && conflict.error).toBeInstanceOf(WrongExpectedRevisionError);
    expect('error' in conflict && conflict.error).toMatchObject({
      code: EventStoreErrorCode.WrongExpectedRevision,
      actualRevision: 5,
      message: 'Stream negotiation-a is at revision 5, not at the expected 3',
    });
    expect('error' in invalid && invalid.error).toMatchObject({
      code: EventStoreErrorCode.InvalidEvent,
      message: 'Append to negotiation-a carries no events',
    });
  });
});
