import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { ApiErrorCode, toGraphQLError } from './graphql-error.mapper';

/**
 * Maps every error thrown in a resolver; unexpected ones are logged here and answered without internals.
 * Plain HTTP routes (health, metrics, an unknown path) get Nest's HTTP answers, a 404 without a logged stack.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const mapped = toGraphQLError(exception);
    if (mapped.extensions.code === ApiErrorCode.Internal) this.logger.error(exception);
    return mapped;
  }
}
