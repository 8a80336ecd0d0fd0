import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeJwt } from 'jose';
import type { Page } from 'playwright-core';
import { readSecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { LedgerTestApp } from '../e2e/support/ledger-app';
import { browserAvailable, CHROMIUM, WebWorkspace } from './web-workspace';

const AUDIENCE = 'urn:negotiation-ledger:api';
const CLIENT_ID = 'ledger-web';
const ACCOUNTS = { 'jurist-vng': { party: 'vng', role: 'legal' } };

jest.setTimeout(90_000);

if (!browserAvailable)
  console.warn(`Skipping the OIDC sign-in browser test: ${CHROMIUM} is absent (apt-get install -y chromium).`);
const describeInBrowser = browserAvailable ? describe : describe.skip;

/** The test's own OpenID provider on 127.0.0.1 (test/web/support/local-oidc-provider.mjs), one JSON line at a time. */
class LocalOidcProvider {
  private child?: ChildProcessWithoutNullStreams;
  private lines?: AsyncIterator<string>;
  issuer = '';

  async start(): Promise<this> {
    this.child = spawn(process.execPath, [join(__dirname, 'support/local-oidc-provider.mjs')], {
      env: {
        ...process.env,
        OIDC_AUDIENCE: AUDIENCE,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_ACCOUNTS: JSON.stringify(ACCOUNTS),
      },
    });
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
    const { port } = await this.next<{ port: number }>();
    this.issuer = `http://127.0.0.1:${port}`;
    return this;
  }

  /** Registers the page's redirect address (known once the service listens) and waits until sign-in works. */
  async admit(redirectUri: string): Promise<void> {
    this.child!.stdin.write(`${JSON.stringify({ redirectUri })}\n`);
    await this.next<{ ready: true }>();
  }

  stop(): void {
    this.child?.kill();
  }

  private async next<T>(): Promise<T> {
    const { value, done } = await this.lines!.next();
    if (done) throw new Error('The local OIDC provider stopped before it was ready');
    return JSON.parse(value) as T;
  }
}

describeInBrowser('signing in to the web workspace through the organisation’s OIDC provider', () => {
  const provider = new LocalOidcProvider();
  let workspace: WebWorkspace;
  let page: Page;

  beforeAll(async () => {
    await provider.start();
    workspace = new WebWorkspace(
      new LedgerTestApp(null, undefined, {
        ...readSecurityConfig({}),
        keys: { kind: 'jwks', url: `${provider.issuer}/jwks` },
        issuer: provider.issuer,
        audience: AUDIENCE,
        algorithms: ['ES256'],
        webClient: { clientId: CLIENT_ID, scope: 'openid' },
      }),
    );
    await workspace.start();
    await provider.admit(`${workspace.baseUrl}/`);
    page = await workspace.newPage();
    // The provider's development login page asks for a web font; nothing here goes beyond this machine.
    await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  }, 180_000);

  afterAll(async () => {
    await page?.context().close();
    await workspace?.destroy();
    provider.stop();
  });

  it('tells the page to use the provider, and lets the page reach only it besides the service', async () => {
    const method = await fetch(`${workspace.baseUrl}/sign-in/method`).then((response) => response.json());
    expect(method).toEqual({
      method: 'oidc',
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      scope: 'openid',
      audience: AUDIENCE,
    });
    const policy = (await fetch(`${workspace.baseUrl}/`)).headers.get('content-security-policy');
    expect(policy).toContain(`connect-src 'self' ${provider.issuer};`);
    expect(policy).toContain("script-src 'self';");
  });

  it('signs in with the authorization code flow and PKCE, and the API accepts the provider’s token', async () => {
    await page.goto(`${workspace.baseUrl}/`);
    const signIn = page.getByRole('button', { name: 'Aanmelden bij uw organisatie' });
    await signIn.waitFor();
    await workspace.screenshot(page, 'aanmelden-oidc');
    expect(await workspace.seriousViolations(page)).toEqual([]);
    await signIn.click();

    const login = page.locator('input[name="login"]');
    await login.waitFor();
    expect(new URL(page.url()).origin).toBe(provider.issuer);
    await login.fill('jurist-vng');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();

    await page.getByText('jurist-vng', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Dossiers' }).waitFor();
    expect(page.url()).toBe(`${workspace.baseUrl}/#/`);
    const token = (await page.evaluate("sessionStorage.getItem('ledger.token')")) as string;
    expect(decodeJwt(token)).toMatchObject({ iss: provider.issuer, aud: AUDIENCE, party: 'vng', role: 'legal' });
    expect(await page.locator('header').innerText()).toContain('vng, legal');
    await workspace.screenshot(page, 'aangemeld-via-oidc');
    expect(await workspace.seriousViolations(page)).toEqual([]);
  });

  it('refuses a callback whose state it did not send', async () => {
    const other = await workspace.newPage();
    await other.goto(`${workspace.baseUrl}/?code=forged&state=forged`);
    await other.getByRole('alert').getByText('niet gelukt').waitFor();
    expect(other.url()).toBe(`${workspace.baseUrl}/`);
    await other.context().close();
  });
});
