import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { VJN2025 } from '../e2e/support/real-record';
import type { TestCaller } from '../e2e/support/ledger-app';
import { pdfText } from '../security/support/pdf-text';
import { browserAvailable, CHROMIUM, WebWorkspace } from './web-workspace';

const VNG_READER: TestCaller = { sub: 'jan-vng', party: 'vng', role: 'reader' };
const VNG_LEGAL: TestCaller = { sub: 'jurist-vng', party: 'vng', role: 'legal' };
const RIJK_ADMIN: TestCaller = { sub: 'beheer-rijk', party: 'rijk', role: 'admin' };
const RIJK_READER: TestCaller = { sub: 'piet-rijk', party: 'rijk', role: 'reader' };

/** A position the Rijk delegation keeps to itself: words no VNG page may ever show. */
const RIJK_INTERNAL_REASON = 'Vertrouwelijke rijksafweging: onderhandelingsruimte tot zilverreiger-grens';

type ReadAudit = { readAudit: { edges: { node: { reader: string; operation: string } }[] } };
const READ_AUDIT =
  'query ($id: ID) { readAudit(negotiationId: $id, last: 100) { edges { node { reader operation } } } }';

// One browser and one service for the file; each page is a real round trip through GraphQL, slow on a loaded machine.
jest.setTimeout(90_000);

if (!browserAvailable)
  console.warn(`Skipping the web workspace browser tests: ${CHROMIUM} is absent (apt-get install -y chromium).`);
const describeInBrowser = browserAvailable ? describe : describe.skip;

