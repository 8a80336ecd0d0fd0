import { verifyDossier, type Dossier } from '@ledger/evidence';
import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { pdfText } from './support/pdf-text';
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
  ['chronologyPdf', `{ chronologyPdf(negotiationId: "${TABLE}") { fileName } }`],
  ['signCheckpoint', 'mutation { signCheckpoint { size } }'],
];

/** Words of the entries internal to one party (access-table fixture), which the other side must never read. */
const VNG_INTERNAL_WORDS = 'Te weinig voor 2026';
const RIJK_INTERNAL_WORDS = 'Ruimte voor een hoger bod';

type Reads = { readAudit: { edges: { node: { reader: string; operation: string; negotiationIds: string[] } }[] } };
type Pdf = { chronologyPdf: { fileName: string; contentType: string; base64: string } };

const PDF_QUERY = 'query Pdf($id: ID!) { chronologyPdf(negotiationId: $id) { fileName contentType base64 } }';
const READS_QUERY =
  'query Reads($id: ID) { readAudit(negotiationId: $id, first: 500) { edges { node { reader operation negotiationIds } } } }';

describe('who may use proofs, checkpoints and dossiers', () => {
  const ledger = new LedgerTestApp();

  /** The exports of one caller the read audit holds for the table, oldest first. */
  async function exportsBy(caller: TestCaller) {
    const { data } = await ledger.graphql<Reads>(READS_QUERY, { id: TABLE }, CALLERS.vngAdmin);
    return data!.readAudit.edges
      .map(({ node }) => node)
      .filter((node) => node.reader === caller.sub && node.operation === 'export');
  }

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

  it.each(['vngLegal', 'rijkLegal', 'vngAdmin', 'rijkAdmin', 'ipoAdmin'] as const)(
    'serves %s the chronology PDF with only what its dossier shows',
    async (name) => {
      const caller = CALLERS[name];
      const sight = sightOf(caller);
      const { data, errors } = await ledger.graphql<Pdf>(PDF_QUERY, { id: TABLE }, caller);
      expect(errors).toBeUndefined();
      expect(data!.chronologyPdf).toMatchObject({
        fileName: `chronologie-${TABLE}.pdf`,
        contentType: 'application/pdf',
      });
      const pdf = Buffer.from(data!.chronologyPdf.base64, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain('Bod kabinet');
      expect(text.includes(VNG_INTERNAL_WORDS)).toBe(sight.vng);
      expect(text.includes(RIJK_INTERNAL_WORDS)).toBe(sight.rijk);
    },
  );

  it('records each PDF download in the read audit as an export', async () => {
    const before = (await exportsBy(CALLERS.vngLegal)).length;
    await ledger.graphql(PDF_QUERY, { id: TABLE }, CALLERS.vngLegal);
    const after = await exportsBy(CALLERS.vngLegal);
    expect(after).toHaveLength(before + 1);
    expect(after).toContainEqual({ reader: CALLERS.vngLegal.sub, operation: 'export', negotiationIds: [TABLE] });
  });

  it('treats a negotiation whose opening the caller may not see as unknown, for chain checks and dossiers alike', async () => {
    for (const query of [
      `{ verifyChain(negotiationId: "${OUTSIDE}") { intact } }`,
      `{ dossier(negotiationId: "${OUTSIDE}") }`,
      `{ chronologyPdf(negotiationId: "${OUTSIDE}") { base64 } }`,
    ]) {
      expect((await ledger.graphql(query, {}, CALLERS.rijkLegal)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await ledger.graphql(query, {}, CALLERS.vngLegal)).errors).toBeUndefined();
    }
  });

  it('records each export in the read audit, with who exported which negotiation', async () => {
    await ledger.graphql(`{ dossier(negotiationId: "${TABLE}") }`, {}, CALLERS.rijkLegal);
    const { data } = await ledger.graphql<Reads>(READS_QUERY, { id: TABLE }, CALLERS.vngAdmin);
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
