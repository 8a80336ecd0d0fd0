import * as oauth from 'oauth4webapi';
import { storeToken, type Session } from './session';

/** How the service says the page signs in (GET /sign-in/method). */
export type SignInMethod =
  | Readonly<{ method: 'local' }>
  | Readonly<{ method: 'oidc'; issuer: string; clientId: string; scope: string; audience: string }>
  | Readonly<{ method: 'none' }>;
type OidcMethod = Extract<SignInMethod, { method: 'oidc' }>;

/** The PKCE verifier and state of a sign-in under way, kept for the provider's redirect back to this tab. */
const PENDING_KEY = 'ledger.oidc.pending';

export async function fetchSignInMethod(): Promise<SignInMethod> {
  const response = await fetch('/sign-in/method');
  return response.ok ? ((await response.json()) as SignInMethod) : { method: 'none' };
}

/** The provider sends the browser back to the page's root, where the address then carries `code` and `state`. */
const redirectUri = () => `${location.origin}/`;

export const isProviderCallback = () => new URLSearchParams(location.search).has('state');

/** Plain HTTP is allowed only for a provider on this machine (a test's, or a developer's). */
const requestOptions = (issuer: URL) => ({
  [oauth.allowInsecureRequests]: issuer.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(issuer.hostname),
});

/**
 * The API verifies the access token's audience: an audience that is a URI is asked for as the token's
 * resource (RFC 8707); a provider that names audiences otherwise sets it by its own configuration.
 */
const resourceOf = ({ audience }: OidcMethod): Record<string, string> =>
  URL.canParse(audience) ? { resource: audience } : {};

async function discover(method: OidcMethod) {
  const issuer = new URL(method.issuer);
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...requestOptions(issuer) });
  return oauth.processDiscoveryResponse(issuer, response);
}

/** Sends the browser to the provider: authorization code flow with PKCE (S256), for the API's audience. */
export async function startProviderSignIn(method: OidcMethod): Promise<void> {
  const server = await discover(method);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(server.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: method.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: method.scope,
    ...resourceOf(method),
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  }).toString();
  location.assign(url.href);
}

/**
 * Back from the provider: checks the state, exchanges the code with the PKCE verifier, and keeps the access
 * token. The code leaves the address bar and history first, whatever the outcome.
 */
export async function finishProviderSignIn(method: OidcMethod): Promise<Session | null> {
  const callback = new URL(location.href);
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as {
    verifier: string;
    state: string;
  } | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (!pending) return null;
  const server = await discover(method);
  const client: oauth.Client = { client_id: method.clientId };
  const parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    parameters,
    redirectUri(),
    pending.verifier,
    { additionalParameters: resourceOf(method), ...requestOptions(new URL(method.issuer)) },
  );
  const tokens = await oauth.processAuthorizationCodeResponse(server, client, response);
  return storeToken(tokens.access_token);
}
