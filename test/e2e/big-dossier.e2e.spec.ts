import { HEALTH_LIVE_PATH } from '../../apps/ledger-api/src/health/health.routes';
import { EvidenceService } from '../../apps/ledger-api/src/evidence/evidence.service';
import { seedSpanningStore } from '../bench/support/spanning-store';
import { LedgerTestApp } from './support/ledger-app';

/** 20 negotiations of 100 entries: the subject's dossier spans all 2,000 leaves. */
const NEGOTIATIONS = 20;
const SUBJECT = 'groot-dossier';
const DOSSIER = 'query Dossier($negotiationId: ID!) { dossier(negotiationId: $negotiationId) }';

describe('a big dossier', () => {
  const ledger = new LedgerTestApp();
  let entries: number;

  beforeAll(async () => {
    entries = await seedSpanningStore(ledger.dataDir, SUBJECT, NEGOTIATIONS);
    await ledger.start();
  }, 120_000);
  afterAll(() => ledger.destroy());

  it('leaves /health/live answering while it is being built', async () => {
    const root = ledger.websocketUrl.replace(/^ws/, 'http').replace(/\/graphql$/, '');
    const { tree } = ledger.get(EvidenceService).ledger.log;
    // Each entry gets its inclusion proof as it is built, so the proofs made so far say how far the build is.
    let built = 0;
    let live: Promise<{ status: number; builtWhenAnswered: number }> | undefined;
    const inclusionProof = tree.inclusionProof.bind(tree);
    const spy = jest.spyOn(tree, 'inclusionProof').mockImplementation((index, size) => {
      built += 1;
      // Asked once the build has begun; answered in the middle of it, not after it.
      live ??= fetch(`${root}${HEALTH_LIVE_PATH}`).then((response) => ({
        status: response.status,
        builtWhenAnswered: built,
      }));
      return inclusionProof(index, size);
    });
    try {
      const answer = await ledger.graphql<{ dossier: { evidence: { entries: unknown[] } } }>(DOSSIER, {
        negotiationId: SUBJECT,
      });

      // The range runs on to the last checkpoint, past the subject's own entries.
      const exportedEntries = answer.data?.dossier.evidence.entries.length ?? 0;
      expect(exportedEntries).toBeGreaterThanOrEqual(entries);
      expect(live).toBeDefined();
      const { status, builtWhenAnswered } = await live!;
      expect(status).toBe(200);
      expect(builtWhenAnswered).toBeLessThan(exportedEntries);
    } finally {
      spy.mockRestore();
    }
  }, 120_000);
});
