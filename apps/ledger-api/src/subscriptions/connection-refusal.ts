import { AuthenticationError } from '../auth/authentication.error';
import { RateLimitedError } from '../auth/hardening/rate-limiter';

/** The graphql-ws close codes of a refused connection: 4401 without a valid token, 4403 when it may not connect now. */
export function connectionRefusal(error: unknown): Readonly<{ code: number; reason: string }> {
  if (error instanceof AuthenticationError) return { code: 4401, reason: closeReason(error.message) };
  if (error instanceof RateLimitedError) return { code: 4403, reason: closeReason(error.message) };
  return { code: 4500, reason: 'Internal error' };
}

/** A close frame's reason is at most 123 bytes. */
function closeReason(message: string): string {
  return Buffer.byteLength(message) <= 123 ? message : `${Buffer.from(message).subarray(0, 120).toString()}...`;
}
