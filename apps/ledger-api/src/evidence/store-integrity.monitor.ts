import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { checkStoreIntegrity, CooperativePacer, type StoreIntegrity } from '@ledger/evidence-ledger';
import { ReadinessContributions } from '../health/readiness-contributions';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { EvidenceService } from './evidence.service';

export const STORE_CHECK_INTERVAL_MS = Symbol('STORE_CHECK_INTERVAL_MS');

/** LEDGER_STORE_CHECK_INTERVAL_MINUTES: how often the whole store is checked again after the check at start; 0 checks at start only. */
export function storeCheckIntervalMs(env: NodeJS.ProcessEnv): number {
  const text = env.LEDGER_STORE_CHECK_INTERVAL_MINUTES ?? '60';
  if (!/^(0|[1-9][0-9]*)$/.test(text))
    throw new Error(`LEDGER_STORE_CHECK_INTERVAL_MINUTES must be a whole number of minutes, got "${text}"`);
  return Number(text) * 60_000;
}

/** A check of a million events is many seconds of hashing on the event loop that serves requests: this much at a time. */
const CHECK_SLICE_MS = 2;

class CheckStopped extends Error {}

/**
 * Checks the store against itself (hash chains, Merkle log, recorded checkpoints) at start and then in
 * the background. A broken link makes the service not ready, is logged once with where it is, and shows
 * in /metrics; the check goes on running, so a repaired store is ready again.
 */
@Injectable()
export class StoreIntegrityMonitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('StoreIntegrity');
  private readonly intact: Gauge;
  private readonly checks: Counter<'result'>;
  private last: StoreIntegrity | null = null;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopped = false;

  constructor(
    private readonly evidence: EvidenceService,
    private readonly readiness: ReadinessContributions,
    metrics: LedgerMetrics,
    @Inject(STORE_CHECK_INTERVAL_MS) private readonly intervalMs: number,
  ) {
    this.intact = new Gauge({
      name: 'ledger_store_integrity_intact',
      help: 'Whether the last check of the store found its hash chains, Merkle log and checkpoints intact (1), broken (0), or no check has ended yet (-1)',
      registers: [metrics.registry],
    });
    this.intact.set(-1);
    this.checks = new Counter({
      name: 'ledger_store_integrity_checks_total',
      help: 'Checks of the whole store, by result',
      labelNames: ['result'],
      registers: [metrics.registry],
    });
  }

  onApplicationBootstrap(): void {
    this.readiness.register('store integrity', () => {
      const broken = this.last?.firstBreak;
      return broken ? `broken at global position ${broken.globalPosition} (${broken.kind}): ${broken.detail}` : null;
    });
    void this.checkNow();
    if (this.intervalMs > 0) this.timer = setInterval(() => void this.checkNow(), this.intervalMs).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs a check unless one is running; resolves when it has ended. */
  checkNow(): Promise<void> {
    this.running ??= this.check().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async check(): Promise<void> {
    const { ledger } = this.evidence;
    const pacer = new CooperativePacer(CHECK_SLICE_MS);
    try {
      const report = await checkStoreIntegrity(ledger.store, {
        secret: ledger.secret,
        heldLeafHash: (index) => (index < ledger.log.size ? ledger.log.tree.leafHash(index) : null),
        pace: async () => {
          if (this.stopped) throw new CheckStopped();
          await pacer.pace();
        },
      });
      // A check cut short by the shutdown (the store may close under it) says nothing about the store.
      if (!this.stopped) this.record(report);
    } catch (error) {
      if (!this.stopped && !(error instanceof CheckStopped))
        this.logger.error(`Store check failed to run: ${String(error)}`);
    }
  }

  private record(report: StoreIntegrity): void {
    const wasBroken = this.last?.firstBreak;
    this.last = report;
    this.intact.set(report.intact ? 1 : 0);
    this.checks.inc({ result: report.intact ? 'intact' : 'broken' });
    const broken = report.firstBreak;
    if (broken && (broken.globalPosition !== wasBroken?.globalPosition || broken.detail !== wasBroken.detail)) {
      this.logger.error(
        `Store integrity broken at global position ${broken.globalPosition} (${broken.kind}): ${broken.detail}`,
      );
    } else if (!broken && wasBroken) {
      this.logger.log(`Store integrity restored: ${report.events} events intact`);
    }
  }
}
