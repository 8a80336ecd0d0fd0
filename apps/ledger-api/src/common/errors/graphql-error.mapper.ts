import { GraphQLError } from 'graphql';
import { AccessDeniedError, NegotiationError, NegotiationErrorCode, assertUnreachable } from '@ledger/domain';
import { EventStoreError, EventStoreErrorCode } from '@ledger/event-store';
import { ProjectionRunnerError, ProjectionRunnerErrorCode } from '@ledger/projections';
import { ShuttingDownError } from '../../health/shutdown-gate';
import { InputValidationError, type FieldViolation } from './input-validation.error';
import { EvidenceError, EvidenceErrorCode } from '@ledger/evidence-ledger';
import { AuthenticationError } from '../../auth/authentication.error';
import { RateLimitedError } from '../../auth/hardening/rate-limiter';

/** The GraphQL error codes this API answers with; every refusal carries one in `extensions.code`. */
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
  /** The request could not be read: not JSON, too deeply nested, a refused encoding or method (HTTP 400, 405, 415). */
  BadRequest = 'BAD_REQUEST',
  /** The query text is not GraphQL, or has more tokens than allowed (HTTP 400). */
  ParseFailed = 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema, or asks for introspection where it is off (HTTP 400). */
  ValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
}

/**
 * Every refusal carries the same extensions: `code`, `field` (the input at fault, or null) and `violations`;
 * RATE_LIMITED adds `retryAfterSeconds`, a CONFLICT on expectedRevision adds `currentRevision`.
 */
export function refusal(
  code: ApiErrorCode,
  message: string,
  {
    field = null,
    violations,
    ...extra
  }: { field?: string | null; violations?: readonly FieldViolation[]; [key: string]: unknown } = {},
): GraphQLError {
  const listed = violations ?? (field ? [{ field, message }] : []);
  return new GraphQLError(message, { extensions: { code, field: field ?? null, violations: listed, ...extra } });
}

/** The one place where library errors become GraphQL errors; libraries never know about GraphQL. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof InputValidationError) {
    return refusal(ApiErrorCode.BadUserInput, error.message, {
      field: error.violations[0]?.field,
      violations: error.violations,
    });
  }
  if (error instanceof NegotiationError)
    return refusal(negotiationErrorCode(error.code), error.message, { field: error.field });
  if (error instanceof EventStoreError) return eventStoreError(error);
  if (error instanceof AuthenticationError) return refusal(ApiErrorCode.Unauthenticated, error.message);
  if (error instanceof AccessDeniedError) return refusal(ApiErrorCode.Forbidden, error.message, { field: error.field });
  if (error instanceof RateLimitedError)
    return refusal(ApiErrorCode.RateLimited, error.message, { retryAfterSeconds: error.retryAfterSeconds });
  if (error instanceof ProjectionRunnerError) return projectionRunnerError(error);
  if (error instanceof ShuttingDownError) return refusal(ApiErrorCode.Unavailable, error.message);
  if (error instanceof EvidenceError)
    return refusal(evidenceErrorCode(error.code), error.message, { field: error.field });
  return refusal(ApiErrorCode.Internal, INTERNAL_ERROR_MESSAGE);
}

export const INTERNAL_ERROR_MESSAGE = 'Internal error; nothing was recorded by this request.';

function evidenceErrorCode(code: EvidenceErrorCode): ApiErrorCode {
  switch (code) {
    case EvidenceErrorCode.NotFound:
      return ApiErrorCode.NotFound;
    case EvidenceErrorCode.InvalidRequest:
      return ApiErrorCode.BadUserInput;
    case EvidenceErrorCode.NothingToExport:
      return ApiErrorCode.NotFound;
    case EvidenceErrorCode.KeyManagedElsewhere:
      return ApiErrorCode.Conflict;
    default:
      return assertUnreachable(code);
  }
}

function negotiationErrorCode(code: NegotiationErrorCode): ApiErrorCode {
  switch (code) {
    case NegotiationErrorCode.InvalidInput:
      return ApiErrorCode.BadUserInput;
    case NegotiationErrorCode.IllegalState:
      return ApiErrorCode.BadUserInput;
    case NegotiationErrorCode.NotFound:
      return ApiErrorCode.NotFound;
    case NegotiationErrorCode.AlreadyExists:
      return ApiErrorCode.Conflict;
    default:
      return assertUnreachable(code);
  }
}

function eventStoreError(error: EventStoreError): GraphQLError {
  switch (error.code) {
    case EventStoreErrorCode.WrongExpectedRevision:
      return refusal(ApiErrorCode.Conflict, error.message, {
        field: 'expectedRevision',
        currentRevision: error.actualRevision,
      });
    case EventStoreErrorCode.IdempotencyMismatch:
      return refusal(ApiErrorCode.Conflict, error.message, { field: 'commandId' });
    case EventStoreErrorCode.InvalidEvent:
      return refusal(ApiErrorCode.BadUserInput, error.message);
    case EventStoreErrorCode.Unavailable:
      return refusal(ApiErrorCode.Unavailable, 'The event store is unavailable; try again.');
    default:
      return assertUnreachable(error.code);
  }
}

function projectionRunnerError(error: ProjectionRunnerError): GraphQLError {
  switch (error.code) {
    case ProjectionRunnerErrorCode.Timeout:
      return refusal(
        ApiErrorCode.ReadModelBehind,
        `${error.message}. Retry the query, or leave out minPosition to read what this replica has.`,
        { field: 'minPosition' },
      );
    case ProjectionRunnerErrorCode.Stopped:
      return refusal(ApiErrorCode.Unavailable, 'The read models are stopping; try again.');
    case ProjectionRunnerErrorCode.Failed:
      return refusal(
        ApiErrorCode.Internal,
        'The read models stopped on an event they could not fold; an operator has to look.',
      );
    default:
      return assertUnreachable(error.code);
  }
}
