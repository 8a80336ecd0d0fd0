import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ProjectionLagProbe } from './projection-lag.probe';
import { ReadinessService } from './readiness.service';
import { ShutdownGate } from './shutdown-gate';

/** Liveness, readiness and graceful shutdown. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [ProjectionLagProbe, ReadinessService, ShutdownGate],
  exports: [ProjectionLagProbe, ShutdownGate],
})
export class HealthModule {}
