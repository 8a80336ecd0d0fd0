import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import { LEDGER_LOGGER, type LedgerLogger } from '../logging/ledger-logger';

/** How long shutdown waits for commands already running; Kubernetes' default grace period is 30 s. */
export const DRAIN_TIMEOUT_MS = 20_000;

/**
 * Graceful shutdown for the write side. When Nest starts closing (SIGTERM with shutdown hooks) new
 * commands are refused and readiness fails, then shutdown waits for the commands already running before
 * the HTTP server, subscriptions and store close. A command that was answered has been appended.
 */
@Injectable()
export class ShutdownGate implements OnModuleDestroy, BeforeApplicationShutdown {
  private readonly inFlight = new Set<Promise<unknown>>();
  private draining = false;

  constructor(@Inject(LEDGER_LOGGER) private readonly logger: LedgerLogger) {}

  get isDraining(): boolean {
    return this.draining;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Runs `work` as an in-flight command; refused once draining has begun. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.draining) return Promise.reject(new ShuttingDownError());
    const running = work();
    // Tracked as settled, so a refused command is the caller's error and never an unhandled rejection here.
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return running;
  }

  onModuleDestroy(): void {
    this.draining = true;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.draining = true;
    this.logger.info(
      { inFlight: this.inFlight.size },
      'shutting down: new commands refused, waiting for those in flight',
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, DRAIN_TIMEOUT_MS)));
    await Promise.race([Promise.allSettled([...this.inFlight]), timeout]);
    clearTimeout(timer);
    this.logger.info(
      { stillInFlight: this.inFlight.size },
      'in-flight commands drained; closing HTTP, subscriptions and the store',
    );
  }
}

export class ShuttingDownError extends Error {
  constructor() {
    super('The service is shutting down and takes no new commands; send it to another replica or try again.');
    this.name = 'ShuttingDownError';
  }
}
