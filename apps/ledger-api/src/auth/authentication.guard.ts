import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { LedgerContext } from '../common/caller';
import { TokenVerifier } from './token.verifier';

type GraphqlWsContext = { connectionParams?: Readonly<Record<string, unknown>> };

/**
 * Sets the caller of every resolver. Over HTTP the authentication plugin has done so already; a graphql-ws
 * subscription carries its token in the connection parameters (`{ authorization: "Bearer <token>" }`).
 * Plain HTTP routes (health, metrics) are not GraphQL and stay open.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly verifier: TokenVerifier) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (execution.getType<GqlContextType>() !== 'graphql') return true;
    const context = GqlExecutionContext.create(execution).getContext<LedgerContext>();
    if (!context.caller) {
      const params = (context.req as GraphqlWsContext | undefined)?.connectionParams;
      context.caller = await this.verifier.verify(params?.authorization ?? params?.Authorization);
    }
    return true;
  }
}
