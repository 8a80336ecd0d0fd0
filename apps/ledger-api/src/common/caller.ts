import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

/** Who is calling. Until token authentication lands, the caller names itself in the X-Ledger-User header. */
export type Caller = Readonly<{ id: string }>;

export const CALLER_HEADER = 'x-ledger-user';
const ANONYMOUS = 'anonymous';

export function callerOf(request: Pick<Request, 'headers'> | undefined): Caller {
  const header = request?.headers?.[CALLER_HEADER];
  const id = (Array.isArray(header) ? header[0] : header)?.trim();
  return { id: id ? id.slice(0, 128) : ANONYMOUS };
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller =>
  callerOf(GqlExecutionContext.create(context).getContext<{ req?: Request }>().req),
);
