import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Lets a long run of work on the event loop give way to everything else (HTTP requests above all) every
 * `sliceMs` of continuous work: `pace()` before each unit of work yields one event-loop turn once the slice
 * is used up. Work that comes after a pause longer than a slice starts a fresh slice without yielding, so a
 * live feed that is keeping up pays nothing.
 */
export class CooperativePacer {
  private sliceStartedAt: number;
  private lastPacedAt: number;

  constructor(
    private readonly sliceMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly yieldTurn: () => Promise<unknown> = () => nextTurn(),
  ) {
    this.sliceStartedAt = this.lastPacedAt = now();
  }

  async pace(): Promise<void> {
    const now = this.now();
    const sincePrevious = now - this.lastPacedAt;
    this.lastPacedAt = now;
    if (sincePrevious > this.sliceMs) {
      this.sliceStartedAt = now;
      return;
    }
    if (now - this.sliceStartedAt < this.sliceMs) return;
    await this.yieldTurn();
    this.sliceStartedAt = this.lastPacedAt = this.now();
  }
}
