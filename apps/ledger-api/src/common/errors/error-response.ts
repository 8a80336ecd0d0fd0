import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError } from '../../auth/authentication.error';
import { RateLimitedError } from '../../auth/hardening/rate-limiter';
import { ApiErrorCode, INTERNAL_ERROR_MESSAGE, refusal, toGraphQLError } from './graphql-error.mapper';

/** The HTTP status of a request refused before it ran; once it ran, the answer is 200 with its data and errors. */
const REQUEST_STATUS: Partial<Record<string, number>> = {
  [ApiErrorCode.Unauthenticated]: 401,
  [ApiErrorCode.RateLimited]: 429,
  [ApiErrorCode.PayloadTooLarge]: 413,
  [ApiErrorCode.Internal]: 500,
  [ApiErrorCode.Unavailable]: 503,
};

/** What the HTTP layer (fastify, the GraphQL driver) refuses, by its error code, as this API's refusals. */
const TRANSPORT_REFUSALS: Readonly<Record<string, { code: ApiErrorCode; message?: string; status: number }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: ApiErrorCode.PayloadTooLarge,
    message: 'The request body is larger than the ledger accepts (100 kB)',
    status: 413,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: ApiErrorCode.BadRequest,
    message: 'The request body must be application/json',
    status: 415,
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: ApiErrorCode.BadRequest, message: 'The request body is empty', status: 400 },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: ApiErrorCode.BadRequest,
    message: 'The request body is not valid JSON',
    status: 400,
  },
  FST_ERR_VALIDATION: { code: ApiErrorCode.BadRequest, status: 400 },
  MER_ERR_GQL_CSRF_PREVENTION: { code: ApiErrorCode.BadRequest, status: 400 },
  MER_ERR_METHOD_NOT_ALLOWED: {
    code: ApiErrorCode.BadRequest,
    message: 'Only queries may be sent with GET; send mutations with POST',
    status: 405,
  },
  LEDGER_UNSUPPORTED_ENCODING: { code: ApiErrorCode.BadRequest, status: 415 },
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: {
    code: ApiErrorCode.BadRequest,
    message: 'The request has no query',
    status: 400,
  },
};

/** One refusal as answered: the error, its HTTP status had it been the request's only error, and headers it calls for. */
export type Refusal = Readonly<{ error: GraphQLError; status: number; headers: Readonly<Record<string, string>> }>;

export type ErrorAnswer = Readonly<{
  status: number;
  headers: Readonly<Record<string, string>>;
  errors: GraphQLFormattedError[];
}>;

/**
 * Whatever went wrong, from any layer and either transport, as this API's refusals in one shape. `ran` says
 * whether the operation was executed (its errors are then field errors, answered with 200 beside the data).
 */
export function errorAnswer(errors: readonly unknown[], ran: boolean, production: boolean): ErrorAnswer {
  const refusals = errors.flatMap(refusalsOf);
  const first = refusals[0];
  return {
    status: ran || !first ? 200 : first.status,
    headers: Object.assign({}, ...refusals.map((refused) => refused.headers)) as Record<string, string>,
    errors: refusals.map(({ error }) => presented(error, production)),
  };
}

function refusalsOf(error: unknown): Refusal[] {
  // The driver wraps parse and validation errors of one request into one error holding them all.
  const inner = (error instanceof GraphQLError ? error.originalError : error) as { errors?: unknown } | undefined;
  if (Array.isArray(inner?.errors)) return inner.errors.flatMap(refusalsOf);
  if (error instanceof GraphQLError) return [graphqlRefusal(error)];
  const transport = TRANSPORT_REFUSALS[(error as { code?: string } | null)?.code ?? ''];
  if (transport)
    return [
      { error: refusal(transport.code, transport.message ?? messageOf(error)), status: transport.status, headers: {} },
    ];
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return [{ error: refusal(ApiErrorCode.BadRequest, messageOf(error)), status, headers: {} }];
  return [withStatus(toGraphQLError(error), headersOf(error))];
}

/** graphql-js errors carry no code: parse, variable and validation errors get theirs here; ours are brought to the one shape. */
function graphqlRefusal(error: GraphQLError): Refusal {
  // graphql-jit's located errors keep the resolver's error as originalError, but not always its extensions.
  const code = error.extensions?.code ?? (error.originalError as GraphQLError | undefined)?.extensions?.code;
  const original = error.originalError;
  if (typeof code === 'string') {
    const extensions = error.extensions?.code ? error.extensions : (original as GraphQLError).extensions;
    return withStatus(
      'violations' in extensions
        ? located(new GraphQLError(error.message, { extensions }), error)
        : reshaped(error, code, extensions),
      {},
    );
  }
  if (original && !(original instanceof GraphQLError)) {
    return refusalsOf(original).map((refused) => ({ ...refused, error: located(refused.error, error) }))[0];
  }
  if (error.path) return withStatus(located(refusal(ApiErrorCode.Internal, error.message), error), {});
  if (error.message.startsWith('Syntax Error'))
    return { error: located(refusal(ApiErrorCode.ParseFailed, error.message), error), status: 400, headers: {} };
  if (/^Variable "\$\w+" (got invalid value|of required type|of non-null type)/.test(error.message))
    return { error: located(refusal(ApiErrorCode.BadUserInput, error.message), error), status: 400, headers: {} };
  return { error: located(refusal(ApiErrorCode.ValidationFailed, error.message), error), status: 400, headers: {} };
}

function withStatus(error: GraphQLError, headers: Readonly<Record<string, string>>): Refusal {
  return { error, status: REQUEST_STATUS[String(error.extensions.code)] ?? 400, headers };
}

/** The standard headers of a refusal: how to authenticate (RFC 6750), when to come back (RFC 9110). */
function headersOf(error: unknown): Record<string, string> {
  if (error instanceof AuthenticationError) {
    return {
      'www-authenticate': `Bearer realm="negotiation-ledger"${error.tokenGiven ? ', error="invalid_token"' : ''}`,
    };
  }
  if (error instanceof RateLimitedError) return { 'retry-after': String(error.retryAfterSeconds) };
  return {};
}

/** A code set elsewhere (a scalar's parser) without the rest of the shape. */
function reshaped(error: GraphQLError, code: string, extensions: Readonly<Record<string, unknown>>): GraphQLError {
  const { field, code: _code, ...extra } = extensions as { field?: string; code?: string };
  return located(refusal(code as ApiErrorCode, error.message, { ...extra, field: field ?? null }), error);
}

/** The same refusal at the place in the query where it happened. */
function located(refused: GraphQLError, where: GraphQLError): GraphQLError {
  return new GraphQLError(refused.message, {
    nodes: where.nodes,
    source: where.source,
    positions: where.positions,
    path: where.path,
    extensions: refused.extensions,
  });
}

/**
 * In production no answer carries an internal message, and validation does not spell out the schema
 * ("Did you mean ...?"). Refusals with a code the API chose keep their message.
 */
function presented(error: GraphQLError, production: boolean): GraphQLFormattedError {
  const formatted = error.toJSON();
  if (!production) return formatted;
  const code = formatted.extensions?.code;
  if (code === ApiErrorCode.Internal) return { ...formatted, message: INTERNAL_ERROR_MESSAGE };
  if (code === ApiErrorCode.ValidationFailed)
    return { ...formatted, message: formatted.message.replace(/ ?Did you mean .*\?$/, '') };
  return formatted;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
