import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, mergeMap, type Observable } from 'rxjs';
import { callerOfContext, type LedgerContext } from '../common/caller';
import { ReadAuditRecorder } from './read-audit.recorder';

type Answer = { negotiationId?: unknown; edges?: { node?: { negotiationId?: unknown; withheld?: boolean } }[] };

/** The negotiations an answer showed content of: the one asked for, or those of the entries shown (withheld ones are not read). */
export function negotiationsRead(args: Record<string, unknown>, answer: unknown): string[] {
  const ids = new Set<string>();
  if (typeof args.negotiationId === 'string') ids.add(args.negotiationId);
  const { negotiationId, edges } = (answer ?? {}) as Answer;
  if (typeof negotiationId === 'string') ids.add(negotiationId);
  for (const edge of edges ?? []) {
    if (typeof edge.node?.negotiationId === 'string' && edge.node.withheld !== true) ids.add(edge.node.negotiationId);
  }
  return [...ids];
}

/** Records each answered read before the answer leaves: a read that could not be audited is not answered. */
@Injectable()
export class ReadAuditInterceptor implements NestInterceptor {
  constructor(private readonly recorder: ReadAuditRecorder) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const gql = GqlExecutionContext.create(execution);
    const caller = callerOfContext(gql.getContext<LedgerContext>());
    const operation = gql.getInfo<{ fieldName: string }>().fieldName;
    return next.handle().pipe(
      mergeMap((answer) => from(this.recorder.record(caller, operation, negotiationsRead(gql.getArgs(), answer)).then(() => answer))),
    );
  }
}
