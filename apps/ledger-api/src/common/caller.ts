import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role, Viewer } from '@ledger/domain';

/** Who is calling, from a verified token: the subject (recordedBy), the party they belong to and their role. */
export type Caller = Viewer & Readonly<{ id: string; role: Role }>;

/** The GraphQL context of one request or one subscription; `caller` is set by the authentication guard. */
export type LedgerContext = { caller?: Caller; req?: unknown };

export function callerOfContext(context: LedgerContext): Caller {
  // The global guard runs before every resolver; a missing caller is a wiring bug, never a way in.
  if (!context.caller) throw new Error('Resolver reached without an authenticated caller');
  return context.caller;
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller =>
  callerOfContext(GqlExecutionContext.create(context).getContext<LedgerContext>()),
);
