import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '@ledger/local-auth';
import { ConfigError } from '../config/config.error';

/** Where the keys that verify bearer tokens come from. */
export type TokenKeySource =
  | Readonly<{ kind: 'jwks'; url: string }>
  | Readonly<{ kind: 'public-key'; pemFile: string }>
  /** The embedded default: a key pair generated on first start in the data folder; `npm run ledger -- token` signs with it. */
  | Readonly<{ kind: 'local' }>;

/** Who is let in and how hard the API defends itself; read from the environment beside LedgerConfig. */
export type SecurityConfig = Readonly<{
  keys: TokenKeySource;
  issuer: string;
  audience: string;
  /** Accepted signature algorithms; `none` is never among them. */
  algorithms: readonly string[];
  /** Token claims that carry the caller's party and role; OIDC providers name custom claims differently. */
  partyClaim: string;
  roleClaim: string;
  /** The longest a token may still be valid when it arrives (exp minus now, and exp minus iat), in seconds. */
  maxTokenLifetimeSeconds: number;
  /** Requests per caller per minute, with a burst of the same size; 0 switches the limit off. */
  rateLimitPerMinute: number;
  /** Requests per client address per minute that bring no token or one that does not verify; 0 switches it off. */
  anonymousRateLimitPerMinute: number;
  maxQueryDepth: number;
  /** Introspection (`__schema`, `__type`) nests deeper than data queries: counted apart, against its own limit. */
  maxIntrospectionDepth: number;
  /** Selected fields (aliases included) in one document, counted before validation does work per pair of them. */
  maxQueryFields: number;
  /** Each selected field costs 1, and a list field costs its page size (`first`) times its selection. */
  maxQueryComplexity: number;
  /** Parsing stops at this many tokens, before validation can be made to do quadratic work (10,000 aliases). */
  maxQueryTokens: number;
  /** Production hides internal error messages; it is also what switches the explorer off by default. */
  production: boolean;
  /** The web workspace's public client at the identity provider (sign-in with PKCE); null on the embedded default. */
  webClient: WebClientConfig | null;
  /** When set, `/metrics` answers only requests with `Authorization: Bearer <this token>`. */
  metricsToken: string | null;
}>;

/** What the page needs to sign in through the provider: its client id and the scopes it asks for. */
export type WebClientConfig = Readonly<{ clientId: string; scope: string }>;

const PROVIDER_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

export function readSecurityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const keys = readKeySource(env);
  return {
    keys,
    issuer: env.LEDGER_AUTH_ISSUER ?? (keys.kind === 'local' ? LOCAL_ISSUER : required(env, 'LEDGER_AUTH_ISSUER')),
    audience: env.LEDGER_AUTH_AUDIENCE ?? LOCAL_AUDIENCE,
    algorithms:
      keys.kind === 'local'
        ? ['EdDSA']
        : (env.LEDGER_AUTH_ALGORITHMS?.split(',').map((alg) => alg.trim()) ?? PROVIDER_ALGORITHMS),
    partyClaim: env.LEDGER_AUTH_PARTY_CLAIM ?? 'party',
    roleClaim: env.LEDGER_AUTH_ROLE_CLAIM ?? 'role',
    maxTokenLifetimeSeconds: wholeNumber(env, 'LEDGER_AUTH_MAX_TOKEN_LIFETIME_SECONDS', 24 * 3600),
    rateLimitPerMinute: wholeNumber(env, 'LEDGER_RATE_LIMIT_PER_MINUTE', 600),
    anonymousRateLimitPerMinute: wholeNumber(env, 'LEDGER_RATE_LIMIT_ANONYMOUS_PER_MINUTE', 60),
    maxQueryDepth: wholeNumber(env, 'LEDGER_MAX_QUERY_DEPTH', 12),
    // graphql-js getIntrospectionQuery() nests 15 levels (seven ofType levels of a type reference).
    maxIntrospectionDepth: wholeNumber(env, 'LEDGER_MAX_INTROSPECTION_DEPTH', 16),
    maxQueryFields: wholeNumber(env, 'LEDGER_MAX_QUERY_FIELDS', 500),
    maxQueryComplexity: wholeNumber(env, 'LEDGER_MAX_QUERY_COMPLEXITY', 20_000),
    maxQueryTokens: wholeNumber(env, 'LEDGER_MAX_QUERY_TOKENS', 2_000),
    production: env.NODE_ENV === 'production',
    metricsToken: readMetricsToken(env.LEDGER_METRICS_TOKEN),
    webClient: readWebClient(env, keys),
  };
}

function readWebClient(env: NodeJS.ProcessEnv, keys: TokenKeySource): WebClientConfig | null {
  const clientId = env.LEDGER_AUTH_WEB_CLIENT_ID;
  if (!clientId) return null;
  if (keys.kind === 'local')
    throw new ConfigError('LEDGER_AUTH_WEB_CLIENT_ID needs an identity provider: set LEDGER_AUTH_JWKS_URL too');
  return { clientId, scope: env.LEDGER_AUTH_WEB_SCOPE ?? 'openid' };
}

function readKeySource(env: NodeJS.ProcessEnv): TokenKeySource {
  if (env.LEDGER_AUTH_JWKS_URL && env.LEDGER_AUTH_PUBLIC_KEY_FILE) {
    throw new ConfigError('Set LEDGER_AUTH_JWKS_URL or LEDGER_AUTH_PUBLIC_KEY_FILE, not both');
  }
  if (env.LEDGER_AUTH_JWKS_URL) {
    if (!/^https?:\/\//.test(env.LEDGER_AUTH_JWKS_URL))
      throw new ConfigError(`LEDGER_AUTH_JWKS_URL must be an http(s) URL, got "${env.LEDGER_AUTH_JWKS_URL}"`);
    return { kind: 'jwks', url: env.LEDGER_AUTH_JWKS_URL };
  }
  if (env.LEDGER_AUTH_PUBLIC_KEY_FILE) return { kind: 'public-key', pemFile: env.LEDGER_AUTH_PUBLIC_KEY_FILE };
  return { kind: 'local' };
}

/** A scrape token short enough to guess is no protection. */
function readMetricsToken(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length < 16) throw new ConfigError('LEDGER_METRICS_TOKEN must be at least 16 characters long');
  return value;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is required when tokens come from an identity provider`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new ConfigError(`${name} must be a whole number, 0 or more, got "${value}"`);
  return number;
}

export const SECURITY_CONFIG = Symbol('SECURITY_CONFIG');
