import { Catch, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { ApiErrorCode, toGraphQLError } from './graphql-error.mapper';

/** Maps every error thrown in a resolver; unexpected ones are logged here and answered without internals. */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): GraphQLError {
    const mapped = toGraphQLError(exception);
    if (mapped.extensions.code === ApiErrorCode.Internal) this.logger.error(exception);
    return mapped;
  }
}
