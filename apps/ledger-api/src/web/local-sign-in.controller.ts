import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { SECURITY_CONFIG, type SecurityConfig } from '../auth/security-config';
import { issueLocalToken, redeemSignInCode } from '@ledger/local-auth';

type Reply = { status(code: number): unknown };

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
