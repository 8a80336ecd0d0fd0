import { LedgerTestApp } from '../e2e/support/ledger-app';
import { CALLERS, ENTRY, TABLE, recordAccessTable } from './support/access-table.fixture';

type Reads = {
  readAudit: {
    totalCount: number;
    edges: {
      node: {
        reader: string;
        party: string;
        role: string;
        operation: string;
        negotiationIds: string[];
        at: string;
        hash: string;
      };
    }[];
  };
};
const READ_AUDIT =
  'query Reads($id: ID) { readAudit(negotiationId: $id, first: 500) { totalCount edges { node { reader party role operation negotiationIds at hash } } } }';

describe('the read audit', () => {
  const ledger = new LedgerTestApp();

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
    ledger.clock.current = '2025-05-01T09:30:00.000Z';
    await ledger.graphql(`{ agreedState(negotiationId: "${TABLE}") { title } }`, {}, CALLERS.rijkLegal);
    await ledger.graphql(`{ auditTrail(entityId: "${ENTRY.publicOffer}") { totalCount } }`, {}, CALLERS.vngReader);
    await ledger.graphql('{ agreedState(negotiationId: "bestaat-niet") { title } }', {}, CALLERS.vngReader);
  });
  afterAll(() => ledger.destroy());

  it('records who read which negotiation, as what, and when, and nothing for a refused read', async () => {
    const { data } = await ledger.graphql<Reads>(READ_AUDIT, { id: TABLE }, CALLERS.vngAdmin);
    expect(data!.readAudit.edges.map(({ node }) => ({ ...node, hash: node.hash.length }))).toEqual([
      {
        reader: 'legal-rijk',
        party: 'rijk',
        role: 'legal',
        operation: 'agreedState',
        negotiationIds: [TABLE],
        at: '2025-05-01T09:30:00.000Z',
        hash: 64,
      },
      {
        reader: 'reader-vng',
        party: 'vng',
        role: 'reader',
        operation: 'auditTrail',
        negotiationIds: [TABLE],
        at: '2025-05-01T09:30:00.000Z',
        hash: 64,
      },
    ]);
  });

  it('keeps the reads out of the negotiations and their log', async () => {
    const { data } = await ledger.graphql<{ auditTrail: { edges: { node: { type: string } }[] } }>(
      `{ auditTrail(entityId: "${TABLE}", first: 500) { edges { node { type } } } }`,
    );
    expect(data!.auditTrail.edges.map(({ node }) => node.type)).not.toContain('RecordsRead');
  });

  it.each(['vngReader', 'vngRecorder', 'rijkLegal'] as const)('is for admins only: %s gets FORBIDDEN', async (name) => {
    const response = await ledger.graphql(READ_AUDIT, {}, CALLERS[name]);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
