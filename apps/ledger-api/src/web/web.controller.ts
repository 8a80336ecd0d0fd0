import { Controller, Get, Inject, Param, Res, StreamableFile } from '@nestjs/common';
import { SECURITY_CONFIG, type SecurityConfig } from '../auth/security-config';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config';
import { signInMethodOf } from './local-sign-in.controller';
import { WEB_ASSETS, type WebAssets } from './web.tokens';

/** The two calls this controller makes on a response exist alike on express and fastify replies. */
type Reply = { status(code: number): unknown; header(name: string, value: string): unknown };

/**
 * Only this origin, and nothing inline: the workspace must work without internet, and loads nothing from
 * elsewhere. With an identity provider the page also talks to it (discovery, token exchange), and to nothing else.
 */
export function contentSecurityPolicy(security: SecurityConfig, { fontsInline = false } = {}): string {
  const signIn = signInMethodOf(security);
  const connect = signIn.method === 'oidc' ? `'self' ${new URL(signIn.issuer).origin}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    // GraphiQL's stylesheet carries its fonts inline, as data: URLs; still nothing from another origin.
    fontsInline ? "font-src 'self' data:" : "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The developers' explorer: served only where the API answers introspection (LEDGER_GRAPHQL_EXPLORER). */
const EXPLORER_FILES = new Set(['graphiql.html', 'graphiql.js', 'graphiql.css', 'graphiql-page.css']);

const NOT_BUILT = 'The web workspace is not built: run `npm run build:web` (or `npm run build`), then restart.';

/**
 * Serves the web workspace at `/`: plain HTTP, no GraphQL, no token (the page holds the token and sends it
 * to /graphql itself). A Nest controller rather than a static-files middleware, so it runs on either HTTP platform.
 */
@Controller()
export class WebController {
  private readonly policy: string;
  private readonly explorerPolicy: string;

  constructor(
    @Inject(WEB_ASSETS) private readonly assets: WebAssets,
    @Inject(SECURITY_CONFIG) security: SecurityConfig,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {
    this.policy = contentSecurityPolicy(security);
    this.explorerPolicy = contentSecurityPolicy(security, { fontsInline: true });
  }

  @Get()
  index(@Res({ passthrough: true }) reply: Reply) {
    return this.serve('index.html', reply);
  }

  @Get('graphiql')
  explorer(@Res({ passthrough: true }) reply: Reply) {
    return this.serve('graphiql.html', reply);
  }

  @Get('web/:name')
  asset(@Param('name') name: string, @Res({ passthrough: true }) reply: Reply) {
    return this.serve(name, reply);
  }

  private serve(name: string, reply: Reply): StreamableFile | string {
    const explorer = EXPLORER_FILES.has(name);
    reply.header('content-security-policy', explorer ? this.explorerPolicy : this.policy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    const asset = explorer && !this.config.graphqlExplorer ? undefined : this.assets?.get(name);
    if (!asset) {
      reply.status(404);
      reply.header('content-type', 'text/plain; charset=utf-8');
      return this.assets ? 'Not found' : NOT_BUILT;
    }
    reply.header('cache-control', name.endsWith('.html') ? 'no-cache' : 'public, max-age=300');
    return new StreamableFile(asset.body, { type: asset.contentType, length: asset.body.length });
  }
}
