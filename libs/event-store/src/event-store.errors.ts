/** Why the store refused or failed: the port's own codes, so no driver error leaks past an adapter. */
export enum EventStoreErrorCode {
  WrongExpectedRevision = 'WRONG_EXPECTED_REVISION',
  IdempotencyMismatch = 'IDEMPOTENCY_MISMATCH',
  Unavailable = 'UNAVAILABLE',
  InvalidEvent = 'INVALID_EVENT',
}

export class EventStoreError extends Error {
  constructor(
    readonly code: EventStoreErrorCode,
    message: string,
    /** For WrongExpectedRevision: the stream's actual revision (-1 when it does not exist). */
    readonly actualRevision?: number,
  ) {
    super(message);
    this.name = 'EventStoreError';
  }
}

export class WrongExpectedRevisionError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: string | number,
    actualRevision: number,
  ) {
    super(
      EventStoreErrorCode.WrongExpectedRevision,
      `Stream ${streamId} is at revision ${actualRevision}, not at the expected ${expected}`,
      actualRevision,
    );
  }
}
