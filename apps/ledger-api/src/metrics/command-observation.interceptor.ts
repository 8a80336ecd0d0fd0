import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { toGraphQLError } from '../common/errors/graphql-error.mapper';
import { ShutdownGate } from '../health/shutdown-gate';
import { correlationIdOf } from '../logging/correlation-id';
import { LEDGER_LOGGER, type LedgerLogger } from '../logging/ledger-logger';
import { traceContextOf } from '../logging/trace-context';
import { LedgerMetrics } from './ledger-metrics';

/**
 * Wraps every GraphQL mutation (each is one command): refuses it while shutting down, tracks it so
 * shutdown waits for it, and records its latency and outcome in metrics and logs under the request's
 * correlation id.
 */
@Injectable()
export class CommandObservationInterceptor implements NestInterceptor {
  constructor(
    private readonly shutdown: ShutdownGate,
    private readonly metrics: LedgerMetrics,
    @Inject(LEDGER_LOGGER) private readonly logger: LedgerLogger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const request = gql.getContext<{ req?: object }>().req;
    const ids = { correlationId: correlationIdOf(request), traceId: traceContextOf(request)?.traceId };
    return from(this.shutdown.run(() => this.observe(info.fieldName, ids, next)));
  }

  private async observe(command: string, ids: Readonly<Record<string, unknown>>, next: CallHandler): Promise<unknown> {
    const stopTimer = this.metrics.commandDuration.startTimer({ command });
    try {
      const result = await lastValueFrom(next.handle());
      const outcome = (result as { duplicate?: boolean }).duplicate ? 'duplicate' : 'recorded';
      stopTimer({ outcome });
      this.logger.info({ ...ids, command, outcome }, 'command');
      return result;
    } catch (error) {
      const outcome = String(toGraphQLError(error).extensions.code);
      stopTimer({ outcome });
      this.logger.warn(
        { ...ids, command, outcome, reason: error instanceof Error ? error.message : String(error) },
        'command refused',
      );
      throw error;
    }
  }
}
