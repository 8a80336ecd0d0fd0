import { Inject, Injectable, Optional } from '@nestjs/common';
import { DEFAULT_READY_MAX_LAG_EVENTS, LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { ProjectionLagProbe, type ProjectionLag } from './projection-lag.probe';
import { ReadinessContributions } from './readiness-contributions';
import { ShutdownGate } from './shutdown-gate';

/** A store that does not answer within this time counts as unreachable: probes must answer quickly. */
export const STORE_CHECK_TIMEOUT_MS = 2_000;

export type Readiness =
  Readonly<{ ready: true; lag: ProjectionLag }> | Readonly<{ ready: false; reason: string; lag?: ProjectionLag }>;

/** Ready = not shutting down, the store answers, and the read models trail it by no more than the bound. */
@Injectable()
export class ReadinessService {
  private readonly maxLagEvents: number;

  constructor(
    private readonly lagProbe: ProjectionLagProbe,
    private readonly shutdown: ShutdownGate,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
    @Optional() private readonly contributions?: ReadinessContributions,
  ) {
    this.maxLagEvents = config.readyMaxLagEvents ?? DEFAULT_READY_MAX_LAG_EVENTS;
  }

  async check(): Promise<Readiness> {
    if (this.shutdown.isDraining) return { ready: false, reason: 'shutting down' };
    const contributed = this.contributions?.reasonNotReady() ?? null;
    if (contributed !== null) return { ready: false, reason: contributed };
    let lag: ProjectionLag;
    try {
      lag = await withTimeout(this.lagProbe.measure(this.maxLagEvents + 1), STORE_CHECK_TIMEOUT_MS);
    } catch (error) {
      return {
        ready: false,
        reason: `event store unreachable: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (lag.eventsBehind > this.maxLagEvents) {
      return { ready: false, reason: `read models are more than ${this.maxLagEvents} events behind the store`, lag };
    }
    return { ready: true, lag };
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
