import { LedgerTestApp } from './support/ledger-app';
import { record } from './support/mutations';

const NEGOTIATION = 'vjn2025-replica-sleutels';
const JAN = 'Jan Jansen';
const SIGN = 'mutation { signCheckpoint { size keyId note } }';
const CHECKPOINTS = '{ checkpoints { size keyId note } }';
const DELEGATION = `query Delegation($minPosition: String) { negotiation(negotiationId: "${NEGOTIATION}", minPosition: $minPosition) { parties { partyId delegation } } }`;

type Checkpoint = { size: number; keyId: string; note: string };
type Delegation = { negotiation: { parties: { partyId: string; delegation: string[] }[] } };

/**
 * Two replicas on one data folder, as deploy/compose.yaml runs them (one shared volume): a token, a
 * checkpoint's key and a person's key made on one are good on the other, and after a restart.
 */
describe('replicas that share their data folder share their keys', () => {
  let replicaA: LedgerTestApp;
  let replicaB: LedgerTestApp;

  beforeAll(async () => {
    replicaA = await new LedgerTestApp().start();
    replicaB = await new LedgerTestApp(null, replicaA.dataDir).start();
  }, 60_000);
  afterAll(async () => {
    await replicaB.stop();
    await replicaA.destroy();
  });

  it("reads on B, with B's token, the name A sealed under a person's key, and signs checkpoints with the same key", async () => {
    const at = { negotiationId: NEGOTIATION, occurredOn: '2025-03-17' };
    await record(replicaA, 'openNegotiation', 'OpenNegotiationInput', { ...at, title: 'Sleutels over replica’s' });
    const admitted = await record(replicaA, 'admitParty', 'AdmitPartyInput', {
      ...at,
      partyId: 'vng',
      name: 'VNG',
      kind: 'VNG',
      delegation: ['Voorzitter VNG', JAN],
      personalData: [{ field: 'delegation[1]', subjectId: 'person-jan' }],
    });

    const read = await replicaB.graphql<Delegation>(DELEGATION, { minPosition: String(admitted.globalPosition) });
    expect(read.errors).toBeUndefined();
    expect(read.data!.negotiation.parties.find((party) => party.partyId === 'vng')!.delegation).toEqual([
      'Voorzitter VNG',
      JAN,
    ]);

    const signedOnA = await replicaA.graphql<{ signCheckpoint: Checkpoint }>(SIGN);
    const signedOnB = await replicaB.graphql<{ signCheckpoint: Checkpoint }>(SIGN);
    expect(signedOnA.errors ?? signedOnB.errors).toBeUndefined();
    expect(signedOnB.data!.signCheckpoint.keyId).toBe(signedOnA.data!.signCheckpoint.keyId);
  });

  it('keeps every key over a restart: the same token is accepted and the same key signs', async () => {
    const before = await replicaA.graphql<{ checkpoints: Checkpoint[] }>(CHECKPOINTS);
    const keyId = before.data!.checkpoints.at(-1)!.keyId;
    await replicaA.stop();
    await replicaA.start();

    const after = await replicaA.graphql<{ signCheckpoint: Checkpoint }>(SIGN);
    expect(after.errors).toBeUndefined();
    expect(after.data!.signCheckpoint.keyId).toBe(keyId);
    const read = await replicaA.graphql<Delegation>(DELEGATION, {});
    expect(read.data!.negotiation.parties.find((party) => party.partyId === 'vng')!.delegation).toContain(JAN);
  }, 60_000);
});
