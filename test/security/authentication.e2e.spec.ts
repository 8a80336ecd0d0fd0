import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { exportJWK, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import WebSocket from 'ws';
import { loadOrCreateLocalKey, LOCAL_AUDIENCE, LOCAL_ISSUER } from '@ledger/local-auth';
import { readSecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { LedgerTestApp } from '../e2e/support/ledger-app';
import { rawRequest } from './support/raw-request';

const CLAIMS: JWTPayload = { sub: 'jan', party: 'vng', role: 'reader' };
const QUERY = JSON.stringify({ query: '{ negotiations { totalCount } }' });

/** A token with the given claims and lifetime, signed with the given key (by default the app's own). */
const signed = (key: Parameters<SignJWT['sign']>[0], claims: JWTPayload = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, iat: now, exp: now + 3600, ...CLAIMS, ...claims })
    .setProtectedHeader({ alg: 'EdDSA' })
    .sign(key);
};

describe('authentication', () => {
  const ledger = new LedgerTestApp();
  const ask = async (authorization?: string) => rawRequest(ledger, QUERY, authorization ? { authorization } : {});

  beforeAll(() => ledger.start());
  afterAll(() => ledger.destroy());

  it('answers a caller with a valid local token', async () => {
    const answer = await ask(`Bearer ${await signed(loadOrCreateLocalKey(ledger.dataDir).privateKey)}`);
    expect(answer).toEqual({ status: 200, body: { data: { negotiations: { totalCount: 0 } } } });
  });

  it.each<[string, () => Promise<string | undefined>, RegExp]>([
    ['no token', async () => undefined, /bearer token is required/],
    ['a token that is not a bearer token', async () => 'Basic amFuOmdlaGVpbQ==', /bearer token is required/],
    [
      'an expired token',
      async () =>
        `Bearer ${await signed(loadOrCreateLocalKey(ledger.dataDir).privateKey, { exp: Math.floor(Date.now() / 1000) - 60 })}`,
      /expired/,
    ],
    [
      'a token signed by another key',
      async () => `Bearer ${await signed(generateKeyPairSync('ed25519').privateKey)}`,
      /signature does not verify/,
    ],
    [
      'an unsigned token (alg: none)',
      async () =>
        `Bearer ${new UnsecuredJWT({ ...CLAIMS }).setIssuer(LOCAL_ISSUER).setAudience(LOCAL_AUDIENCE).setExpirationTime('1h').encode()}`,
      /algorithm/,
    ],
    [
      'a token for another audience',
      async () => `Bearer ${await signed(loadOrCreateLocalKey(ledger.dataDir).privateKey, { aud: 'other-service' })}`,
      /aud claim/,
    ],
    [
      'a token without a role',
      async () => `Bearer ${await signed(loadOrCreateLocalKey(ledger.dataDir).privateKey, { role: 'superuser' })}`,
      /role/,
    ],
    ['garbage', async () => 'Bearer not.a.token', /malformed/],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_what, authorization, message) => {
    const answer = await ask(await authorization());
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(answer.body.data).toBeUndefined();
  });

  it('refuses even a query of nothing but __typename without a token', async () => {
    const answer = await rawRequest(ledger, JSON.stringify({ query: '{ __typename }' }));
    expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a subscription whose connection carries no valid token', async () => {
    const client = createClient({
      url: ledger.websocketUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: 'Bearer forged' },
    });
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { eventRecorded { eventId } }' },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      );
    });
    await client.dispose();
    // graphql-ws ends the connection itself: 4401 is its close code for an unauthenticated client.
    expect(outcome).toMatchObject({ code: 4401, reason: expect.stringMatching(/malformed/) });
  });
});

describe('authentication by an identity provider', () => {
  let jwks: Server;
  let jwksUrl: string;
  const providerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const issuer = 'https://login.example.nl/realms/ledger';
  const providerToken = (claims: JWTPayload = {}) =>
    new SignJWT({ ...CLAIMS, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime('5m')
      .sign(providerKey.privateKey);

  beforeAll(async () => {
    const publicJwk = { ...(await exportJWK(providerKey.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/jwks`;
  });
  afterAll(() => new Promise((resolve) => jwks.close(resolve)));

  it('verifies tokens against the JWKS URL and its issuer', async () => {
    const ledger = await new LedgerTestApp(
      null,
      undefined,
      readSecurityConfig({ LEDGER_AUTH_JWKS_URL: jwksUrl, LEDGER_AUTH_ISSUER: issuer }),
    ).start();
    try {
      const ok = await rawRequest(ledger, QUERY, { authorization: `Bearer ${await providerToken()}` });
      const wrongIssuer = await rawRequest(ledger, QUERY, {
        authorization: `Bearer ${await signed(loadOrCreateLocalKey(ledger.dataDir).privateKey)}`,
      });
      expect(ok.body).toEqual({ data: { negotiations: { totalCount: 0 } } });
      expect(wrongIssuer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await ledger.destroy();
    }
  });

  it('verifies tokens against a public key file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ledger-pem-'));
    const pemFile = join(folder, 'provider.pem');
    writeFileSync(pemFile, providerKey.publicKey.export({ type: 'spki', format: 'pem' }));
    const ledger = await new LedgerTestApp(
      null,
      undefined,
      readSecurityConfig({ LEDGER_AUTH_PUBLIC_KEY_FILE: pemFile, LEDGER_AUTH_ISSUER: issuer }),
    ).start();
    try {
      const ok = await rawRequest(ledger, QUERY, { authorization: `Bearer ${await providerToken()}` });
      expect(ok.body).toEqual({ data: { negotiations: { totalCount: 0 } } });
    } finally {
      await ledger.destroy();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
