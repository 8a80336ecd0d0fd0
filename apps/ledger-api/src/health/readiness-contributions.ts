import { Injectable } from '@nestjs/common';

/** Says why the service is not ready, or null when its part is fine. */
export type ReadinessContribution = () => string | null;

/**
 * Reasons other modules have for the service not to take traffic (the evidence module's store check, for
 * one), consulted by the readiness check, so those modules need not depend on it nor it on them.
 */
@Injectable()
export class ReadinessContributions {
  private readonly contributions = new Map<string, ReadinessContribution>();

  register(name: string, contribution: ReadinessContribution): void {
    this.contributions.set(name, contribution);
  }

  /** The first reason not to be ready, prefixed with the contribution's name. */
  reasonNotReady(): string | null {
    for (const [name, contribution] of this.contributions) {
      const reason = contribution();
      if (reason !== null) return `${name}: ${reason}`;
    }
    return null;
  }
}
