import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { send } from '../e2e/support/mutations';
import {
  CALLERS,
  ENTRY,
  EVERY_MUTATION,
  OUTSIDE,
  TABLE,
  recordAccessTable,
  sightOf,
  type CallerName,
} from './support/access-table.fixture';

type LoggedEvent = {
  eventId: string;
  withheld: boolean;
  type: string | null;
  data: Record<string, unknown> | null;
  recordedBy: string | null;
  hash: string;
  classification: { level: string; party: string | null };
};
const EVENT = 'eventId withheld type data recordedBy hash classification { level party }';

const ALL = Object.keys(CALLERS) as CallerName[];

/** Whether a caller may see an event of this classification at the table. */
function mayRead(caller: TestCaller, classification: LoggedEvent['classification']): boolean {
  const sight = sightOf(caller);
  if (classification.level === 'PUBLIC') return true;
  if (classification.level === 'PARTIES') return sight.parties;
  return classification.party === 'tafel-vng'
    ? sight.vng
    : classification.party === 'tafel-rijk'
      ? sight.rijk
      : caller.party === classification.party;
}

describe('who sees what, and who records what', () => {
  const ledger = new LedgerTestApp();

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
  });
  afterAll(() => ledger.destroy());

  describe.each(ALL)('%s reading', (name) => {
    const caller = CALLERS[name];
    const sight = sightOf(caller);
    const ask = <T>(query: string, variables: Record<string, unknown> = {}) =>
      ledger.graphql<T>(query, variables, caller);

    it('gets every event of the global log of the negotiations it may know, the ones it may not see as hash only', async () => {
      const { data } = await ask<{
        events: { totalCount: number; edges: { node: LoggedEvent & { negotiationId: string } }[] };
      }>(`{ events(first: 500) { totalCount edges { node { negotiationId ${EVENT} } } } }`);
      const nodes = data!.events.edges.map((edge) => edge.node);
      expect(nodes).toHaveLength(data!.events.totalCount);
      const known = [...(sight.parties ? [TABLE] : []), ...(caller.party === 'vng' ? [OUTSIDE] : [])];
      expect([...new Set(nodes.map((node) => node.negotiationId))].sort()).toEqual(known.sort());
      for (const node of nodes) {
        const visible = mayRead(caller, node.classification);
        expect({ eventId: node.eventId, withheld: node.withheld }).toEqual({
          eventId: node.eventId,
          withheld: !visible,
        });
        expect(node.hash).toMatch(/^[0-9a-f]{64}$/);
        if (!visible) expect([node.type, node.data, node.recordedBy]).toEqual([null, null, null]);
      }
    });

    it('gets the audit trail of the public offer with only the positions on it that it may see', async () => {
      const { data } = await ask<{ auditTrail: { edges: { node: LoggedEvent }[] } }>(
        `{ auditTrail(entityId: "${ENTRY.publicOffer}") { edges { node { ${EVENT} } } } }`,
      );
      const nodes = data!.auditTrail.edges.map((edge) => edge.node);
      expect(nodes.map((node) => node.withheld)).toEqual(sight.parties ? [false, ...(sight.vng ? [false] : [])] : []);
      if (!sight.vng) expect(JSON.stringify(nodes)).not.toContain('Te weinig voor 2026');
    });

    it('folds the negotiation and its agreed state from what it may see only', async () => {
      const response = await ask<{
        negotiation: { proposals: { proposalId: string }[]; positions: { positionId: string }[] };
      }>(`{ negotiation(negotiationId: "${TABLE}") { proposals { proposalId } positions { positionId } } }`);
      const state = await ask<{ agreedState: { latestPositions: { partyId: string }[] } }>(
        `{ agreedState(negotiationId: "${TABLE}", asOf: "2025-04-30") { latestPositions { partyId } } }`,
      );
      if (!sight.parties) {
        expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(state.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        return;
      }
      expect(response.data!.negotiation.proposals.map((p) => p.proposalId).sort()).toEqual(
        [ENTRY.publicOffer, ...(sight.rijk ? [ENTRY.rijkInternalProposal] : [])].sort(),
      );
      expect(response.data!.negotiation.positions).toEqual(
        sight.vng ? [{ positionId: ENTRY.vngInternalPosition }] : [],
      );
      expect(state.data!.agreedState.latestPositions).toEqual(sight.vng ? [{ partyId: 'tafel-vng' }] : []);
    });

    it('lists only the negotiations whose opening it may see, and finds the others as unknown', async () => {
      const { data } = await ask<{ negotiations: { edges: { node: { negotiationId: string } }[] } }>(
        '{ negotiations { edges { node { negotiationId } } } }',
      );
      const expected = [...(sight.parties ? [TABLE] : []), ...(caller.party === 'vng' ? [OUTSIDE] : [])];
      expect(data!.negotiations.edges.map((edge) => edge.node.negotiationId)).toEqual(expected);
      const outside = await ask(`{ negotiation(negotiationId: "${OUTSIDE}") { title } }`);
      expect(caller.party === 'vng' ? outside.errors : outside.errors?.[0].extensions?.code).toBe(
        caller.party === 'vng' ? undefined : 'NOT_FOUND',
      );
    });

    it('finds with a type or date filter only the entries it is shown, and counts only those', async () => {
      for (const filter of [
        '{ types: ["ProposalTabled", "PositionTaken"] }',
        '{ occurredFrom: "2025-04-16", occurredTo: "2025-04-16" }',
      ]) {
        const { data } = await ask<{ events: { totalCount: number; edges: { node: LoggedEvent }[] } }>(
          `{ events(first: 500, filter: ${filter}) { totalCount edges { node { ${EVENT} } } } }`,
        );
        const nodes = data!.events.edges.map((edge) => edge.node);
        expect(nodes.every((node) => !node.withheld && mayRead(caller, node.classification))).toBe(true);
        expect(data!.events.totalCount).toBe(nodes.length);
      }
    });

    it(`reads the read audit and erases subjects ${caller.role === 'admin' ? 'as an admin' : 'never: FORBIDDEN'}`, async () => {
      const reads = await ask('{ readAudit { totalCount } }');
      const erasure = await ask(
        'mutation { eraseSubject(input: { subjectId: "person-onbekend", reason: "Verzoek" }) { eventId } }',
      );
      const codes = [reads.errors?.[0].extensions?.code, erasure.errors?.[0].extensions?.code];
      expect(codes).toEqual(caller.role === 'admin' ? [undefined, 'NOT_FOUND'] : ['FORBIDDEN', 'FORBIDDEN']);
    });

    it('gets an event by node id as it may see it, and none of a negotiation it may not know', async () => {
      const log = await ledger.graphql<{ events: { edges: { node: LoggedEvent & { id: string } }[] } }>(
        `{ events(first: 500) { edges { node { id ${EVENT} } } } }`,
        {},
        CALLERS.rijkAdmin,
      );
      const rijkInternal = log
        .data!.events.edges.map((edge) => edge.node)
        .find((node) => node.classification.party === 'tafel-rijk')!;
      const { data } = await ask<{ node: { withheld: boolean; data: unknown } | null }>(
        `{ node(id: "${rijkInternal.id}") { ... on LedgerEvent { withheld data } } }`,
      );
      expect(data!.node && data!.node.withheld).toBe(sight.parties ? !sight.rijk : null);
    });
  });

  describe.each(['vngReader', 'vngLegal', 'rijkReader', 'rijkLegal', 'ipoReader'] as const)('%s recording', (name) => {
    it.each(EVERY_MUTATION)('is refused %s with FORBIDDEN', async (mutation, inputType, input) => {
      const response = await send(
        ledger,
        mutation,
        inputType,
        { negotiationId: TABLE, occurredOn: '2025-04-17', ...input },
        CALLERS[name],
      );
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('recorders and admins recording', () => {
    const take = (caller: TestCaller, positionId: string, extra: Record<string, unknown> = {}) =>
      send(
        ledger,
        'takePosition',
        'TakePositionInput',
        {
          negotiationId: TABLE,
          occurredOn: '2025-04-17',
          positionId,
          partyId: 'tafel-vng',
          topic: 'Bod',
          stance: 'SUPPORTS',
          ...extra,
        },
        caller,
      );

    it.each(EVERY_MUTATION.filter(([mutation]) => mutation === 'openNegotiation' || mutation === 'admitParty'))(
      'leaves %s to admins',
      async (mutation, inputType, input) => {
        const response = await send(
          ledger,
          mutation,
          inputType,
          { negotiationId: TABLE, occurredOn: '2025-04-17', ...input },
          CALLERS.vngRecorder,
        );
        expect(response.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/Only an admin/),
          extensions: { code: 'FORBIDDEN' },
        });
      },
    );

    it('lets a seated recorder record, with recordedBy taken from its token', async () => {
      const response = await take(CALLERS.rijkRecorder, 'rijk-noteert-vng');
      expect(response.errors).toBeUndefined();
      const { data } = await ledger.graphql<{ auditTrail: { edges: { node: LoggedEvent }[] } }>(
        `{ auditTrail(entityId: "rijk-noteert-vng", minPosition: "${response.data!.takePosition.globalPosition}") { edges { node { ${EVENT} } } } }`,
      );
      expect(data!.auditTrail.edges[0].node.recordedBy).toBe('recorder-rijk');
    });

    it('refuses a recorder of a party without a seat, even on public material', async () => {
      const response = await take({ sub: 'recorder-ipo', party: 'ipo', role: 'recorder' }, 'ipo-1', {
        classification: { level: 'PUBLIC' },
      });
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'negotiationId' } });
    });

    it.each<CallerName>(['vngRecorder', 'vngAdmin'])('refuses %s material internal to Rijk', async (name) => {
      const response = await take(CALLERS[name], 'vng-in-rijk', {
        classification: { level: 'INTERNAL', party: 'tafel-rijk' },
      });
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'classification.party' } });
    });

    it.each<CallerName>(['vngRecorder', 'vngAdmin'])(
      "lets %s refer only to entries it may see: Rijk's internal proposal is unknown to it",
      async (name) => {
        const response = await take(CALLERS[name], `op-rijk-intern-${name}`, {
          proposalId: ENTRY.rijkInternalProposal,
        });
        expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'proposalId' } });
        const rijk = await take(CALLERS.rijkRecorder, `rijk-op-eigen-${name}`, {
          proposalId: ENTRY.rijkInternalProposal,
          classification: { level: 'INTERNAL', party: 'tafel-rijk' },
        });
        expect(rijk.errors).toBeUndefined();
      },
    );

    it('lets an admin of a party without a seat set up and record at the table', async () => {
      const response = await take(CALLERS.ipoAdmin, 'ipo-admin-1');
      expect(response.errors).toBeUndefined();
    });
  });
});
