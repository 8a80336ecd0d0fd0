import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { verifyDossier } from '@ledger/evidence';
import { EvidenceLedger, loadEvidenceKeys, rotateDataFolderKey } from '@ledger/evidence-ledger';
import { COMPENSATION_NEGOTIATION, EvidenceWorkspace } from './support/evidence-workspace';

/** Starts the evidence log as the service does (signing after meetings while it catches up), then stops it. */
async function runService(
  workspace: EvidenceWorkspace,
  act: (ledger: EvidenceLedger) => Promise<unknown> = async () => undefined,
): Promise<void> {
  const store = SqliteEventStore.open({ filename: workspace.storeFile });
  const ledger = new EvidenceLedger(store, loadEvidenceKeys(workspace.dataDir, {}), {
    signAfterMeetings: true,
    now: () => '2025-09-02T09:00:00.000Z',
  });
  try {
    await ledger.start();
    await ledger.caughtUp();
    await act(ledger);
  } finally {
    await ledger.stop();
    await store.close();
  }
}

describe('exporting with the CLI after the service has run', () => {
  let workspace: EvidenceWorkspace;

  beforeEach(async () => {
    workspace = await new EvidenceWorkspace().importRealDataset();
  });

  afterEach(() => workspace.destroy());

  it('exports and verifies when the service signed checkpoints for older sizes after a newer one was recorded', async () => {
    const before = await workspace.export('before', '--negotiation', COMPENSATION_NEGOTIATION);
    await runService(workspace);
    const after = await workspace.export('after', '--negotiation', COMPENSATION_NEGOTIATION);

    const sizes = after.dossier.evidence.checkpoints.map((note) => Number(note.split('\n')[1]));
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes).toEqual([...sizes].sort((left, right) => left - right));
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(verifyDossier(after.dossier, [after.pin]).verdict).toBe('PASS');
    expect(after.pin).toBe(before.pin);
  });

  it('prints a key to pin with which the dossier verifies after a key rotation', async () => {
    const before = await workspace.export('before', '--negotiation', COMPENSATION_NEGOTIATION);
    await runService(workspace, async (ledger) => {
      const rotation = rotateDataFolderKey(workspace.dataDir, ledger.signer, null);
      await ledger.rotateKey(rotation.next);
      rotation.complete();
    });
    const after = await workspace.export('after', '--negotiation', COMPENSATION_NEGOTIATION);

    expect(after.dossier.evidence.rotations).toHaveLength(1);
    expect(readdirSync(workspace.dataDir).filter((file) => file.startsWith('signing-key'))).toEqual([
      'signing-key.pem',
    ]);
    expect(verifyDossier(after.dossier, [after.pin]).verdict).toBe('PASS');
    // Whoever pinned the key before the rotation follows it to the new one.
    expect(verifyDossier(after.dossier, [before.pin]).verdict).toBe('PASS');
  });

  it('exports consistent with the checkpoint an earlier export was proven against, signed before a rotation', async () => {
    const before = await workspace.export('before', '--negotiation', COMPENSATION_NEGOTIATION);
    const held = join(workspace.dataDir, 'before', 'checkpoint.txt');
    const heldSize = readFileSync(held, 'utf8').split('\n')[1];
    await runService(workspace, async (ledger) => {
      const rotation = rotateDataFolderKey(workspace.dataDir, ledger.signer, null);
      await ledger.rotateKey(rotation.next);
      rotation.complete();
    });
    const after = await workspace.export(
      'after',
      '--negotiation',
      COMPENSATION_NEGOTIATION,
      '--consistent-with',
      heldSize,
    );

    expect(after.pin).not.toBe(before.pin);
    const run = await workspace.cli('verify', after.file, '--pin', after.pin, '--held', held);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('PASS  held-checkpoint: 1');
    const refused = await workspace.cli(
      'export',
      '--negotiation',
      COMPENSATION_NEGOTIATION,
      '--consistent-with',
      '3',
      '--out',
      join(workspace.dataDir, 'none'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing exported: The ledger recorded no checkpoint of 3 entries');
  });
});
