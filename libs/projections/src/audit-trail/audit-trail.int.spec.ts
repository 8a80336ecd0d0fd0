import { envelopeLoaderOf } from '../shared/envelope-loader';
import { foldProjection } from '../testing/fold';
import { inMemoryStoreWith } from '../testing/in-memory-ledger.fixture';
import { afsprakenDocument, voorjaarsnota2025 } from '../testing/voorjaarsnota-2025.fixture';
import { auditTrail } from './audit-trail.query';
import { auditTrailProjection } from './audit-trail.projection';

describe('audit trail through the store', () => {
  it("loads a page of the agreement's trail as full envelopes with metadata and hashes", async () => {
    const store = await inMemoryStoreWith(voorjaarsnota2025().talks.events);
    const index = foldProjection(auditTrailProjection, await store.readAll());

    const page = await auditTrail(index, 'a-16-april', { first: 2 }, envelopeLoaderOf(store));

    expect(page.totalCount).toBe(4);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((edge) => edge.node.type)).toEqual(['AgreementReached', 'CommitmentMade']);
    expect(page.edges[0].node).toMatchObject({
      streamId: 'negotiation-vjn-2025',
      metadata: { occurredOn: '2025-04-16', recordedAt: '2025-04-17T08:00:00.000Z', sources: [afsprakenDocument] },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const rest = await auditTrail(
      index,
      'a-16-april',
      { first: 10, after: page.pageInfo.endCursor },
      envelopeLoaderOf(store),
    );
    expect(rest.edges.map((edge) => edge.node.type)).toEqual(['CommitmentMade', 'SourceAttached']);
    await store.close();
  });
});
