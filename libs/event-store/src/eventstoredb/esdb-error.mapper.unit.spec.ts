import {
  AccessDeniedError,
  DeadlineExceededError,
  isCommandError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventStoreError, EventStoreErrorCode, WrongExpectedRevisionError } from '../event-store.errors';
import { ReconnectingError, toEventStoreError, type EsdbErrorContext } from './esdb-error.mapper';

type ServiceErrorLike = ConstructorParameters<typeof NotLeaderError>[0];

/** A gRPC error as the server sends it: the client reads the failure kind from its metadata. */
const serviceError = (message: string, code: number, metadata: Record<string, string>): ServiceErrorLike =>
  Object.assign(new Error(message), {
    code,
    details: message,
    metadata: { getMap: () => metadata },
  }) as unknown as ServiceErrorLike;

const appending: EsdbErrorContext = { operation: 'Appending', streamId: 'negotiation-1', expected: 0 };

const mapped = (error: unknown, context: EsdbErrorContext = appending) => {
  const result = toEventStoreError(error, context);
  // Nothing of the client may leak: the result is the port's own error, with no client error inside.
  expect(result).toBeInstanceOf(EventStoreError);
  expect(isCommandError(result)).toBe(false);
  expect(Object.values(result).some((value) => value instanceof Error)).toBe(false);
  return result;
};

describe('toEventStoreError', () => {
  it('maps a wrong expected version to the port conflict with the actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'negotiation-1', expected: 0n, current: 3n });

    const result = mapped(error);
    expect(result).toBeInstanceOf(WrongExpectedRevisionError);
    expect(result).toMatchObject({ code: EventStoreErrorCode.WrongExpectedRevision, actualRevision: 3 });
    expect(result.message).toBe('Stream negotiation-1 is at revision 3, not at the expected 0');
  });

  it('reports a missing stream in a conflict as revision -1', () => {
    const noStream = new WrongExpectedVersionError(undefined, {
      streamName: 'negotiation-1',
      expected: 0n,
      current: 'no_stream',
    });

    expect(mapped(noStream)).toMatchObject({ code: EventStoreErrorCode.WrongExpectedRevision, actualRevision: -1 });
    expect(mapped(new StreamNotFoundError(undefined, 'negotiation-1'))).toMatchObject({
      code: EventStoreErrorCode.WrongExpectedRevision,
      actualRevision: -1,
    });
  });

  it('maps the server-side wrong-expected-version failure as it arrives over gRPC', () => {
    const error = serviceError('Wrong expected version', 9, {
      exception: 'wrong-expected-version',
      'stream-name': 'negotiation-1',
      'expected-version': '0',
      'actual-version': '5',
    });

    expect(mapped(error)).toMatchObject({ code: EventStoreErrorCode.WrongExpectedRevision, actualRevision: 5 });
  });

  it('maps a follower answering a write as unavailable, so the caller retries on the leader', () => {
    const error = new NotLeaderError(
      serviceError('Leader info available', 5, {
        exception: 'not-leader',
        'leader-endpoint-host': 'esdb-2',
        'leader-endpoint-port': '2113',
      }),
    );

    const result = mapped(error);
    expect(result.code).toBe(EventStoreErrorCode.Unavailable);
    expect(result.message).toContain('not the cluster leader');
    expect(result).toBeInstanceOf(ReconnectingError);
  });

  it('maps unavailability, deadlines, raw gRPC status codes and a failed discovery as unavailable', () => {
    const failures = [
      new UnavailableError(undefined, 'No connection established'),
      new DeadlineExceededError(undefined, 'Deadline exceeded'),
      serviceError('14 UNAVAILABLE: connection refused', 14, {}),
      new Error('Failed to discover after 10 attempts.'),
    ];

    for (const failure of failures) {
      const result = mapped(failure);
      expect(result.code).toBe(EventStoreErrorCode.Unavailable);
      expect(result.message).toMatch(/^Appending on negotiation-1: /);
    }
    expect(mapped(failures[1]).message).toContain('did not answer in time');
    // Only what the client reconnects after is worth retrying at once: a deadline may be a stuck server.
    expect(failures.map((failure) => mapped(failure) instanceof ReconnectingError)).toEqual([true, false, true, false]);
    expect(mapped(failures[3]).message).toContain('Failed to discover after 10 attempts.');
  });

  it('names access denied and a deleted stream, for which the port has no code of its own', () => {
    expect(mapped(new AccessDeniedError(undefined, 'Access denied'), { operation: 'Reading $all' })).toMatchObject({
      code: EventStoreErrorCode.Unavailable,
      message: 'Reading $all: access denied: check the credentials in the connection string',
    });
    expect(mapped(StreamDeletedError.fromStreamName('negotiation-1')).message).toContain('was deleted on the server');
  });

  it('maps an append over the size limit as an invalid event', () => {
    expect(mapped(MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576))).toMatchObject({
      code: EventStoreErrorCode.InvalidEvent,
      message: "Appending: the events exceed the server's maximum append size of 1048576 bytes",
    });
  });

  it('passes the port errors the adapter raised itself through unchanged', () => {
    const own = new EventStoreError(EventStoreErrorCode.InvalidEvent, 'no envelope');

    expect(toEventStoreError(own, appending)).toBe(own);
  });
});
