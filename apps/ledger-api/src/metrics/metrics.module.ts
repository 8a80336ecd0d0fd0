import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandObservationInterceptor } from './command-observation.interceptor';
import { LedgerMetrics } from './ledger-metrics';
import { MetricsController } from './metrics.controller';
import { ProjectionLagMetrics } from './projection-lag.metrics';

/** Prometheus metrics at /metrics, and the interceptor that observes every command. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    LedgerMetrics,
    ProjectionLagMetrics,
    { provide: APP_INTERCEPTOR, useClass: CommandObservationInterceptor },
  ],
  exports: [LedgerMetrics],
})
export class MetricsModule {}
