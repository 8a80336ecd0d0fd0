import { fromHex, verifyConsistency, verifyDossier, verifyInclusion, type Dossier } from '@ledger/evidence';
import { LedgerTestApp } from './support/ledger-app';
import { COMPENSATION_DISPUTE, COMPENSATION_NEGOTIATION, DATASET } from './support/evidence-workspace';

type Checkpoint = { size: number; rootHash: string; note: string };
const bytes = (hex: string) => fromHex(hex)!;

describe('evidence over GraphQL, on the real record', () => {
  const ledger = new LedgerTestApp(DATASET);
  let checkpoints: Checkpoint[];

  beforeAll(async () => {
    await ledger.start();
    const signed = await ledger.graphql<{ signCheckpoint: Checkpoint }>(
      'mutation { signCheckpoint { size rootHash note } }',
    );
    expect(signed.errors).toBeUndefined();
    checkpoints = (await ledger.graphql<{ checkpoints: Checkpoint[] }>('{ checkpoints { size rootHash note } }')).data!
      .checkpoints;
  }, 60_000);

  afterAll(() => ledger.destroy());

  it('has signed a checkpoint after every recorded meeting, and one on demand', () => {
    expect(checkpoints.length).toBe(11);
    expect(checkpoints.map((checkpoint) => checkpoint.size)).toEqual(
      [...checkpoints.map((checkpoint) => checkpoint.size)].sort((a, b) => a - b),
    );
  });

  it('proves an event included in a checkpoint and two checkpoints consistent', async () => {
    const [first, last] = [checkpoints[0], checkpoints.at(-1)!];
    const inclusion = (
      await ledger.graphql<{ inclusionProof: { leafIndex: number; leafHash: string; auditPath: string[] } }>(
        `{ inclusionProof(globalPosition: "3", treeSize: ${last.size}) { leafIndex leafHash auditPath } }`,
      )
    ).data!.inclusionProof;
    expect(
      verifyInclusion(
        inclusion.leafIndex,
        last.size,
        bytes(inclusion.leafHash),
        inclusion.auditPath.map(bytes),
        bytes(last.rootHash),
      ),
    ).toBe(true);
    const consistency = (
      await ledger.graphql<{ consistencyProof: { proof: string[] } }>(
        `{ consistencyProof(fromSize: ${first.size}, toSize: ${last.size}) { proof } }`,
      )
    ).data!.consistencyProof;
    expect(
      verifyConsistency(
        first.size,
        last.size,
        bytes(first.rootHash),
        bytes(last.rootHash),
        consistency.proof.map(bytes),
      ),
    ).toBe(true);
  });

  it('finds the negotiation chain intact', async () => {
    const response = await ledger.graphql<{ verifyChain: { intact: boolean; firstBrokenLink: unknown } }>(
      `{ verifyChain(negotiationId: "${COMPENSATION_NEGOTIATION}") { intact firstBrokenLink { revision } } }`,
    );
    expect(response.data!.verifyChain).toEqual({ intact: true, firstBrokenLink: null });
  });

  it('returns a dossier that verifies against the log key', async () => {
    const response = await ledger.graphql<{ dossier: Dossier }>(
      `{ dossier(negotiationId: "${COMPENSATION_NEGOTIATION}", disputeId: "${COMPENSATION_DISPUTE}", withholdPersonalData: true) }`,
    );
    const dossier = response.data!.dossier;
    expect(verifyDossier(dossier, dossier.publicKeys).verdict).toBe('PASS');
  });

  it('refuses a proof against a tree larger than the log', async () => {
    const response = await ledger.graphql('{ consistencyProof(fromSize: 1, toSize: 100000) { proof } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toSize' });
  });
});
