import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandObservationInterceptor } from './command-observation.interceptor';
import { LedgerMetrics } from './ledger-metrics';
import { MetricsController } from './metrics.controller';
import { OperationMetricsHooks } from './operation-metrics.hooks';
import { ProjectionLagMetrics } from './projection-lag.metrics';

/** Prometheus metrics at /metrics, the interceptor that observes every command, and the hook that times every operation. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    LedgerMetrics,
    ProjectionLagMetrics,
    OperationMetricsHooks,
    { provide: APP_INTERCEPTOR, useClass: CommandObservationInterceptor },
  ],
  exports: [LedgerMetrics],
})
export class MetricsModule {}
