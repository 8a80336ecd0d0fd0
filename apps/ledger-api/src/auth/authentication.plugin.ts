import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import type { Request } from 'express';
import type { LedgerContext } from '../common/caller';
import { toGraphQLError } from '../common/errors/graphql-error.mapper';
import { RateLimiter } from './hardening/rate-limiter';
import { SECURITY_CONFIG, type SecurityConfig } from './security-config';
import { TokenVerifier } from './token.verifier';

/**
 * Every operation over HTTP, introspection included, needs a verified caller before anything runs, and
 * counts against that caller's rate limit. Subscriptions over graphql-ws never pass here; the guard covers them.
 */
@Plugin()
export class AuthenticationPlugin implements ApolloServerPlugin<LedgerContext> {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly verifier: TokenVerifier,
    @Inject(SECURITY_CONFIG) security: SecurityConfig,
  ) {
    this.limiter = new RateLimiter(security.rateLimitPerMinute);
  }

  async requestDidStart(): Promise<GraphQLRequestListener<LedgerContext>> {
    return {
      didResolveOperation: async ({ contextValue }: GraphQLRequestContext<LedgerContext>) => {
        try {
          const caller = await this.verifier.verify((contextValue.req as Request | undefined)?.headers?.authorization);
          this.limiter.take(caller.id);
          contextValue.caller = caller;
        } catch (error) {
          throw toGraphQLError(error);
        }
      },
    };
  }
}
