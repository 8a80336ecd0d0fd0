import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HEALTH_LIVE_PATH, HEALTH_READY_PATH } from './health.routes';
import { ReadinessService } from './readiness.service';

/**
 * Liveness says the process answers at all (restart it if not); readiness says it should get traffic.
 * The responses are written here rather than thrown: the global filter speaks GraphQL, not HTTP.
 */
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get(HEALTH_LIVE_PATH)
  live() {
    return { status: 'live' };
  }

  @Get(HEALTH_READY_PATH)
  async ready(@Res({ passthrough: true }) response: FastifyReply) {
    const readiness = await this.readiness.check();
    if (!readiness.ready) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'not ready', reason: readiness.reason, lag: readiness.lag };
    }
    return { status: 'ready', lag: readiness.lag };
  }
}