describeInBrowser('the web workspace in a real browser, on the shipped record', () => {
  const workspace = new WebWorkspace();
  const pages: Page[] = [];
  const signedIn = async (caller: TestCaller) => {
    const page = await workspace.signedIn(caller);
    pages.push(page);
    return page;
  };
  const expectAccessible = async (page: Page, name: string) => {
    await workspace.screenshot(page, name);
    expect(await workspace.seriousViolations(page)).toEqual([]);
  };

  beforeAll(async () => {
    await workspace.start();
    const recorded = await workspace.ledger.graphql(
      `mutation ($input: TakePositionInput!) { takePosition(input: $input) { revision } }`,
      {
        input: {
          negotiationId: VJN2025,
          occurredOn: '2025-04-10',
          positionId: 'rijk-intern-ruimte',
          partyId: 'vjn2025-party-rijk',
          topic: 'Onderhandelingsruimte',
          stance: 'CONDITIONAL',
          reasons: [RIJK_INTERNAL_REASON],
          classification: { level: 'INTERNAL', party: 'vjn2025-party-rijk' },
        },
      },
      RIJK_ADMIN,
    );
    expect(recorded.errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close()));
    await workspace.destroy();
  });

  it('signs in with a one-time link, lists the negotiations by name, and refuses the same link twice', async () => {
    const link = workspace.signInLink(VNG_READER);
    const page = await workspace.newPage();
    pages.push(page);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Dossiers' }).waitFor();
    expect(page.url()).not.toContain('code=');
    await page.getByRole('link', { name: /Voorjaarsnota 2025/ }).waitFor();
    await expectAccessible(page, 'dossiers');

    const again = await workspace.newPage();
    pages.push(again);
    await again.goto(link);
    await again.getByRole('alert').getByText('al gebruikt of verlopen').waitFor();
    await expectAccessible(again, 'aanmelden-geweigerd');
  });

  it('finds the agreements of 16 April 2025 on the timeline and in the stand per datum, with the document’s words', async () => {
    const page = await signedIn(VNG_READER);
    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}?kind=AgreementReached&from=2025-04-16&to=2025-04-16`);
    const rows = page.locator('tbody tr[data-type="AgreementReached"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('tbody').innerText()).toContain('16 april 2025');
    await expectAccessible(page, 'tijdlijn-afspraken-16-april');

    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}/stand?asOf=2025-04-16`);
    const agreement = page.locator('[data-agreement="vjn2025-agreement-demping-ravijn-424-mln"]');
    await agreement.waitFor();
    expect(await agreement.innerText()).toContain('oplopend tot € 424 miljoen');
    expect(await page.locator('main').innerText()).not.toContain('vjn2025-party-');
    await expectAccessible(page, 'stand-16-april-2025');
  });

  it('shows the cabinet’s August commitment as overdue on 1 October 2025', async () => {
    const page = await signedIn(VNG_READER);
    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}/toezeggingen?date=2025-10-01`);
    const overdue = page.locator('[data-status="overdue"]');
    await overdue.getByText('uiterlijk in augustus van dit jaar').waitFor();
    await expectAccessible(page, 'toezeggingen-1-oktober-2025');
  });

  it('searches a quote and lands on its entry, with the verbatim quote, audit trail and hash', async () => {
    const page = await signedIn(VNG_READER);
    await page.goto(`${workspace.baseUrl}/#/zoeken`);
    await page.getByLabel('Zoek in titels, afspraken, redenen en citaten').fill('feitelijk uitgavenniveau');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.locator('mark', { hasText: 'feitelijk' }).first().waitFor();
    await expectAccessible(page, 'zoeken-citaat');
    await page
      .getByRole('link', { name: /Vergoeding structurele kosten Jeugdhulp/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Audittrail' }).waitFor();
    expect(await page.locator('blockquote').allInnerTexts()).toContainEqual(
      expect.stringContaining('op basis van feitelijk uitgavenniveau 2024'),
    );
    expect(await page.locator('.hash').first().innerText()).toMatch(/^[0-9a-f]{64}$/);
    await expectAccessible(page, 'regel-uit-zoekresultaat');
  });

  it('opens a source document at its quote, highlighted, from the ledger itself', async () => {
    const page = await signedIn(VNG_READER);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(workspace.baseUrl)) elsewhere.push(request.url());
    });
    await page.goto(`${workspace.baseUrl}/#/zoeken`);
    await page.getByLabel('Zoek in titels, afspraken, redenen en citaten').fill('feitelijk uitgavenniveau');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('link', { name: /Vergoeding structurele kosten Jeugdhulp/ })
      .first()
      .click();
    const quote = await page.locator('blockquote').first().innerText();
    await page.getByRole('link', { name: 'Document openen bij het citaat' }).first().click();
    await page.getByRole('heading', { name: /^Brondocument: / }).waitFor();
    const marked = page.locator('.document-text mark');
    const squeezed = (text: string) => text.replace(/[\s“”]+/g, '');
    expect(squeezed(await marked.innerText())).toBe(squeezed(quote));
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('citaat');
    expect(await page.locator('.document-text').innerText()).toContain('Voorjaarsnota 2025');
    expect(elsewhere).toEqual([]);
    await expectAccessible(page, 'brondocument-bij-citaat');
    await page.getByRole('link', { name: 'Terug naar de regel' }).click();
    await page.getByRole('heading', { name: 'Audittrail' }).waitFor();
  });

  it('compares two dates: the agreements of 16 April came between 17 March and 17 April 2025', async () => {
    const page = await signedIn(VNG_READER);
    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}/veranderd?from=2025-03-17&to=2025-04-17`);
    await page.locator('[data-agreement="vjn2025-agreement-demping-ravijn-424-mln"]').waitFor();
    await expectAccessible(page, 'wat-is-er-veranderd');
  });

  it('downloads a dossier, verifies it in the page against the pinned key, and fails a tampered copy', async () => {
    const page = await signedIn(VNG_LEGAL);
    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}/bewijs`);
    await page.getByRole('button', { name: 'Dossier downloaden (JSON)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: `dossier-${VJN2025}.json` }).click();
    const file = await (await download).path();
    await page.getByLabel('Vastgepinde sleutel (vkey)').fill(workspace.pinnedKey());
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.locator('.verdict.pass', { hasText: 'PASS' }).waitFor();
    await expectAccessible(page, 'dossier-pass');

    const tampered = readFileSync(file, 'utf8').replace('oplopend tot € 424 miljoen', 'oplopend tot € 524 miljoen');
    expect(tampered).not.toBe(readFileSync(file, 'utf8'));
    const tamperedFile = join(tmpdir(), `dossier-tampered-${process.pid}.json`);
    writeFileSync(tamperedFile, tampered);
    const offline = await workspace.newPage();
    pages.push(offline);
    await offline.goto(`${workspace.baseUrl}/#/controleren`);
    await offline.context().setOffline(true);
    await offline.getByLabel(/Sleep een dossier/).setInputFiles(tamperedFile);
    await offline.getByLabel('Vastgepinde sleutel (vkey)').fill(workspace.pinnedKey());
    await offline.getByRole('button', { name: 'Controleren' }).click();
    await offline.locator('.verdict.fail', { hasText: 'FAIL' }).waitFor();
    await expectAccessible(offline, 'dossier-fail-offline');
  });

  it('downloads the chronology PDF through the API: read-audited, and without Rijk-internal text for VNG', async () => {
    const page = await signedIn(VNG_LEGAL);
    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}/bewijs`);
    await page.getByRole('button', { name: 'Chronologie downloaden (PDF)' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: `chronologie-${VJN2025}.pdf` }).click();
    const pdf = readFileSync(await (await download).path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Afspraak gemaakt');
    expect(text).not.toContain('zilverreiger');
    await expectAccessible(page, 'chronologie-pdf');

    const { data } = await workspace.ledger.graphql<ReadAudit>(READ_AUDIT, { id: VJN2025 }, RIJK_ADMIN);
    expect(data!.readAudit.edges.map(({ node }) => node)).toContainEqual({
      reader: VNG_LEGAL.sub,
      operation: 'export',
    });
  });

  it('never shows a VNG reader Rijk-internal text: the entry is withheld on the timeline and not found by search', async () => {
    const page = await signedIn(VNG_READER);
    // Unfiltered: a date filter leaves withheld entries out, since their date is part of what is withheld.
    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}`);
    await page.locator('tbody tr[data-type="withheld"]').first().waitFor();
    expect(await page.content()).not.toContain('zilverreiger');
    await page.goto(`${workspace.baseUrl}/#/zoeken?q=zilverreiger`);
    await page.getByRole('status').getByText('0 resultaten').waitFor();
    expect(await page.content()).not.toContain('zilverreiger');
    await expectAccessible(page, 'vng-ziet-geen-rijk-intern');

    const rijk = await signedIn(RIJK_READER);
    await rijk.goto(`${workspace.baseUrl}/#/zoeken?q=zilverreiger`);
    await rijk.getByRole('status').getByText('1 resultaten').waitFor();
  });

  it('shows the API’s validation error next to the field of a correction, then records it', async () => {
    const page = await signedIn(RIJK_ADMIN);
    await page.goto(`${workspace.baseUrl}/#/zoeken?q=feitelijk uitgavenniveau`);
    await page
      .getByRole('link', { name: /Vergoeding structurele kosten Jeugdhulp/ })
      .first()
      .click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Correctie vastleggen' }) });
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    const reason = form.getByLabel('Reden');
    // The answer arrives asynchronously: wait for the error to be shown before reading the field's state.
    await form.locator('.field-error').first().waitFor();
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await form.locator('.field-error').innerText()).toContain('reason');
    await expectAccessible(page, 'correctie-fout-bij-veld');
    await reason.fill('Titel volgt het afsprakendocument');
    await form.getByLabel('Veld').selectOption('title');
    await form.getByLabel('Juiste tekst').fill('Vergoeding structurele kosten Jeugdhulp vanaf 2025 (uitkomst 2)');
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await form.getByRole('status').getByText('Vastgelegd.').waitFor();
  });

  it('switches to English and keeps the timeline printable and accessible', async () => {
    const page = await signedIn(VNG_READER);
    await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await expectAccessible(page, 'timeline-english-print');
    await page.emulateMedia({ media: 'screen' });
    for (const tab of ['geschillen', 'toezeggingen', 'stand', 'veranderd', 'bewijs']) {
      await page.goto(`${workspace.baseUrl}/#/dossier/${VJN2025}/${tab}`);
      await page.locator('main h1').waitFor();
      await page
        .locator('[role="status"]')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await expectAccessible(page, `tab-${tab}`);
    }
  });
});
