import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ProjectionLagProbe } from './projection-lag.probe';
import { ReadinessContributions } from './readiness-contributions';
import { ReadinessService } from './readiness.service';
import { ShutdownGate } from './shutdown-gate';

/** Liveness, readiness and graceful shutdown. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [ProjectionLagProbe, ReadinessContributions, ReadinessService, ShutdownGate],
  exports: [ProjectionLagProbe, ReadinessContributions, ShutdownGate],
})
export class HealthModule {}
