import { convertToCommandError, ErrorType, isCommandError, type CommandError } from '@eventstore/db-client';
import { EventStoreError, EventStoreErrorCode, WrongExpectedRevisionError } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';
import { fromEsdbCurrentRevision, NO_STREAM_REVISION } from './esdb-revision.mapper';

/** What the adapter was doing, so the port error can name the stream and the expectation. */
export type EsdbErrorContext = Readonly<{ operation: string; streamId?: string; expected?: ExpectedRevision }>;

/**
 * Turns anything thrown by a client call into the port's errors, so no client type escapes the adapter.
 * Failures the port has no code for (access denied, a deleted stream) become UNAVAILABLE: the caller can
 * do nothing but report them, and the message says which one it was.
 */
export function toEventStoreError(error: unknown, context: EsdbErrorContext): EventStoreError {
  if (error instanceof EventStoreError) return error;
  const converted = error instanceof Error ? convertToCommandError(error) : error;
  if (converted instanceof Error && isCommandError(converted)) return fromCommandError(converted, context);
  const reason = converted instanceof Error ? converted.message : String(converted);
  return unavailable(context, `EventStoreDB could not be reached (${reason})`);
}

function fromCommandError(error: CommandError, context: EsdbErrorContext): EventStoreError {
  const streamId = context.streamId ?? 'unknown stream';
  switch (error.type) {
    case ErrorType.WRONG_EXPECTED_VERSION:
      return new WrongExpectedRevisionError(
        streamId,
        describeExpected(context.expected),
        fromEsdbCurrentRevision(error.actualVersion),
      );
    case ErrorType.STREAM_NOT_FOUND:
    case ErrorType.NO_STREAM:
      return new WrongExpectedRevisionError(streamId, describeExpected(context.expected), NO_STREAM_REVISION);
    case ErrorType.NOT_LEADER:
      return new ReconnectingError(
        context,
        'the node is not the cluster leader; the client reconnects to the leader it named',
      );
    case ErrorType.UNAVAILABLE:
      return new ReconnectingError(context, `the server is unavailable (${error.message}); the client reconnects`);
    case ErrorType.CANCELLED:
      return unavailable(context, `the server is unavailable (${error.message})`);
    case ErrorType.DEADLINE_EXCEEDED:
    case ErrorType.TIMEOUT:
      return new UnansweredError(context, `the server did not answer in time (${error.message})`);
    case ErrorType.ACCESS_DENIED:
      return unavailable(context, 'access denied: check the credentials in the connection string');
    case ErrorType.STREAM_DELETED:
      return unavailable(context, `stream ${streamId} was deleted on the server, which the ledger never does`);
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
      return new EventStoreError(
        EventStoreErrorCode.InvalidEvent,
        `${context.operation}: the events exceed the server's maximum append size of ${error.maxAppendSize} bytes`,
      );
    case ErrorType.INVALID_ARGUMENT:
      return new EventStoreError(
        EventStoreErrorCode.InvalidEvent,
        `${context.operation}: the server refused the request (${error.message})`,
      );
    default:
      return unavailable(context, `the server failed (${error.type}: ${error.message})`);
  }
}

/**
 * UNAVAILABLE after which the client has dropped its connection and finds the leader again on the next
 * call (the leader the refusing node named, or by discovery): what a leader election looks like.
 */
export class ReconnectingError extends EventStoreError {
  constructor(context: EsdbErrorContext, reason: string) {
    super(EventStoreErrorCode.Unavailable, describe(context, reason));
    this.name = 'ReconnectingError';
  }
}

/**
 * UNAVAILABLE because no answer came in time: whether the call took effect is unknown. The server gives
 * no answer at all to a repeated write of events whose first write is still being committed (it drops
 * it), so concurrent retries of one command end here.
 */
export class UnansweredError extends EventStoreError {
  constructor(context: EsdbErrorContext, reason: string) {
    super(EventStoreErrorCode.Unavailable, describe(context, reason));
    this.name = 'UnansweredError';
  }
}

function unavailable(context: EsdbErrorContext, reason: string): EventStoreError {
  return new EventStoreError(EventStoreErrorCode.Unavailable, describe(context, reason));
}

function describe(context: EsdbErrorContext, reason: string): string {
  const where = context.streamId ? ` on ${context.streamId}` : '';
  return `${context.operation}${where}: ${reason}`;
}

function describeExpected(expected: ExpectedRevision | undefined): string | number {
  return expected ?? 'a revision';
}
