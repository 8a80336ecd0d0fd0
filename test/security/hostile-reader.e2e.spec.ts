import { toGlobalId } from '../../apps/ledger-api/src/common/graphql/global-id';
import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { record, send } from '../e2e/support/mutations';
import { CALLERS, ENTRY, OUTSIDE, TABLE, recordAccessTable } from './support/access-table.fixture';
import { dataFolderFiles } from './support/data-folder';

type Row = {
  eventId: string;
  withheld: boolean;
  type: string | null;
  occurredOn: string | null;
  negotiationId: string;
  classification: { level: string; party: string | null };
};
type Rows = { totalCount: number; edges: { node: Row }[] };
const ROW = 'eventId withheld type occurredOn negotiationId classification { level party }';
const rijkInternal = { level: 'INTERNAL', party: 'tafel-rijk' };
const at = (input: Record<string, unknown>) => ({ negotiationId: TABLE, occurredOn: '2025-04-17', ...input });

/** What a hostile but authenticated caller tried, each asked through the front door as the attacker would. */
describe('a hostile but authenticated reader', () => {
  const ledger = new LedgerTestApp();
  const ask = <T>(caller: TestCaller, query: string, variables: Record<string, unknown> = {}) =>
    ledger.graphql<T>(query, variables, caller);
  const events = (caller: TestCaller, filter: Record<string, unknown> | null = null) =>
    ask<{ events: Rows }>(
      caller,
      `query Log($filter: LedgerEventFilter) { events(first: 500, filter: $filter) { totalCount edges { node { ${ROW} } } } }`,
      { filter },
    );
  const dossierAs = async (caller: TestCaller, day: string) =>
    (
      await ask<{ dossier: { withheld: { entries: number } } }>(
        caller,
        `{ dossier(negotiationId: "${TABLE}", from: "${day}", to: "${day}") }`,
      )
    ).data?.dossier;
  const trail = (caller: TestCaller, entityId: string) =>
    ask<{ auditTrail: Rows }>(
      caller,
      `{ auditTrail(entityId: "${entityId}", first: 500) { totalCount edges { node { ${ROW} } } } }`,
    );

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
  });
  afterAll(() => ledger.destroy());

  describe('1: a correction internal to Rijk', () => {
    beforeAll(async () => {
      const log = await events(CALLERS.rijkAdmin, { negotiationId: TABLE, types: ['NegotiationOpened'] });
      await record(
        ledger,
        'correctEntry',
        'CorrectEntryInput',
        at({
          correctedEventId: log.data!.events.edges[0].node.eventId,
          reason: 'Interne werktitel',
          patch: { title: 'Ravijn-tafel (intern Rijk)' },
          classification: rijkInternal,
        }),
        CALLERS.rijkRecorder,
      );
    });

    const titles = async (caller: TestCaller) => {
      const { data } = await ask<{
        negotiations: { edges: { node: { title: string } }[] };
        negotiation: { title: string };
        node: { title: string };
      }>(
        caller,
        `{ negotiations { edges { node { title } } } negotiation(negotiationId: "${TABLE}") { title } node(id: "${toGlobalId('Negotiation', TABLE)}") { ... on Negotiation { title } } }`,
      );
      return [data!.negotiations.edges[0].node.title, data!.negotiation.title, data!.node.title];
    };

    it.each(['vngReader', 'vngAdmin', 'ipoAdmin'] as const)(
      'leaves the title as recorded for %s, in the list, the negotiation and its node',
      async (name) => {
        expect(await titles(CALLERS[name])).toEqual(['Tafel 2025', 'Tafel 2025', 'Tafel 2025']);
      },
    );

    it('shows the corrected title to Rijk, for whom it was recorded', async () => {
      expect(await titles(CALLERS.rijkReader)).toEqual([
        'Ravijn-tafel (intern Rijk)',
        'Ravijn-tafel (intern Rijk)',
        'Ravijn-tafel (intern Rijk)',
      ]);
    });
  });

  describe('3: a commandId used before', () => {
    const position = (positionId: string, extra: Record<string, unknown> = {}) =>
      at({
        positionId,
        partyId: 'tafel-vng',
        topic: 'Bod',
        stance: 'SUPPORTS',
        commandId: 'gedeeld-commando',
        ...extra,
      });
    let rijk: { revision: number; eventIds: string[] };

    beforeAll(async () => {
      rijk = await record(
        ledger,
        'takePosition',
        'TakePositionInput',
        position('rijk-geheim', { partyId: 'tafel-rijk', classification: rijkInternal }),
        CALLERS.rijkRecorder,
      );
    });

    it('refuses another caller with CONFLICT naming commandId, revealing nothing of the first use', async () => {
      const response = await send(
        ledger,
        'takePosition',
        'TakePositionInput',
        position('vng-eigen'),
        CALLERS.vngRecorder,
      );
      expect(response.data?.takePosition ?? null).toBeNull();
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'commandId' } });
      const said = JSON.stringify(response);
      for (const secret of ['rijk-geheim', 'tafel-rijk', ...rijk.eventIds, `"revision":${rijk.revision}`])
        expect(said).not.toContain(secret);
    });

    it('refuses the id in another negotiation too, the same way', async () => {
      const response = await send(
        ledger,
        'openNegotiation',
        'OpenNegotiationInput',
        {
          negotiationId: 'nieuwe-tafel',
          occurredOn: '2025-04-17',
          title: 'Nieuw',
          commandId: 'gedeeld-commando',
        },
        CALLERS.vngAdmin,
      );
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'commandId' } });
      expect(JSON.stringify(response)).not.toContain(TABLE);
    });

    it('answers the same caller retrying the same command with the first result, and refuses it other content', async () => {
      const retry = await send(
        ledger,
        'takePosition',
        'TakePositionInput',
        position('rijk-geheim', { partyId: 'tafel-rijk', classification: rijkInternal }),
        CALLERS.rijkRecorder,
      );
      expect(retry.data?.takePosition).toMatchObject({
        duplicate: true,
        eventIds: rijk.eventIds,
        revision: rijk.revision,
      });
      const other = await send(
        ledger,
        'takePosition',
        'TakePositionInput',
        position('rijk-geheim', { partyId: 'tafel-rijk', topic: 'Ander bod', classification: rijkInternal }),
        CALLERS.rijkRecorder,
      );
      expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'commandId' } });
    });
  });

  describe("4: commands judged on the caller's own view", () => {
    const proposal = (extra: Record<string, unknown>) =>
      at({
        proposalId: 'vng-inzet',
        partyId: 'tafel-vng',
        title: 'Inzet VNG',
        terms: 'Compensatie',
        nonNegotiable: false,
        classification: { level: 'PUBLIC' },
        ...extra,
      });

    beforeAll(async () => {
      await record(ledger, 'tableProposal', 'TableProposalInput', proposal({}), CALLERS.vngRecorder);
      await record(
        ledger,
        'withdrawProposal',
        'WithdrawProposalInput',
        at({ proposalId: 'vng-inzet', reason: 'Wij achten het ingetrokken', classification: rijkInternal }),
        CALLERS.rijkRecorder,
      );
    });

    it('lets VNG revise its own proposal that Rijk withdrew internally', async () => {
      const revision = at({
        proposalId: 'vng-inzet',
        title: 'Inzet VNG',
        terms: 'Meer compensatie',
        nonNegotiable: false,
        classification: { level: 'PUBLIC' },
      });
      const response = await send(ledger, 'reviseProposal', 'ReviseProposalInput', revision, CALLERS.vngRecorder);
      expect(response.errors).toBeUndefined();
    });

    it('lets VNG use an id that Rijk holds internally, without any answer confirming it', async () => {
      const response = await send(
        ledger,
        'tableProposal',
        'TableProposalInput',
        proposal({ proposalId: ENTRY.rijkInternalProposal }),
        CALLERS.vngRecorder,
      );
      expect(response.errors).toBeUndefined();
    });

    it("refuses an id under another party's prefix by rule alone", async () => {
      const response = await send(
        ledger,
        'tableProposal',
        'TableProposalInput',
        proposal({ proposalId: 'tafel-rijk:bod' }),
        CALLERS.vngRecorder,
      );
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'proposalId' } });
    });

    it('answers opening a negotiation hidden from the caller without saying it is open', async () => {
      const response = await send(
        ledger,
        'openNegotiation',
        'OpenNegotiationInput',
        { negotiationId: OUTSIDE, occurredOn: '2025-04-17', title: 'Gok' },
        CALLERS.rijkAdmin,
      );
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'negotiationId' } });
      expect(response.errors?.[0].message).not.toMatch(/already|is open|Voorbereiding|ALV/i);
    });

    it("judges expectedRevision on the caller's view, so Rijk's internal entries do not block VNG", async () => {
      const { data } = await ask<{ negotiation: { revision: number } }>(
        CALLERS.vngRecorder,
        `{ negotiation(negotiationId: "${TABLE}") { revision } }`,
      );
      await record(
        ledger,
        'tableProposal',
        'TableProposalInput',
        at({
          proposalId: 'tafel-rijk:nog-een',
          partyId: 'tafel-rijk',
          title: 'Intern',
          terms: 'Intern',
          nonNegotiable: false,
          classification: rijkInternal,
        }),
        CALLERS.rijkRecorder,
      );
      const response = await send(
        ledger,
        'takePosition',
        'TakePositionInput',
        at({
          positionId: 'vng-op-tijd',
          partyId: 'tafel-vng',
          topic: 'Bod',
          stance: 'SUPPORTS',
          expectedRevision: data!.negotiation.revision,
        }),
        CALLERS.vngRecorder,
      );
      expect(response.errors).toBeUndefined();
    });
  });

  describe('5: one access policy before filtering, counting and paging', () => {
    beforeAll(async () => {
      ledger.clock.current = '2025-06-01T12:00:00.000Z';
      await record(
        ledger,
        'tableProposal',
        'TableProposalInput',
        at({
          occurredOn: '2025-05-30',
          proposalId: 'tafel-rijk:laat',
          partyId: 'tafel-rijk',
          title: 'Laat',
          terms: 'Laat',
          nonNegotiable: false,
          classification: rijkInternal,
        }),
        CALLERS.rijkRecorder,
      );
    });

    it('matches a type or date filter on rows the viewer is shown only', async () => {
      const byType = await events(CALLERS.vngReader, { types: ['ProposalTabled'] });
      const byDate = await events(CALLERS.vngReader, { occurredFrom: '2025-05-30', occurredTo: '2025-05-30' });
      for (const { data } of [byType, byDate]) {
        expect(data!.events.edges.every(({ node }) => !node.withheld)).toBe(true);
        expect(data!.events.totalCount).toBe(data!.events.edges.length);
      }
      expect(byDate.data!.events.totalCount).toBe(0);
    });

    it("never shows a withheld row's type or date", async () => {
      const { data } = await events(CALLERS.vngReader);
      const withheld = data!.events.edges.map(({ node }) => node).filter((node) => node.withheld);
      expect(withheld.length).toBeGreaterThan(0);
      for (const node of withheld) expect([node.type, node.occurredOn]).toEqual([null, null]);
    });

    it('leaves out every row of a negotiation the viewer may not know, filtered or not', async () => {
      const all = await events(CALLERS.rijkAdmin);
      expect(all.data!.events.edges.map(({ node }) => node.negotiationId)).not.toContain(OUTSIDE);
      expect((await events(CALLERS.rijkAdmin, { negotiationId: OUTSIDE })).data!.events).toEqual({
        totalCount: 0,
        edges: [],
      });
      expect((await trail(CALLERS.rijkAdmin, OUTSIDE)).data!.auditTrail).toEqual({ totalCount: 0, edges: [] });
    });

    it('gives a guessed hidden id the empty audit trail of an unknown one', async () => {
      expect((await trail(CALLERS.vngReader, 'tafel-rijk:laat')).data).toEqual(
        (await trail(CALLERS.vngReader, 'bestaat-niet')).data,
      );
      expect((await trail(CALLERS.rijkReader, 'tafel-rijk:laat')).data!.auditTrail.totalCount).toBe(1);
    });

    it('exports a dossier for a day that only a hidden entry has as for a day with nothing', async () => {
      const dossier = (day: string) =>
        ask(CALLERS.vngLegal, `{ dossier(negotiationId: "${TABLE}", from: "${day}", to: "${day}") }`);
      expect(await dossierAs(CALLERS.vngLegal, '2025-04-16')).toBeDefined();
      const [hidden, empty] = [await dossier('2025-05-30'), await dossier('2025-05-29')];
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(hidden.errors?.[0].message).toBe(empty.errors?.[0].message);
      // A narrowed dossier counts every entry of the negotiation the caller may not see, whatever the day,
      // so the count pins no hidden entry to a day.
      const withheldOn = async (day: string) => (await dossierAs(CALLERS.rijkLegal, day))?.withheld.entries;
      const [onHiddenDay, onOpenDay] = [await withheldOn('2025-05-30'), await withheldOn('2025-04-16')];
      expect(onOpenDay).toEqual(expect.any(Number));
      expect(onHiddenDay).toBe(onOpenDay);
    });

    it('counts and dates a negotiation from what the viewer may see', async () => {
      const summary = (caller: TestCaller) =>
        ask<{ negotiation: { eventCount: number; revision: number; lastOccurredOn: string } }>(
          caller,
          `{ negotiation(negotiationId: "${TABLE}") { eventCount revision lastOccurredOn } }`,
        );
      const shown = (await events(CALLERS.vngReader, { negotiationId: TABLE })).data!.events.edges.filter(
        ({ node }) => !node.withheld,
      );
      expect((await summary(CALLERS.vngReader)).data!.negotiation).toEqual({
        eventCount: shown.length,
        revision: expect.any(Number),
        lastOccurredOn: '2025-04-17',
      });
      expect((await summary(CALLERS.rijkReader)).data!.negotiation.lastOccurredOn).toBe('2025-05-30');
    });
  });

  describe('7: admin rights from the role only', () => {
    it("shows a reader whose party is named like the admins' no read-audit entry through node", async () => {
      await ask(CALLERS.vngReader, `{ negotiation(negotiationId: "${TABLE}") { title } }`);
      const impostor: TestCaller = { sub: 'impostor', party: 'ledger-admins', role: 'reader' };
      const { data } = await ask<{ node: unknown }>(
        impostor,
        `{ node(id: "${toGlobalId('LedgerEvent', 'readaudit-log/0')}") { ... on LedgerEvent { data withheld } } }`,
      );
      expect(data!.node).toBeNull();
      expect((await ask(impostor, '{ readAudit { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('9: invisible text-direction marks', () => {
    it.each([
      ['U+200E', '\u200E'],
      ['U+200F', '\u200F'],
      ['U+061C', '\u061C'],
      ['a lone surrogate', '\uD800'],
    ])('refuses %s in free text, naming the field', async (_what, mark) => {
      const response = await send(
        ledger,
        'takePosition',
        'TakePositionInput',
        at({ positionId: 'teken', partyId: 'tafel-vng', topic: 'Bod', stance: 'SUPPORTS', reasons: [`ja${mark}nee`] }),
        CALLERS.vngRecorder,
      );
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reasons[0]' } });
    });
  });

  describe('12: admins are confined to what they may know in the read audit', () => {
    beforeAll(async () => {
      await ask(CALLERS.vngReader, `{ negotiation(negotiationId: "${OUTSIDE}") { title } }`);
    });
    const audited = async (caller: TestCaller, negotiationId: string | null) => {
      const { data } = await ask<{ readAudit: { edges: { node: { negotiationIds: string[] } }[] } }>(
        caller,
        'query Reads($id: ID) { readAudit(negotiationId: $id, first: 500) { edges { node { negotiationIds } } } }',
        { id: negotiationId },
      );
      return data!.readAudit.edges.flatMap(({ node }) => node.negotiationIds);
    };

    it("shows the admin of VNG who read VNG's internal negotiation", async () => {
      expect(await audited(CALLERS.vngAdmin, OUTSIDE)).toContain(OUTSIDE);
    });

    it('shows the admin of Rijk no read of it, by id or in the whole audit', async () => {
      expect(await audited(CALLERS.rijkAdmin, OUTSIDE)).toEqual([]);
      const all = await audited(CALLERS.rijkAdmin, null);
      expect(all).toContain(TABLE);
      expect(all).not.toContain(OUTSIDE);
    });
  });

  describe('13: the data folder', () => {
    it("holds every file, the store and its WAL included, readable by the service's user only (0600)", () => {
      const files = dataFolderFiles(ledger.dataDir);
      expect(files.map((file) => file.name)).toEqual(
        expect.arrayContaining(['ledger.sqlite', 'personal-data-keys.sqlite', 'local-signing-key.pem']),
      );
      expect(
        files.filter((file) => file.mode !== 0o600).map((file) => `${file.name} ${file.mode.toString(8)}`),
      ).toEqual([]);
    });
  });
});
