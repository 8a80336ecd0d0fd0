// A local OpenID provider for the browser tests (oidc-provider, ES module, so a child process of the test):
// listens on 127.0.0.1, prints {"port"}, then reads one JSON line {"redirectUri"} from stdin, and prints
// {"ready":true} once it signs in the web workspace's public client with PKCE. Any password is accepted for the
// accounts in OIDC_ACCOUNTS ({"sub": {"party", "role"}}), whose party and role go into the access token, a JWT
// for OIDC_AUDIENCE signed with a fresh ES256 key published at /jwks.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import Provider, { errors } from 'oidc-provider';

const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '{}');
const audience = process.env.OIDC_AUDIENCE;
const clientId = process.env.OIDC_CLIENT_ID ?? 'ledger-web';
const resourceScope = 'ledger';

let handle = (_request, response) => {
  response.statusCode = 503;
  response.end();
};
const server = createServer((request, response) => handle(request, response));
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));

const [line] = await createInterface({ input: process.stdin })[Symbol.asyncIterator]().next().then((r) => [r.value]);
const { redirectUri } = JSON.parse(line);
const issuer = `http://127.0.0.1:${server.address().port}`;
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'ES256',
    },
  ],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), alg: 'ES256', use: 'sig', kid: 'test-key' }] },
  cookies: { keys: ['local-oidc-provider-test-only'] },
  pkce: { required: () => true },
  // The default error page loads a web font from the internet; the test has none.
  renderError: (ctx, out) => {
    ctx.type = 'text/plain';
    ctx.body = JSON.stringify(out);
  },
  findAccount: (_ctx, id) => (accounts[id] ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
  extraTokenClaims: (_ctx, token) => (token.kind === 'AccessToken' ? accounts[token.accountId] : undefined),
  // Consent is the organisation's business, not the ledger's: every account grants the client at once.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid');
    grant.addResourceScope(audience, resourceScope);
    await grant.save();
    return grant;
  },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== audience) throw new errors.InvalidTarget();
        return { scope: resourceScope, audience, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'ES256' } } };
      },
    },
  },
});
handle = provider.callback();
console.log(JSON.stringify({ ready: true }));
