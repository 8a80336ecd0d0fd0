import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { SECURITY_CONFIG, type SecurityConfig } from '../auth/security-config';
import { issueLocalToken, redeemSignInCode } from '@ledger/local-auth';

type Reply = { status(code: number): unknown };

/** How the page signs in: through the identity provider (code flow with PKCE), or with a one-time local link. */
export type SignInMethod =
  | Readonly<{ method: 'local' }>
  | Readonly<{ method: 'oidc'; issuer: string; clientId: string; scope: string; audience: string }>
  | Readonly<{ method: 'none' }>;

export function signInMethodOf(security: SecurityConfig): SignInMethod {
  if (security.keys.kind === 'local') return { method: 'local' };
  if (!security.webClient) return { method: 'none' };
  const { clientId, scope } = security.webClient;
  return { method: 'oidc', issuer: security.issuer, clientId, scope, audience: security.audience };
}

/**
 * The embedded default's sign-in: a one-time code from `npm run ledger -- sign-in-link` is exchanged for a
 * bearer token signed with the data folder's local key. With an identity provider configured this route does
 * not exist (404): sign-in is then the provider's.
 */
@Controller('sign-in')
export class LocalSignInController {
  constructor(
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(SECURITY_CONFIG) private readonly security: SecurityConfig,
  ) {}

  /** Public: the page asks it before anyone is signed in. Names no secret (the web client is a public client). */
  @Get('method')
  method(): SignInMethod {
    return signInMethodOf(this.security);
  }

  @Post('local')
  @HttpCode(200)
  async redeem(@Body() body: { code?: unknown } | undefined, @Res({ passthrough: true }) reply: Reply) {
    if (this.security.keys.kind !== 'local') {
      reply.status(404);
      return {
        error: 'NOT_FOUND',
        message: 'Local sign-in is off: this service signs in through its identity provider.',
      };
    }
    const claims = redeemSignInCode(this.config.dataDir, body?.code, new Date());
    if (!claims) {
      reply.status(401);
      return { error: 'UNAUTHENTICATED', message: 'This sign-in link is unknown, used or expired: ask for a new one.' };
    }
    const token = await issueLocalToken(this.config.dataDir, claims);
    return { token, sub: claims.sub, party: claims.party, role: claims.role };
  }
}
