import { ReconnectingError, UnansweredError } from './esdb-error.mapper';
import { reconnectDelayMs, type BackoffSettings } from './reconnect-backoff';

export type LeaderRetrySettings = Readonly<{
  /** Calls in all, the first included, before the last UNAVAILABLE goes to the caller. */
  maxAttempts: number;
  backoff: BackoffSettings;
}>;

/** About 11 s of retrying, doubling from 100 ms up to 5 s: a leader election takes a few seconds. */
export const DEFAULT_LEADER_RETRY: LeaderRetrySettings = {
  maxAttempts: 8,
  backoff: { initialDelayMs: 100, maxDelayMs: 5_000 },
};

/**
 * Runs an operation again while the cluster answers that it has no leader here (NotLeader) or cannot
 * be reached (Unavailable): the client has then dropped its connection and connects to the new leader
 * on the next call. Only operations that are safe to repeat go through here: reads, and appends, whose
 * event ids make a repeated write a no-op and whose lookup finds a write whose answer was lost. An
 * append is also repeated when no answer came (`retryUnanswered`): its outcome is unknown, and the next
 * attempt's lookup tells; a read that got no answer is not, so a stuck server is reported at once.
 */
export async function retryOnLeaderChange<T>(
  operation: () => Promise<T>,
  settings: LeaderRetrySettings,
  retryUnanswered = false,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const retryable = error instanceof ReconnectingError || (retryUnanswered && error instanceof UnansweredError);
      if (!retryable || attempt >= settings.maxAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, reconnectDelayMs(attempt - 1, settings.backoff)));
    }
  }
}
