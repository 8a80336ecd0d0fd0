import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { negotiationStreamId } from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
import { dossierRequestOf, exportDossier } from './dossier.exporter';
import { EvidenceLedger } from './evidence-ledger';
import { loadEvidenceKeys } from './evidence-keys';
import { positionTaken, TEST_EVIDENCE_ENV, TEST_NOW } from './evidence-ledger.testing';

const ENTRIES = 3_000;

describe('a large dossier', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-dossier-turns-'));
  let ledger: EvidenceLedger;

  beforeAll(async () => {
    const store = new InMemoryEventStore();
    for (let index = 0; index < ENTRIES; index += 1)
      await store.append(negotiationStreamId('in-turns'), 'any', [positionTaken(index)]);
    ledger = new EvidenceLedger(store, loadEvidenceKeys(dir, TEST_EVIDENCE_ENV), {
      signAfterMeetings: false,
      now: () => TEST_NOW,
    });
    await ledger.start();
    await ledger.caughtUp();
  });
  afterAll(async () => {
    await ledger.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is built with turns of the event loop between its entries, where other requests are answered', async () => {
    // Every entry gets its inclusion proof as it is built: the count of proofs made says how far the build is.
    const proofs = jest.spyOn(ledger.log.tree, 'inclusionProof');
    let finished = false;
    const exported = exportDossier(ledger, dossierRequestOf({ negotiationId: 'in-turns' }), TEST_NOW).finally(
      () => (finished = true),
    );
    const builtAtEachTurn: number[] = [];
    while (!finished) {
      await nextTurn();
      builtAtEachTurn.push(proofs.mock.calls.length);
    }

    // The range runs to the last checkpoint, so it ends with the ledger's own LeafFormatAdopted entry.
    expect((await exported).evidence.entries).toHaveLength(ENTRIES + 1);
    expect(builtAtEachTurn.filter((built) => built > 0 && built < ENTRIES).length).toBeGreaterThan(1);
    proofs.mockRestore();
  });
});
