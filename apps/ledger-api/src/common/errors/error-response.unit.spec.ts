import { GraphQLError, parse } from 'graphql';
import { AuthenticationError } from '../../auth/authentication.error';
import { RateLimitedError } from '../../auth/hardening/rate-limiter';
import { errorAnswer } from './error-response';
import { INTERNAL_ERROR_MESSAGE } from './graphql-error.mapper';

const syntaxError = (): GraphQLError => {
  try {
    parse('{ negotiations {');
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('parsed');
};

describe('errorAnswer', () => {
  it('answers a missing token 401 with a Bearer challenge, and a refused one with invalid_token', () => {
    const missing = errorAnswer([new AuthenticationError('A bearer token is required', false)], false, false);
    const refused = errorAnswer([new AuthenticationError('The token has expired')], false, false);
    expect(missing).toEqual({
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="negotiation-ledger"' },
      errors: [
        { message: 'A bearer token is required', extensions: { code: 'UNAUTHENTICATED', field: null, violations: [] } },
      ],
    });
    expect(refused.headers).toEqual({ 'www-authenticate': 'Bearer realm="negotiation-ledger", error="invalid_token"' });
  });

  it('answers a rate-limited caller 429 with Retry-After and retryAfterSeconds', () => {
    expect(errorAnswer([new RateLimitedError(7)], false, false)).toEqual({
      status: 429,
      headers: { 'retry-after': '7' },
      errors: [
        {
          message: 'Too many requests; try again in 7 s',
          extensions: { code: 'RATE_LIMITED', field: null, violations: [], retryAfterSeconds: 7 },
        },
      ],
    });
  });

  it('gives graphql-js parse, validation and variable errors their codes, in the one shape', () => {
    const variable = new GraphQLError(
      'Variable "$input" got invalid value 5; String cannot represent a non string value',
    );
    const unused = new GraphQLError('Variable "$id" is never used in operation "Q".');
    const answer = errorAnswer([syntaxError(), variable, unused], false, false);
    expect(answer.status).toBe(400);
    expect(answer.errors.map((error) => error.extensions)).toEqual([
      { code: 'GRAPHQL_PARSE_FAILED', field: null, violations: [] },
      { code: 'BAD_USER_INPUT', field: null, violations: [] },
      { code: 'GRAPHQL_VALIDATION_FAILED', field: null, violations: [] },
    ]);
  });

  it('maps what the HTTP layer refuses by its code, with its status', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    expect(errorAnswer([tooLarge], false, false)).toMatchObject({
      status: 413,
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('in production hides internal messages and schema suggestions, and keeps the words of refusals the API chose', () => {
    const internal = new GraphQLError('Cannot read properties of undefined', { path: ['negotiation'] });
    const misspelt = new GraphQLError('Cannot query field "negotiatons" on type "Query". Did you mean "negotiations"?');
    const answer = errorAnswer([internal, misspelt, new RateLimitedError(3)], true, true);
    expect(answer.status).toBe(200);
    expect(answer.errors.map((error) => error.message)).toEqual([
      INTERNAL_ERROR_MESSAGE,
      'Cannot query field "negotiatons" on type "Query".',
      'Too many requests; try again in 3 s',
    ]);
  });
});
