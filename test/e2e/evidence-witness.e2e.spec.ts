import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cosignCheckpoint,
  createCosigner,
  verifierKeyOf,
  verifyDossier,
  witnessKeyOf,
  type Dossier,
} from '@ledger/evidence';
import { loadEvidenceKeys } from '@ledger/evidence-ledger';
import { witnessOnce, WitnessRefusal, type WitnessRequest } from '../../apps/ledger-cli/src/witness.command';
import { COMPENSATION_NEGOTIATION, DATASET } from './support/evidence-workspace';
import { DEFAULT_CALLER, LedgerTestApp } from './support/ledger-app';

const WITNESS_SEED = Buffer.alloc(32, 44).toString('base64');
const WITNESS_NAME = 'getuige.rijk.example/w1';
const witnessKey = witnessKeyOf(createCosigner(WITNESS_NAME, new Uint8Array(Buffer.from(WITNESS_SEED, 'base64'))));
const quiet = { info: () => undefined, error: () => undefined };

describe('the other party runs a witness', () => {
  const previous = process.env.LEDGER_WITNESS_KEYS;
  let ledger: LedgerTestApp;
  let request: WitnessRequest;

  beforeAll(async () => {
    process.env.LEDGER_WITNESS_KEYS = witnessKey;
    ledger = await new LedgerTestApp(DATASET).start();
    // Once the log has caught up with the seeded store (signing after each meeting as it goes), its latest checkpoint stays the latest.
    await ledger.graphql('mutation { signCheckpoint { size } }');
    const pin = verifierKeyOf(loadEvidenceKeys(ledger.dataDir, {}).signer);
    writeFileSync(join(ledger.dataDir, 'witness.key'), WITNESS_SEED);
    request = {
      api: ledger.websocketUrl.replace(/^ws/, 'http'),
      pin,
      name: WITNESS_NAME,
      keyFile: join(ledger.dataDir, 'witness.key'),
      stateFile: join(ledger.dataDir, 'witness.state.json'),
      token: await ledger.token(DEFAULT_CALLER),
    };
  }, 120_000);

  afterAll(async () => {
    process.env.LEDGER_WITNESS_KEYS = previous;
    await ledger.destroy();
  });

  const dossier = async () =>
    (await ledger.graphql<{ dossier: Dossier }>(`{ dossier(negotiationId: "${COMPENSATION_NEGOTIATION}") }`)).data!
      .dossier;

  it('cosigns the latest checkpoint, which the ledger records and bundles, so the dossier passes with the witness pinned', async () => {
    expect(await witnessOnce(request, quiet, new Date('2025-09-02T10:00:00Z'))).toBe(0);
    const exported = await dossier();
    const report = verifyDossier(exported, [request.pin], { witnessKeys: [witnessKey] });
    expect(
      report.checks.filter((item) => item.check === 'witness').map((item) => `${item.status} ${item.message.en}`),
    ).toEqual([`PASS Witness ${WITNESS_NAME} cosigned the last checkpoint at 2025-09-02T10:00:00.000Z.`]);
    expect(report.verdict).toBe('PASS');
  }, 60_000);

  it('cosigns again after the log grew, having checked it extends the checkpoint it cosigned before', async () => {
    const before = JSON.parse(readFileSync(request.stateFile, 'utf8')) as { size: number };
    await ledger.graphql('mutation { signCheckpoint { size } }');
    expect(await witnessOnce(request, quiet, new Date('2025-09-03T10:00:00Z'))).toBe(0);
    expect((JSON.parse(readFileSync(request.stateFile, 'utf8')) as { size: number }).size).toBeGreaterThan(before.size);
  }, 60_000);

  it('refuses to cosign a log that does not extend the one it cosigned, and keeps its state', async () => {
    const state = JSON.parse(readFileSync(request.stateFile, 'utf8')) as { size: number; rootHash: string };
    const forked = JSON.stringify({ ...state, rootHash: 'ab'.repeat(32) });
    writeFileSync(request.stateFile, forked);
    await expect(witnessOnce(request, quiet, new Date('2025-09-04T10:00:00Z'))).rejects.toThrow(WitnessRefusal);
    await ledger.graphql('mutation { signCheckpoint { size } }');
    await expect(witnessOnce(request, quiet, new Date('2025-09-04T10:00:00Z'))).rejects.toThrow(
      /does not extend the one of/,
    );
    expect(readFileSync(request.stateFile, 'utf8')).toBe(forked);
  }, 60_000);

  it('refuses the cosignature of a witness the ledger was not told of', async () => {
    const { data } = await ledger.graphql<{ checkpoints: { note: string }[] }>('{ checkpoints { note } }');
    const stranger = createCosigner('onbekend.example/w9', new Uint8Array(32).fill(45));
    const response = await ledger.graphql(
      'mutation Cosign($note: String!) { cosignCheckpoint(note: $note) { size } }',
      { note: cosignCheckpoint(data!.checkpoints[0].note, stranger, 1) },
    );
    expect(response.errors?.[0].message).toContain('no valid cosignature of a witness in LEDGER_WITNESS_KEYS');
  }, 60_000);
});
