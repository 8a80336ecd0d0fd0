import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '../common/caller';
import { AuthenticationError } from './authentication.error';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { RateLimitedError, RateLimiter } from './hardening/rate-limiter';
import { SECURITY_CONFIG, type SecurityConfig } from './security-config';
import { TokenVerifier, type Session } from './token.verifier';

/**
 * Who may send operations, for both transports: an HTTP request and a graphql-ws connection authenticate
 * here, and every operation (each HTTP request, each graphql-ws subscribe message) is admitted here.
 */
@Injectable()
export class RequestAdmission {
  private readonly perCaller: RateLimiter;
  /** Spent only by requests that bring no usable token, per client address: guessing and flooding cost the guesser. */
  private readonly perRefusedClient: RateLimiter;

  constructor(
    private readonly verifier: TokenVerifier,
    @Inject(SECURITY_CONFIG) security: SecurityConfig,
    private readonly metrics: LedgerMetrics,
  ) {
    this.perCaller = new RateLimiter(security.rateLimitPerMinute);
    this.perRefusedClient = new RateLimiter(security.anonymousRateLimitPerMinute);
  }

  /**
   * The session of an `Authorization` value. A refusal spends the client address's budget for refusals; once
   * it is spent, refusals answer 429 instead of 401, so guessing tokens is slowed while valid tokens still pass.
   */
  async authenticate(authorization: unknown, clientAddress: string): Promise<Session> {
    try {
      return await this.verifier.verifySession(authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) this.take(this.perRefusedClient, 'refused_client', clientAddress);
      throw error;
    }
  }

  /** One operation of a session: refused once the token has expired, or past the caller's rate limit. */
  admit(session: Session): Caller {
    if (Date.now() >= session.expiresAtMs) throw new AuthenticationError('The token has expired');
    this.take(this.perCaller, 'caller', session.caller.id);
    return session.caller;
  }

  private take(limiter: RateLimiter, limit: 'caller' | 'refused_client', key: string): void {
    try {
      limiter.take(key);
    } catch (error) {
      if (error instanceof RateLimitedError) this.metrics.rateLimited.inc({ limit });
      throw error;
    }
  }
}
