import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { verifierKeyOf } from '@ledger/evidence';
import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { DATASET_PATH } from '../e2e/support/real-record';
import { loadEvidenceKeys } from '@ledger/evidence-ledger';
import { createSignInCode } from '@ledger/local-auth';

/** Debian's chromium, installed by .ci/run with apt; the suite never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const ROOT = join(__dirname, '../..');
/** Screenshots of every test, for a reader to look at; gitignored. */
export const SCREENSHOT_DIR = join(ROOT, 'test-output/web');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Builds the web workspace into a folder and starts the service serving it (LEDGER_WEB_DIR is read at start). */
export async function startServing(ledger: LedgerTestApp, webDir: string): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'apps/ledger-web/build.mjs')], {
    env: { ...process.env, LEDGER_WEB_DIR: webDir },
    stdio: 'pipe',
  });
  process.env.LEDGER_WEB_DIR = webDir;
  try {
    await ledger.start();
  } finally {
    delete process.env.LEDGER_WEB_DIR;
  }
}

/**
 * The real service on a temporary store seeded with the shipped record, serving a fresh build of the web
 * workspace, and one headless chromium for the whole file.
 */
export class WebWorkspace {
  private readonly webDir = mkdtempSync(join(tmpdir(), 'ledger-web-'));
  private browser?: Browser;
  baseUrl = '';

  constructor(readonly ledger = new LedgerTestApp(DATASET_PATH)) {}

  async start(): Promise<this> {
    // Forms record with today's date, so the service's clock is the real one here.
    this.ledger.clock.current = new Date().toISOString();
    await startServing(this.ledger, this.webDir);
    this.baseUrl = (await this.graphqlUrl()).replace(/\/graphql$/, '');
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    return this;
  }

  async destroy(): Promise<void> {
    await this.browser?.close();
    await this.ledger.destroy();
    rmSync(this.webDir, { recursive: true, force: true });
  }

  private async graphqlUrl(): Promise<string> {
    // LedgerTestApp knows its URL only through requests; its websocket URL carries it.
    return this.ledger.websocketUrl.replace(/^ws/, 'http');
  }

  /** What `npm run ledger -- sign-in-link` prints, for this service. */
  signInLink(caller: TestCaller): string {
    const code = createSignInCode(this.ledger.dataDir, { ...caller, ttl: '1h' }, new Date());
    return `${this.baseUrl}/#/aanmelden?code=${code}`;
  }

  /** A fresh browser context (its own sessionStorage), signed in through a one-time link. */
  async signedIn(caller: TestCaller): Promise<Page> {
    const page = await this.newPage();
    await page.goto(this.signInLink(caller));
    await page.getByText(caller.sub, { exact: true }).waitFor();
    return page;
  }

  async newPage(): Promise<Page> {
    const context = await this.browser!.newContext({
      acceptDownloads: true,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    return context.newPage();
  }

  async screenshot(page: Page, name: string): Promise<string> {
    const file = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /** axe-core run inside the page (evaluated, so the page's CSP stays on); returns the serious and critical violations. */
  async seriousViolations(page: Page): Promise<AxeViolation[]> {
    // Hash routes keep the document, so axe is loaded once per page.
    if (await page.evaluate('typeof axe === "undefined"'))
      await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = (await page.evaluate(
      "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
    )) as AxeViolation[];
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  }

  /** The key a verifier pins for this service's log, as `npm run ledger -- export` prints it. */
  pinnedKey(): string {
    return verifierKeyOf(loadEvidenceKeys(this.ledger.dataDir, {}).signer);
  }
}
