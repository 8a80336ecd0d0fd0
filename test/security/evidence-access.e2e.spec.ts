import { verifyDossier, type Dossier } from '@ledger/evidence';
import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { CALLERS, OUTSIDE, TABLE, recordAccessTable, sightOf, type CallerName } from './support/access-table.fixture';

const ALL = Object.keys(CALLERS) as CallerName[];
const mayUseEvidence = (caller: TestCaller) => caller.role === 'legal' || caller.role === 'admin';

/** Every evidence query and the checkpoint mutation, each well-formed, so a refusal can only come from who asks. */
const EVIDENCE_OPERATIONS: ReadonlyArray<readonly [name: string, query: string]> = [
  ['checkpoints', '{ checkpoints { size } }'],
  ['inclusionProof', '{ inclusionProof(globalPosition: "1", treeSize: 1) { leafHash } }'],
  ['consistencyProof', '{ consistencyProof(fromSize: 1, toSize: 2) { proof } }'],
  ['verifyChain', `{ verifyChain(negotiationId: "${TABLE}") { intact } }`],
  ['dossier', `{ dossier(negotiationId: "${TABLE}") }`],
  ['signCheckpoint', 'mutation { signCheckpoint { size } }'],
];

/** Words of the entries internal to one party (access-table fixture), which the other side must never read. */
const VNG_INTERNAL_WORDS = 'Te weinig voor 2026';
const RIJK_INTERNAL_WORDS = 'Ruimte voor een hoger bod';

type Reads = { readAudit: { edges: { node: { reader: string; operation: string; negotiationIds: string[] } }[] } };

describe('who may use proofs, checkpoints and dossiers', () => {
  const ledger = new LedgerTestApp();

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
  });
  afterAll(() => ledger.destroy());

  describe.each(ALL)('%s', (name) => {
    const caller = CALLERS[name];

    it.each(EVIDENCE_OPERATIONS)(
      `%s is ${mayUseEvidence(caller) ? 'answered' : 'FORBIDDEN'}`,
      async (_operation, query) => {
        const response = await ledger.graphql(query, {}, caller);
        if (mayUseEvidence(caller)) expect(response.errors).toBeUndefined();
        else expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      },
    );
  });

  it.each(['vngReader', 'vngRecorder', 'vngLegal', 'rijkLegal'] as const)(
    'leaves rotating the signing key to admins: %s gets FORBIDDEN',
    async (name) => {
      const response = await ledger.graphql('mutation { rotateSigningKey { to } }', {}, CALLERS[name]);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    },
  );

  it.each(['vngLegal', 'rijkLegal', 'vngAdmin', 'rijkAdmin', 'ipoAdmin'] as const)(
    'exports for %s a dossier that withholds, as hash only, each entry it may not see, counts it, and still verifies',
    async (name) => {
      const caller = CALLERS[name];
      const sight = sightOf(caller);
      const { data } = await ledger.graphql<{ dossier: Dossier }>(`{ dossier(negotiationId: "${TABLE}") }`, {}, caller);
      const dossier = data!.dossier;
      const text = JSON.stringify(dossier);
      expect(dossier.withheld.entries).toBe(Number(!sight.vng) + Number(!sight.rijk));
      expect(text.includes(VNG_INTERNAL_WORDS)).toBe(sight.vng);
      expect(text.includes(RIJK_INTERNAL_WORDS)).toBe(sight.rijk);
      expect(verifyDossier(dossier, dossier.publicKeys).verdict).toBe('PASS');
    },
  );

  it('treats a negotiation whose opening the caller may not see as unknown, for chain checks and dossiers alike', async () => {
    for (const query of [
      `{ verifyChain(negotiationId: "${OUTSIDE}") { intact } }`,
      `{ dossier(negotiationId: "${OUTSIDE}") }`,
    ]) {
      expect((await ledger.graphql(query, {}, CALLERS.rijkLegal)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await ledger.graphql(query, {}, CALLERS.vngLegal)).errors).toBeUndefined();
    }
  });

  it('records each export in the read audit, with who exported which negotiation', async () => {
    await ledger.graphql(`{ dossier(negotiationId: "${TABLE}") }`, {}, CALLERS.rijkLegal);
    const { data } = await ledger.graphql<Reads>(
      'query Reads($id: ID) { readAudit(negotiationId: $id, first: 500) { edges { node { reader operation negotiationIds } } } }',
      { id: TABLE },
      CALLERS.vngAdmin,
    );
    expect(data!.readAudit.edges.map(({ node }) => node)).toContainEqual({
      reader: CALLERS.rijkLegal.sub,
      operation: 'export',
      negotiationIds: [TABLE],
    });
  });

  it('lets an admin rotate the signing key', async () => {
    const response = await ledger.graphql<{ rotateSigningKey: { from: string; to: string } }>(
      'mutation { rotateSigningKey { from to } }',
      {},
      CALLERS.rijkAdmin,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.rotateSigningKey.to).not.toBe(response.data!.rotateSigningKey.from);
  });
});
