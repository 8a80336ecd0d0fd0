import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { callerOfContext, type Caller, type LedgerContext } from '../common/caller';
import { correlationIdOf } from '../logging/correlation-id';

/**
 * Who sends a mutation, and the request's correlation id (from its header, or chosen for it): read from the
 * request once and handed to the recorder as an argument, never written into the input.
 */
export type CommandContext = Readonly<{ caller: Caller; correlationId: string | undefined }>;

export const CurrentCommandContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandContext => {
    const ledgerContext = GqlExecutionContext.create(context).getContext<LedgerContext>();
    return {
      caller: callerOfContext(ledgerContext),
      correlationId: correlationIdOf(ledgerContext.req as object | undefined),
    };
  },
);
