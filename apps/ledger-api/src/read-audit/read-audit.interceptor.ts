import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, mergeMap, type Observable } from 'rxjs';
import { callerOfContext, type LedgerContext } from '../common/caller';
import { ReadAuditRecorder } from './read-audit.recorder';

type Answer = {
  negotiationId?: unknown;
  withheld?: boolean;
  edges?: { node?: { negotiationId?: unknown; withheld?: boolean } }[];
};

/** How the read audit names every negotiation the caller may see. */
export const EVERY_NEGOTIATION = '*';

const isLiveStream = (answer: unknown): boolean =>
  typeof answer === 'object' && answer !== null && Symbol.asyncIterator in answer;

/**
 * The negotiations an answer showed content of: the one asked for, or those of the objects or entries shown
 * (withheld ones are not read); a list answer (nodes) is each of its objects. A subscription shows whatever
 * is recorded from now on: in the negotiation it names, or in every one the caller may see.
 */
export function negotiationsRead(args: Record<string, unknown>, answer: unknown): string[] {
  const ids = new Set<string>();
  if (typeof args.negotiationId === 'string') ids.add(args.negotiationId);
  else if (isLiveStream(answer)) ids.add(EVERY_NEGOTIATION);
  for (const { negotiationId, withheld, edges } of (Array.isArray(answer) ? answer : [answer]).map(
    (one) => (one ?? {}) as Answer,
  )) {
    if (typeof negotiationId === 'string' && withheld !== true) ids.add(negotiationId);
    for (const edge of edges ?? []) {
      if (typeof edge.node?.negotiationId === 'string' && edge.node.withheld !== true) ids.add(edge.node.negotiationId);
    }
  }
  return [...ids];
}

const READ_AUDIT_OPERATION = 'read-audit:operation';

/** The operation a read is recorded under when it is not the field's name (a dossier is an `export`). */
export const ReadAuditedAs = (operation: string) => SetMetadata(READ_AUDIT_OPERATION, operation);

/**
 * Records each answered read before the answer leaves: a read that could not be audited is not answered.
 * The one place reads are audited, for every query that shows negotiation content, exports included.
 */
@Injectable()
export class ReadAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly recorder: ReadAuditRecorder,
    private readonly reflector: Reflector,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const gql = GqlExecutionContext.create(execution);
    const caller = callerOfContext(gql.getContext<LedgerContext>());
    const operation =
      this.reflector.get<string | undefined>(READ_AUDIT_OPERATION, execution.getHandler()) ??
      gql.getInfo<{ fieldName: string }>().fieldName;
    return next
      .handle()
      .pipe(
        mergeMap((answer) =>
          from(this.recorder.record(caller, operation, negotiationsRead(gql.getArgs(), answer)).then(() => answer)),
        ),
      );
  }
}
