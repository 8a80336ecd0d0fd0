export type BackoffSettings = Readonly<{ initialDelayMs: number; maxDelayMs: number }>;

export const DEFAULT_RECONNECT_BACKOFF: BackoffSettings = { initialDelayMs: 100, maxDelayMs: 10_000 };

/**
 * How long to wait before resubscription attempt `attempt` (0-based): doubling from the initial delay and
 * capped, so a long outage costs one attempt per `maxDelayMs` and a blip is retried almost at once.
 */
export function reconnectDelayMs(attempt: number, settings: BackoffSettings = DEFAULT_RECONNECT_BACKOFF): number {
  const doublings = Math.min(Math.max(attempt, 0), 30);
  return Math.min(settings.initialDelayMs * 2 ** doublings, settings.maxDelayMs);
}
