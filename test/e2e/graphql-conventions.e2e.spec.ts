import { createHash } from 'node:crypto';
import { LedgerTestApp } from './support/ledger-app';
import { NEGOTIATION, recordVoorjaarsnota, type Recorded } from './support/voorjaarsnota.scenario';

type Edge = { cursor: string; node: { globalPosition: string } };
type Page = {
  totalCount: number;
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
};

const PAGE =
  'totalCount edges { cursor node { globalPosition } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe('GraphQL conventions that tools and clients expect', () => {
  let ledger: LedgerTestApp;
  let recorded: Recorded;

  const ask = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await ledger.graphql<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const events = async (paging: string) =>
    (
      await ask<{ events: Page }>(
        `query Log($head: String) { events(filter: { negotiationId: "${NEGOTIATION}" }, ${paging}, minPosition: $head) { ${PAGE} } }`,
        { head: recorded.dispute.globalPosition },
      )
    ).events;
  const positions = (page: Page) => page.edges.map((edge) => Number(edge.node.globalPosition));

  beforeAll(async () => {
    ledger = await new LedgerTestApp().start();
    recorded = await recordVoorjaarsnota(ledger);
  });
  afterAll(() => ledger.destroy());

  describe('paging backward with last/before', () => {
    it('gives the last events of the log, and before a cursor the ones just before it, as forward paging does', async () => {
      const all = positions(await events('first: 500'));
      const last = await events('last: 3');
      expect(positions(last)).toEqual(all.slice(-3));
      expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const before = await events(`last: 2, before: "${last.pageInfo.startCursor}"`);
      expect(positions(before)).toEqual(all.slice(-5, -3));
      expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      expect(before.totalCount).toBe(all.length);
    });

    it('pages back through an audit trail and the list of negotiations', async () => {
      const trail = await ask<{ auditTrail: Page }>(`{ auditTrail(entityId: "bod-kabinet", last: 1) { ${PAGE} } }`);
      const forward = await ask<{ auditTrail: Page }>(`{ auditTrail(entityId: "bod-kabinet") { ${PAGE} } }`);
      expect(positions(trail.auditTrail)).toEqual(positions(forward.auditTrail).slice(-1));
      const negotiations = await ask<{ negotiations: { edges: { node: { negotiationId: string } }[] } }>(
        '{ negotiations(last: 1) { edges { node { negotiationId } } } }',
      );
      expect(negotiations.negotiations.edges.map((edge) => edge.node.negotiationId)).toEqual([NEGOTIATION]);
    });

    it('refuses first and last together, naming last', async () => {
      const response = await ledger.graphql(`{ events(first: 2, last: 2) { totalCount } }`);
      expect(response.errors?.[0]).toMatchObject({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
      expect(JSON.stringify(response.errors)).toContain('last');
    });

    it('takes no paging arguments where nothing is paged: negotiation(first) is refused', async () => {
      const response = await ledger.graphql(`{ negotiation(negotiationId: "${NEGOTIATION}", first: 1) { title } }`);
      expect(response.errors?.[0].message).toContain('Unknown argument "first"');
    });
  });

  describe('Node on every entity with an id', () => {
    it('serves each entity with a global id that node(id) and nodes(ids) resolve, as the caller sees it', async () => {
      const { negotiation } = await ask<{
        negotiation: Record<string, { id: string; __typename: string }[]>;
      }>(`{ negotiation(negotiationId: "${NEGOTIATION}") {
        parties { id __typename } meetings { id __typename } proposals { id __typename } positions { id __typename }
        agreements { id __typename } commitments { id __typename } disputes { id __typename } } }`);
      const entities = Object.values(negotiation).flat();
      expect(new Set(entities.map((entity) => entity.__typename))).toEqual(
        new Set(['Party', 'Meeting', 'Proposal', 'Position', 'Agreement', 'Commitment', 'Dispute']),
      );
      const { nodes } = await ask<{ nodes: ({ id: string; __typename: string } | null)[] }>(
        'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }',
        { ids: [...entities.map((entity) => entity.id), 'bm9wZTpub3BlCg'] },
      );
      expect(nodes).toEqual([...entities, null]);
      const agreement = entities.find((entity) => entity.__typename === 'Agreement')!;
      const { node } = await ask<{ node: { agreementId: string; negotiationId: string } }>(
        `{ node(id: "${agreement.id}") { ... on Agreement { agreementId negotiationId } } }`,
      );
      expect(node).toEqual({ agreementId: 'afspraak-ravijn', negotiationId: NEGOTIATION });
    });
  });

  describe('types that say what a value is', () => {
    it('refuses a filter on an event kind that does not exist, rather than counting 0', async () => {
      const response = await ledger.graphql('{ events(filter: { types: ["NoSuchType"] }) { totalCount } }');
      expect(response.errors?.[0]).toMatchObject({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
      expect(response.data).toBeNull();
    });

    it('serves money in event data as decimal strings, and the stored numbers the hash covers in hashedJson', async () => {
      const { events: log } = await ask<{
        events: {
          edges: {
            node: {
              data: { financialTerms: { amountCents: unknown }[] };
              hashedJson: string;
              prevHash: string;
              hash: string;
            };
          }[];
        };
      }>(
        `query Log($head: String) { events(filter: { types: ["AgreementReached"], negotiationId: "${NEGOTIATION}" }, minPosition: $head) { edges { node { data hashedJson prevHash hash } } } }`,
        { head: recorded.dispute.globalPosition },
      );
      const [{ node }] = log.edges;
      expect(node.data.financialTerms.map((term) => term.amountCents)).toEqual(['42400000000']);
      expect(JSON.parse(node.hashedJson).data.financialTerms[0].amountCents).toBe(42_400_000_000);
      expect(
        createHash('sha256')
          .update(node.prevHash + node.hashedJson)
          .digest('hex'),
      ).toBe(node.hash);
    });

    it('states no year amount where the agreement gives none for the year alone, and runs "e.v." money a year past the years named, or to the horizon asked', async () => {
      const { agreedState } = await ask<{
        agreedState: { financialFramework: { year: number; yearAmountCents: string | null }[] };
      }>(
        `{ agreedState(negotiationId: "${NEGOTIATION}", asOf: "2025-04-16") { financialFramework { year yearAmountCents } } }`,
      );
      expect(agreedState.financialFramework).toEqual([
        { year: 2026, yearAmountCents: null },
        { year: 2027, yearAmountCents: null },
      ]);
      const { agreedState: further } = await ask<{ agreedState: { financialFramework: { year: number }[] } }>(
        `{ agreedState(negotiationId: "${NEGOTIATION}", asOf: "2025-04-16", horizonYear: 2029) { financialFramework { year } } }`,
      );
      expect(further.financialFramework.map((row) => row.year)).toEqual([2026, 2027, 2028, 2029]);
    });
  });

  describe('mutation payloads', () => {
    it('return the object the mutation changed beside the command result', async () => {
      ledger.clock.current = '2025-09-01T10:00:00.000Z';
      const { fulfilCommitment } = await ask<{
        fulfilCommitment: {
          revision: number;
          commitment: { commitmentId: string; status: string; outcome: { on: string } };
        };
      }>(
        `mutation Fulfil($input: FulfilCommitmentInput!) { fulfilCommitment(input: $input) { revision commitment { commitmentId status outcome { on } } } }`,
        {
          input: {
            negotiationId: NEGOTIATION,
            occurredOn: '2025-08-29',
            commitmentId: 'brief-mp-compensatie',
            note: 'Brief verstuurd',
          },
        },
      );
      expect(fulfilCommitment).toEqual({
        revision: expect.any(Number),
        commitment: { commitmentId: 'brief-mp-compensatie', status: 'fulfilled', outcome: { on: '2025-08-29' } },
      });
      const { readAudit } = await ask<{ readAudit: { edges: { node: { operation: string } }[] } }>(
        `{ readAudit(negotiationId: "${NEGOTIATION}", last: 5) { edges { node { operation } } } }`,
      );
      expect(readAudit.edges.map((edge) => edge.node.operation)).toContain('commandPayload');
    });

    it('read nothing, and audit no read, when the object is not asked for', async () => {
      const before = await ask<{ readAudit: { totalCount: number } }>(
        `{ readAudit(negotiationId: "${NEGOTIATION}") { totalCount } }`,
      );
      await ask(`mutation Take($input: TakePositionInput!) { takePosition(input: $input) { revision } }`, {
        input: {
          negotiationId: NEGOTIATION,
          occurredOn: '2025-09-01',
          positionId: 'rijk-over-bod',
          partyId: 'rijk',
          proposalId: 'bod-kabinet',
          topic: 'Bod kabinet',
          stance: 'SUPPORTS',
        },
      });
      const after = await ask<{ readAudit: { totalCount: number } }>(
        `{ readAudit(negotiationId: "${NEGOTIATION}") { totalCount } }`,
      );
      expect(after.readAudit.totalCount).toBe(before.readAudit.totalCount);
    });
  });
});
