import { LedgerTestApp, type TestCaller } from './support/ledger-app';
import { DATASET_PATH, JZ2020, VJN2025 } from './support/real-record';

const VNG_READER: TestCaller = { sub: 'jan-vng', party: 'vng', role: 'reader' };
const RIJK_READER: TestCaller = { sub: 'piet-rijk', party: 'rijk', role: 'reader' };

type Hits = {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      snippet: string;
      node: { negotiationId: string; type: string; withheld: boolean; data: Record<string, unknown> | null };
    }[];
  };
};

const SEARCH = `query ($text: String!, $negotiationId: ID, $first: Int, $after: String) {
  search(text: $text, negotiationId: $negotiationId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { snippet node { negotiationId type withheld data } }
  }
}`;

describe('full-text search over the shipped record', () => {
  const app = new LedgerTestApp(DATASET_PATH);
  const search = (caller: TestCaller, variables: Record<string, unknown>) =>
    app.graphql<Hits>(SEARCH, variables, caller);

  beforeAll(() => app.start(), 120_000);
  afterAll(() => app.destroy());

  it('finds an agreement by words of its source quote, marking them in the snippet', async () => {
    const { data } = await search(VNG_READER, { text: 'feitelijk uitgavenniveau' });
    const hit = data!.search.edges.find(
      (edge) => edge.node.data?.agreementId === 'vjn2025-agreement-vergoeding-structurele-kosten-jeugdhulp',
    );
    expect(hit?.snippet).toContain('[feitelijk] [uitgavenniveau]');
  });

  it('matches regardless of case and accents, and takes FTS operators in the input as plain text', async () => {
    const plain = await search(VNG_READER, { text: 'compensatie' });
    const prefix = await search(VNG_READER, { text: '"COMPENSATIÉ*' });
    expect(plain.data!.search.totalCount).toBeGreaterThan(0);
    expect(prefix.data!.search.totalCount).toBe(plain.data!.search.totalCount);
  });

  it('judges access before counting: VNG finds its own internal proposal, Rijk finds nothing and learns no count', async () => {
    const vng = await search(VNG_READER, { text: 'harmonisatie administratie' });
    const rijk = await search(RIJK_READER, { text: 'harmonisatie administratie' });
    expect(vng.data!.search.edges.map((edge) => edge.node.data?.proposalId)).toContain(
      'jz2020-2022-proposal-vng-harmonisatie-administratie',
    );
    expect(rijk.data!.search).toEqual({
      totalCount: 0,
      pageInfo: expect.objectContaining({ hasNextPage: false }),
      edges: [],
    });
  });

  it('searches within one negotiation and pages with cursors', async () => {
    const all = await search(VNG_READER, { text: 'jeugdzorg', negotiationId: VJN2025, first: 500 });
    const first = await search(VNG_READER, { text: 'jeugdzorg', negotiationId: VJN2025, first: 2 });
    const next = await search(VNG_READER, {
      text: 'jeugdzorg',
      negotiationId: VJN2025,
      first: 2,
      after: first.data!.search.pageInfo.endCursor,
    });
    expect(all.data!.search.edges.every((edge) => edge.node.negotiationId === VJN2025)).toBe(true);
    expect(all.data!.search.edges.some((edge) => edge.node.negotiationId === JZ2020)).toBe(false);
    expect(first.data!.search.pageInfo.hasNextPage).toBe(true);
    expect([...first.data!.search.edges, ...next.data!.search.edges].map((edge) => edge.node.data)).toEqual(
      all.data!.search.edges.slice(0, 4).map((edge) => edge.node.data),
    );
  });

  it('refuses empty words naming the field, and answers no one without a token', async () => {
    const empty = await search(VNG_READER, { text: '' });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const anonymous = await app.graphql(SEARCH, { text: 'jeugdzorg' }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
