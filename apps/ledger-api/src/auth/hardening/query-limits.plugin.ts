import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApiErrorCode } from '../../common/errors/graphql-error.mapper';
import { SECURITY_CONFIG, type SecurityConfig } from '../security-config';
import { queryComplexity, queryDepth } from './query-cost';
import { OperationCostCache } from './operation-cost.cache';

/** Refuses operations too deep or too costly before they run; the answer says by how much. */
@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin {
  private readonly measured = new OperationCostCache();

  constructor(@Inject(SECURITY_CONFIG) private readonly security: SecurityConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    return {
      didResolveOperation: async ({ document, operation, operationName, request, schema }: GraphQLRequestContextDidResolveOperation<Record<string, unknown>>) => {
        if (!operation) return;
        const depth = this.measured.depth(operation, () => queryDepth(document, operation));
        if (depth > this.security.maxQueryDepth) throw tooLarge(`The query nests ${depth} levels deep; at most ${this.security.maxQueryDepth} are allowed`);
        const variables = request.variables ?? {};
        const complexity = this.measured.cost(operation, variables, () => costOf(() => queryComplexity(schema, document, operationName ?? undefined, variables)));
        if (complexity > this.security.maxQueryComplexity) {
          throw tooLarge(`The query costs ${complexity}; at most ${this.security.maxQueryComplexity} is allowed (ask for smaller pages)`);
        }
      },
    };
  }
}

/**
 * Costing reads the variables; variables of the wrong type make it throw. Such an operation never runs: the
 * executor refuses it next, with BAD_USER_INPUT naming the variable, which is the better answer to give.
 */
function costOf(estimate: () => number): number {
  try {
    return estimate();
  } catch {
    return 0;
  }
}

const tooLarge = (message: string) => new GraphQLError(message, { extensions: { code: ApiErrorCode.QueryTooLarge, http: { status: 400 } } });
