import type { Page } from 'playwright-core';
import { readSecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { browserAvailable, CHROMIUM, WebWorkspace } from './web-workspace';

const DEVELOPER: TestCaller = { sub: 'ontwikkelaar', party: 'vng', role: 'reader' };

jest.setTimeout(90_000);

if (!browserAvailable)
  console.warn(`Skipping the GraphiQL browser test: ${CHROMIUM} is absent (apt-get install -y chromium).`);
const describeInBrowser = browserAvailable ? describe : describe.skip;

describeInBrowser('GraphiQL served by the service itself, outside production', () => {
  // The fourth argument switches the explorer on, as LEDGER_GRAPHQL_EXPLORER=true does.
  const workspace = new WebWorkspace(new LedgerTestApp(null, undefined, readSecurityConfig({}), true));
  let page: Page;
  const requested: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    await workspace.start();
    page = await workspace.signedIn(DEVELOPER);
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
  }, 180_000);

  afterAll(async () => {
    await page?.context().close();
    await workspace.destroy();
  });

  it('serves the page from its own build under a strict CSP that allows nothing from elsewhere', async () => {
    const response = await fetch(`${workspace.baseUrl}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(await response.text()).not.toMatch(/https?:\/\//);
    expect((await fetch(`${workspace.baseUrl}/web/graphiql.js`)).status).toBe(200);
  });

  it('runs a query with the tab’s token, fetching nothing outside the service and breaking no CSP rule', async () => {
    await page.goto(`${workspace.baseUrl}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    await page.getByRole('button', { name: /Execute query/i }).click();
    await page.locator('.result-window').getByText('"totalCount"', { exact: false }).waitFor();
    expect(await page.locator('.result-window').innerText()).toContain('"negotiations"');
    expect(requested.filter((url) => !url.startsWith(workspace.baseUrl) && !url.startsWith('data:'))).toEqual([]);
    expect(refused).toEqual([]);
    await workspace.screenshot(page, 'graphiql');
    expect(await workspace.seriousViolations(page)).toEqual([]);
  });
});
