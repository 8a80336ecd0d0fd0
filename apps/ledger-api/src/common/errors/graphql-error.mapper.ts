import { GraphQLError } from 'graphql';
import { AccessDeniedError, NegotiationError, NegotiationErrorCode, assertUnreachable } from '@ledger/domain';
import { EventStoreError, EventStoreErrorCode } from '@ledger/event-store';
import { ProjectionRunnerError, ProjectionRunnerErrorCode } from '@ledger/projections';
import { ShuttingDownError } from '../../health/shutdown-gate';
import { InputValidationError } from './input-validation.error';
import { EvidenceError, EvidenceErrorCode } from '@ledger/evidence-ledger';
import { AuthenticationError } from '../../auth/authentication.error';
import { RateLimitedError } from '../../auth/hardening/rate-limiter';

/** The GraphQL error codes this API answers with (DESIGN.md, API conventions). */
export enum ApiErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Unavailable = 'SERVICE_UNAVAILABLE',
  /** The read models of this replica did not reach the asked minPosition in time; retry, or read elsewhere. */
  ReadModelBehind = 'READ_MODEL_BEHIND',
  Internal = 'INTERNAL_SERVER_ERROR',
  /** No verified bearer token (HTTP 401). */
  Unauthenticated = 'UNAUTHENTICATED',
  /** The caller's role or party does not allow it. */
  Forbidden = 'FORBIDDEN',
  /** Too many requests from this caller (HTTP 429), with retryAfterSeconds. */
  RateLimited = 'RATE_LIMITED',
  /** The query nests too deep or costs too much. */
  QueryTooLarge = 'QUERY_TOO_LARGE',
  /** The request body is over the limit (HTTP 413). */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** The request body could not be read as JSON (HTTP 400). */
  BadRequest = 'BAD_REQUEST',
}

/** The one place where library errors become GraphQL errors; libraries never know about GraphQL. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof InputValidationError) {
    return new GraphQLError(error.message, {
      extensions: { code: ApiErrorCode.BadUserInput, field: error.violations[0]?.field, violations: error.violations },
    });
  }
  if (error instanceof NegotiationError) {
    return new GraphQLError(error.message, { extensions: { code: negotiationErrorCode(error.code), field: error.field, rule: error.code } });
  }
  if (error instanceof EventStoreError) return eventStoreError(error);
  if (error instanceof AuthenticationError) {
    return new GraphQLError(error.message, { extensions: { code: ApiErrorCode.Unauthenticated, http: { status: 401 } } });
  }
  if (error instanceof AccessDeniedError) return new GraphQLError(error.message, { extensions: { code: ApiErrorCode.Forbidden, field: error.field } });
  if (error instanceof RateLimitedError) {
    return new GraphQLError(error.message, {
      extensions: { code: ApiErrorCode.RateLimited, retryAfterSeconds: error.retryAfterSeconds, http: { status: 429 } },
    });
  }
  if (error instanceof ProjectionRunnerError) return projectionRunnerError(error);
  if (error instanceof ShuttingDownError) return new GraphQLError(error.message, { extensions: { code: ApiErrorCode.Unavailable } });
  if (error instanceof EvidenceError) return new GraphQLError(error.message, { extensions: { code: evidenceErrorCode(error.code), field: error.field } });
  return new GraphQLError('Internal error; nothing was recorded by this request.', { extensions: { code: ApiErrorCode.Internal } });
}

function evidenceErrorCode(code: EvidenceErrorCode): ApiErrorCode {
  switch (code) {
    case EvidenceErrorCode.NotFound: return ApiErrorCode.NotFound;
    case EvidenceErrorCode.InvalidRequest: return ApiErrorCode.BadUserInput;
    case EvidenceErrorCode.NothingToExport: return ApiErrorCode.NotFound;
    case EvidenceErrorCode.KeyManagedElsewhere: return ApiErrorCode.Conflict;
    default: return assertUnreachable(code);
  }
}

function negotiationErrorCode(code: NegotiationErrorCode): ApiErrorCode {
  switch (code) {
    case NegotiationErrorCode.InvalidInput: return ApiErrorCode.BadUserInput;
    case NegotiationErrorCode.IllegalState: return ApiErrorCode.BadUserInput;
    case NegotiationErrorCode.NotFound: return ApiErrorCode.NotFound;
    case NegotiationErrorCode.AlreadyExists: return ApiErrorCode.Conflict;
    default: return assertUnreachable(code);
  }
}

function eventStoreError(error: EventStoreError): GraphQLError {
  switch (error.code) {
    case EventStoreErrorCode.WrongExpectedRevision:
      return new GraphQLError(error.message, {
        extensions: { code: ApiErrorCode.Conflict, field: 'expectedRevision', currentRevision: error.actualRevision },
      });
    case EventStoreErrorCode.IdempotencyMismatch:
      return new GraphQLError(error.message, { extensions: { code: ApiErrorCode.Conflict, field: 'commandId' } });
    case EventStoreErrorCode.InvalidEvent:
      return new GraphQLError(error.message, { extensions: { code: ApiErrorCode.BadUserInput } });
    case EventStoreErrorCode.Unavailable:
      return new GraphQLError('The event store is unavailable; try again.', { extensions: { code: ApiErrorCode.Unavailable } });
    default:
      return assertUnreachable(error.code);
  }
}

function projectionRunnerError(error: ProjectionRunnerError): GraphQLError {
  switch (error.code) {
    case ProjectionRunnerErrorCode.Timeout:
      return new GraphQLError(`${error.message}. Retry the query, or leave out minPosition to read what this replica has.`, {
        extensions: { code: ApiErrorCode.ReadModelBehind, field: 'minPosition' },
      });
    case ProjectionRunnerErrorCode.Stopped:
      return new GraphQLError('The read models are stopping; try again.', { extensions: { code: ApiErrorCode.Unavailable } });
    case ProjectionRunnerErrorCode.Failed:
      return new GraphQLError('The read models stopped on an event they could not fold; an operator has to look.', { extensions: { code: ApiErrorCode.Internal } });
    default:
      return assertUnreachable(error.code);
  }
}
