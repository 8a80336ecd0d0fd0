import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MercuriusContext } from 'mercurius';
import { OperationLimits } from '../../auth/hardening/operation-limits';
import { RequestAdmission } from '../../auth/request-admission';
import type { SecurityConfig } from '../../auth/security-config';
import type { LedgerContext } from '../caller';
import { errorAnswer } from '../errors/error-response';
import { describeRootTypes } from './root-type-descriptions';
import { noteRequestFacts } from '../../logging/request-facts';

export const GRAPHQL_PATH = '/graphql';

/** The context of one operation over HTTP: the driver's, with the request and the caller the pipeline admitted. */
type HttpContext = MercuriusContext & LedgerContext & { req: FastifyRequest };

type GraphqlRequestBody = { operationName?: unknown; variables?: unknown };

/** The body of a POST, or the query string of a GET (its variables are a JSON string there). */
function requestFieldsOf(request: FastifyRequest): GraphqlRequestBody {
  if (request.method !== 'GET') return (request.body ?? {}) as GraphqlRequestBody;
  const { operationName, variables } = (request.query ?? {}) as { operationName?: string; variables?: string };
  return { operationName, variables: variables === undefined ? undefined : JSON.parse(variables) };
}

/**
 * The GraphQL endpoint over HTTP: Mercurius on Fastify, with queries compiled by graphql-jit from their
 * second run on. The pipeline every operation meets, in order: authentication and the rate limit (before
 * the query is parsed, so an anonymous caller learns nothing of the schema), variables, token and field
 * counts, graphql-js validation with the introspection policy, then depth and cost, re-checked for every
 * request because the driver caches validated documents. graphql-ws applies the same (see subscriptions).
 */
export function graphqlDriverOptions(
  security: SecurityConfig,
  admission: RequestAdmission,
  limits: OperationLimits,
): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: describeRootTypes,
    path: GRAPHQL_PATH,
    // Mercurius's own GraphiQL loads from a CDN: the service serves its own build at /graphiql instead.
    graphiql: false,
    jit: 1,
    allowBatchedQueries: false,
    // A request must say it is not a simple browser form post: no cross-site request forgery by plain HTML.
    csrfPrevention: true,
    graphql: { parseOptions: { maxTokens: security.maxQueryTokens } },
    validationRules: [...limits.validationRules],
    context: (request: FastifyRequest) => ({ req: request }),
    errorFormatter: (execution, context) => {
      // A request refused before it ran has no data entry at all; one that ran has data, null or not.
      const ran = execution.data !== undefined;
      const answer = errorAnswer(execution.errors, ran, security.production);
      noteRequestFacts((context as Partial<HttpContext>).req, {
        outcome: String(answer.errors[0]?.extensions?.code ?? 'OK'),
      });
      (context as { reply?: FastifyReply }).reply?.headers(answer.headers);
      return {
        statusCode: answer.status,
        response: ran ? { data: execution.data, errors: answer.errors } : { errors: answer.errors },
      };
    },
    hooks: {
      preParsing: async (_schema, _source, context) => {
        const http = context as HttpContext;
        const { operationName, variables } = requestFieldsOf(http.req);
        noteRequestFacts(http.req, { operation: typeof operationName === 'string' ? operationName : 'anonymous' });
        http.caller = admission.admit(await admission.authenticate(http.req.headers.authorization, http.req.ip));
        noteRequestFacts(http.req, { sub: http.caller.id, party: http.caller.party });
        limits.assertVariables(variables);
      },
      preValidation: (_schema, document) => limits.assertFieldCount(document),
      preExecution: (schema, document, context, variables) => {
        const { req } = context as HttpContext;
        const operationName = requestFieldsOf(req).operationName;
        const operation = limits.assertDepthAndCost(
          schema,
          document,
          typeof operationName === 'string' ? operationName : null,
          variables ?? {},
        );
        // A request that names no operation is logged and measured under the name its document gives.
        if (typeof operationName !== 'string' && operation?.name)
          noteRequestFacts(req, { operation: operation.name.value });
        // graphql-jit leaves out the default values of input object fields, which command inputs rely on. Handing
        // the driver the document as "modified" runs mutations on graphql-js; queries, the hot path, stay compiled.
        return operation?.operation === 'mutation' ? { document } : undefined;
      },
    },
  } as MercuriusDriverConfig;
}
