import { getIntrospectionQuery } from 'graphql';
import { serverAudits } from 'graphql-http';
import { SignJWT } from 'jose';
import { gzipSync } from 'node:zlib';
import { loadOrCreateLocalKey, LOCAL_AUDIENCE, LOCAL_ISSUER } from '@ledger/local-auth';
import { readSecurityConfig, type SecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { METRICS_PATH } from '../../apps/ledger-api/src/health/health.routes';
import { LedgerTestApp } from '../e2e/support/ledger-app';
import { CALLERS } from './support/access-table.fixture';
import { rawRequest } from './support/raw-request';

const QUERY = JSON.stringify({ query: '{ negotiations { totalCount } }' });
const METRICS_TOKEN = 'scrape-token-0123456789abcdef';

describe('the GraphQL edge as clients and tools expect it', () => {
  const ledgers: LedgerTestApp[] = [];
  const start = async (settings: Partial<SecurityConfig> = {}, explorer = false) => {
    const ledger = await new LedgerTestApp(
      null,
      undefined,
      { ...readSecurityConfig({}), ...settings },
      explorer,
    ).start();
    ledgers.push(ledger);
    return ledger;
  };
  const httpRootOf = (ledger: LedgerTestApp) => ledger.websocketUrl.replace(/^ws/, 'http').replace(/\/graphql$/, '');
  let ledger: LedgerTestApp;

  beforeAll(async () => {
    ledger = await start({ metricsToken: METRICS_TOKEN });
  });
  afterAll(() => Promise.all(ledgers.map((each) => each.destroy())));

  it('answers an anonymous caller 401 before parsing or validating, with no schema hints (#11.10)', async () => {
    const misspelt = await rawRequest(ledger, JSON.stringify({ query: '{ negotiatons { totalCount } }' }));
    const unparsable = await rawRequest(ledger, JSON.stringify({ query: '{ negotiations {' }));
    for (const answer of [misspelt, unparsable]) {
      expect(answer.status).toBe(401);
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      ]);
      expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|Syntax Error/);
    }
  });

  it('says how to authenticate on a 401 (WWW-Authenticate) and when to come back on a 429 (Retry-After)', async () => {
    const limited = await start({ rateLimitPerMinute: 1 });
    const anonymous = await fetch(`${httpRootOf(limited)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
    });
    const forged = await fetch(`${httpRootOf(limited)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x.y.z' },
      body: QUERY,
    });
    const headers = { 'content-type': 'application/json', ...(await limited.authorization()) };
    await fetch(`${httpRootOf(limited)}/graphql`, { method: 'POST', headers, body: QUERY });
    const limitedAnswer = await fetch(`${httpRootOf(limited)}/graphql`, { method: 'POST', headers, body: QUERY });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="negotiation-ledger"');
    expect(forged.headers.get('www-authenticate')).toBe('Bearer realm="negotiation-ledger", error="invalid_token"');
    expect(limitedAnswer.status).toBe(429);
    expect(Number(limitedAnswer.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rate limits callers without a usable token, per client address (#11.14)', async () => {
    const guarded = await start({ anonymousRateLimitPerMinute: 2 });
    const statuses = [];
    for (const authorization of [undefined, 'Bearer forged', undefined])
      statuses.push((await rawRequest(guarded, QUERY, authorization ? { authorization } : {})).status);
    const refused = await rawRequest(guarded, QUERY);
    expect([...statuses, refused.status]).toEqual([401, 401, 429, 429]);
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    // A caller with a valid token is not held back by the guessers on the same address.
    expect((await rawRequest(guarded, QUERY, await guarded.authorization())).status).toBe(200);
  });

  it('refuses a token that lives longer than the maximum lifetime, with or without iat (#11.14)', async () => {
    const key = loadOrCreateLocalKey(ledger.dataDir).privateKey;
    const now = Math.floor(Date.now() / 1000);
    const centuryLong = (claims: Record<string, number>) =>
      new SignJWT({ sub: 'jan', party: 'vng', role: 'reader', iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, ...claims })
        .setProtectedHeader({ alg: 'EdDSA' })
        .sign(key);
    for (const token of [
      await centuryLong({ iat: now, exp: now + 100 * 365 * 86400 }),
      await centuryLong({ exp: now + 100 * 365 * 86400 }),
    ]) {
      const answer = await rawRequest(ledger, QUERY, { authorization: `Bearer ${token}` });
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0].message).toMatch(/longer than this ledger accepts/);
    }
  });

  it('answers a body it cannot decode (Content-Encoding: gzip on plain JSON) in the GraphQL error shape (#11.11)', async () => {
    const plain = await rawRequest(ledger, QUERY, { ...(await ledger.authorization()), 'content-encoding': 'gzip' });
    expect(plain.status).toBe(415);
    expect(plain.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/encoding/),
      extensions: { code: 'BAD_REQUEST' },
    });
    const gzipped = await fetch(`${httpRootOf(ledger)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...(await ledger.authorization()) },
      body: gzipSync(QUERY),
    });
    expect(gzipped.status).toBe(415);
  });

  it('protects /metrics with LEDGER_METRICS_TOKEN when it is set (#11.14)', async () => {
    const anonymous = await fetch(`${httpRootOf(ledger)}${METRICS_PATH}`);
    const scraper = await fetch(`${httpRootOf(ledger)}${METRICS_PATH}`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toMatch(/ledger_/);
    expect(scraper.status).toBe(200);
    expect(await scraper.text()).toMatch(/^ledger_appends_total|^# HELP ledger_/m);
  });

  it('answers the standard introspection query when introspection is on, its depth counted apart from the query limit', async () => {
    const explorer = await start({ maxQueryDepth: 5 }, true);
    const introspection = await explorer.graphql<{ __schema: { queryType: { name: string } } }>(
      getIntrospectionQuery(),
    );
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    const tooDeep = await explorer.graphql(
      `{ __schema { types { ${'fields { type { ofType { '.repeat(3)}name${' } } }'.repeat(3)} } } }`,
    );
    expect(tooDeep.errors?.[0].extensions?.code).toMatch(/QUERY_TOO_LARGE|GRAPHQL_VALIDATION_FAILED/);
  });

  it('gives every refusal the same extensions: code, field and violations', async () => {
    const limited = await start({ rateLimitPerMinute: 2 });
    const auth = await limited.authorization(CALLERS.vngReader);
    const answers = [
      await rawRequest(limited, QUERY),
      await rawRequest(limited, JSON.stringify({ query: '{ negotiation(negotiationId: "x") { title } }' }), auth),
      await rawRequest(limited, JSON.stringify({ query: '{ nope }' }), auth),
      await rawRequest(limited, JSON.stringify({ query: '{ nope }' }), auth),
      await rawRequest(limited, '{"query": ', await ledger.authorization()),
      await rawRequest(
        limited,
        JSON.stringify({ query: `{ a: __typename }`, variables: { x: 'y'.repeat(200_000) } }),
        await ledger.authorization(),
      ),
    ];
    const codes = answers.map((answer) => answer.body.errors?.[0].extensions?.code);
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'NOT_FOUND',
      'GRAPHQL_VALIDATION_FAILED',
      'RATE_LIMITED',
      'BAD_REQUEST',
      'PAYLOAD_TOO_LARGE',
    ]);
    for (const answer of answers) {
      const keys = Object.keys(answer.body.errors?.[0].extensions ?? {}).filter((key) => key !== 'retryAfterSeconds');
      expect(keys.sort()).toEqual(['code', 'field', 'violations']);
    }
  });

  it('passes the GraphQL-over-HTTP audit of graphql-http without an error (introspection on, as in development)', async () => {
    const explorer = await start({}, true);
    const authorization = (await explorer.authorization(CALLERS.vngReader)).authorization;
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization } });
    const results = await Promise.all(
      serverAudits({ url: `${httpRootOf(explorer)}/graphql`, fetchFn }).map((audit) => audit.fn()),
    );
    const errors = results.flatMap((result) => (result.status === 'error' ? [`${result.name}: ${result.reason}`] : []));
    expect(errors).toEqual([]);
  });
});
