import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LedgerTestApp } from '../e2e/support/ledger-app';
import { readSecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { createSignInCode } from '@ledger/local-auth';
import { startServing } from './web-workspace';

/** The page's JavaScript budget: under 300 KB gzipped, so it loads quickly on a delegation's laptop. */
const SCRIPT_BUDGET_GZIP_BYTES = 300 * 1024;

describe('the service serves the web workspace at / and signs in with one-time links, over plain HTTP', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'ledger-web-'));
  const ledger = new LedgerTestApp();
  let base = '';

  beforeAll(async () => {
    await startServing(ledger, webDir);
    base = ledger.websocketUrl.replace(/^ws/, 'http').replace(/\/graphql$/, '');
  }, 120_000);
  afterAll(async () => {
    await ledger.destroy();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the page without a token, allowing nothing from another origin and nothing inline', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|https?:/);
    const html = await response.text();
    expect(html).toContain('/web/app.js');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves its script, within the size budget, and nothing outside the built files', async () => {
    const script = await fetch(`${base}/web/app.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    const body = Buffer.from(await script.arrayBuffer());
    expect(gzipSync(body).length).toBeLessThan(SCRIPT_BUDGET_GZIP_BYTES);
    for (const path of [
      '/web/build-size.json',
      '/web/..%2Fpackage.json',
      '/web/%2e%2e%2fpackage.json',
      '/web/missing.js',
    ]) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
  });

  it('has no GraphiQL where the explorer is off, as in production', async () => {
    for (const path of ['/graphiql', '/web/graphiql.html', '/web/graphiql.js', '/web/graphiql.css']) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
  });

  it('exchanges a one-time code for a token the API accepts, once', async () => {
    const code = createSignInCode(ledger.dataDir, { sub: 'jan', party: 'vng', role: 'reader', ttl: '1h' }, new Date());
    const redeem = () =>
      fetch(`${base}/sign-in/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    const first = await redeem();
    expect(first.status).toBe(200);
    const { token } = (await first.json()) as { token: string };
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ negotiations { totalCount } }' }),
    });
    expect(((await answer.json()) as { data: unknown }).data).toEqual({ negotiations: { totalCount: 0 } });
    expect((await redeem()).status).toBe(401);
  });
});

describe('with an identity provider configured', () => {
  const ledger = new LedgerTestApp(null, undefined, {
    ...readSecurityConfig({}),
    keys: { kind: 'jwks', url: 'http://127.0.0.1:9/jwks' },
    issuer: 'https://idp.example',
  });

  beforeAll(() => ledger.start(), 60_000);
  afterAll(() => ledger.destroy());

  it('has no local sign-in', async () => {
    const base = ledger.websocketUrl.replace(/^ws/, 'http').replace(/\/graphql$/, '');
    const code = createSignInCode(ledger.dataDir, { sub: 'jan', party: 'vng', role: 'admin', ttl: '1h' }, new Date());
    const response = await fetch(`${base}/sign-in/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(response.status).toBe(404);
  });
});
