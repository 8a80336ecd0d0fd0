import { Inject, Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Role } from '@ledger/domain';
import type { Caller } from '../common/caller';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { AuthenticationError } from './authentication.error';
import { loadOrCreateLocalKey } from '@ledger/local-auth';
import { SECURITY_CONFIG, type SecurityConfig } from './security-config';
import { VerifiedTokenCache } from './verified-token.cache';

const MAX_CALLER_ID_LENGTH = 128;

/** A verified caller and the moment its token stops being valid, so a long-lived connection can end with it. */
export type Session = Readonly<{ caller: Caller; expiresAtMs: number }>;

/** Verifies bearer tokens (signature, issuer, audience, expiry) and turns their claims into the caller. */
@Injectable()
export class TokenVerifier {
  private readonly key: KeyObject | JWTVerifyGetKey;
  private readonly verified = new VerifiedTokenCache<Session>();

  constructor(
    @Inject(SECURITY_CONFIG) private readonly security: SecurityConfig,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
  ) {
    const source = security.keys;
    if (source.kind === 'jwks') this.key = createRemoteJWKSet(new URL(source.url));
    else if (source.kind === 'public-key') this.key = createPublicKey(readFileSync(source.pemFile));
    else this.key = loadOrCreateLocalKey(config.dataDir).publicKey;
  }

  /** The caller named by an `Authorization: Bearer <jwt>` value. */
  async verify(authorization: unknown): Promise<Caller> {
    return (await this.verifySession(authorization)).caller;
  }

  /** The caller named by an `Authorization: Bearer <jwt>` value, with the token's expiry. */
  async verifySession(authorization: unknown): Promise<Session> {
    const token = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1] : undefined;
    if (!token)
      throw new AuthenticationError('A bearer token is required: send "Authorization: Bearer <token>"', false);
    const known = this.verified.get(token);
    if (known) return known;
    const payload = await this.payloadOf(token);
    // exp is a required claim, so jwtVerify has checked it is there and a number.
    const session: Session = { caller: this.callerOf(payload), expiresAtMs: payload.exp! * 1000 };
    this.verified.remember(token, session, payload.exp!);
    return session;
  }

  private async payloadOf(token: string): Promise<JWTPayload> {
    const options = {
      issuer: this.security.issuer,
      audience: this.security.audience,
      algorithms: [...this.security.algorithms],
      requiredClaims: ['exp', 'sub'],
    };
    try {
      // jose takes a key or a key getter in two overloads; both verify alike.
      const { payload } =
        typeof this.key === 'function'
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      this.assertLifetime(payload);
      return payload;
    } catch (error) {
      throw error instanceof AuthenticationError ? error : new AuthenticationError(refusalOf(error));
    }
  }

  /** A stolen token is useful until its exp: tokens meant to live longer than the maximum are refused outright. */
  private assertLifetime(payload: JWTPayload): void {
    const max = this.security.maxTokenLifetimeSeconds;
    const remaining = payload.exp! - Math.floor(Date.now() / 1000);
    const issuedFor = typeof payload.iat === 'number' ? payload.exp! - payload.iat : remaining;
    if (remaining > max || issuedFor > max) {
      throw new AuthenticationError(
        `The token is valid for longer than this ledger accepts (at most ${max} s); ask for a shorter-lived token`,
      );
    }
  }

  private callerOf(payload: JWTPayload): Caller {
    const party = payload[this.security.partyClaim];
    const role = payload[this.security.roleClaim];
    if (!payload.sub || payload.sub.length > MAX_CALLER_ID_LENGTH)
      throw new AuthenticationError('The token names no usable subject (sub)');
    if (typeof party !== 'string' || !party.trim())
      throw new AuthenticationError(`The token carries no party (claim "${this.security.partyClaim}")`);
    if (!ROLES.includes(role as Role))
      throw new AuthenticationError(
        `The token's role (claim "${this.security.roleClaim}") must be one of ${ROLES.join(', ')}`,
      );
    return { id: payload.sub, party: party.trim(), role: role as Role };
  }
}

/** Says why a token was refused without echoing it back. */
function refusalOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return 'The token is signed with an algorithm this ledger does not accept';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token was signed by a key this ledger does not know';
  return 'The token is malformed or cannot be verified';
}
