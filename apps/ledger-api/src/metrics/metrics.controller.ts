import { Controller, Get, Header, Headers, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { SECURITY_CONFIG, type SecurityConfig } from '../auth/security-config';
import { METRICS_PATH } from '../health/health.routes';
import { LedgerMetrics } from './ledger-metrics';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The Prometheus scrape endpoint; with LEDGER_METRICS_TOKEN set, only a scraper that sends that token is answered. */
@Controller()
export class MetricsController {
  private readonly expected: Buffer | null;

  constructor(
    private readonly metrics: LedgerMetrics,
    @Inject(SECURITY_CONFIG) security: SecurityConfig,
  ) {
    this.expected = security.metricsToken === null ? null : digest(`Bearer ${security.metricsToken}`);
  }

  @Get(METRICS_PATH)
  @Header('cache-control', 'no-store')
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    // Compared as digests of equal length, in constant time: the answer's timing says nothing about the token.
    if (this.expected && !timingSafeEqual(digest(authorization ?? ''), this.expected)) {
      response.status(401).header('www-authenticate', 'Bearer realm="negotiation-ledger-metrics"').type('text/plain');
      return 'The metrics need "Authorization: Bearer <LEDGER_METRICS_TOKEN>"\n';
    }
    response.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
