import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { METRICS_PATH } from '../health/health.routes';
import { LedgerMetrics } from './ledger-metrics';

/** The Prometheus scrape endpoint. */
@Controller()
export class MetricsController {
  constructor(private readonly metrics: LedgerMetrics) {}

  @Get(METRICS_PATH)
  @Header('cache-control', 'no-store')
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    response.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
