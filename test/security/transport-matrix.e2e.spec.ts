import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { toGlobalId } from '../../apps/ledger-api/src/common/graphql/global-id';
import { eventually } from '../../libs/event-store/src/testing';
import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { record } from '../e2e/support/mutations';
import {
  CALLERS,
  ENTRY,
  EVERY_MUTATION,
  TABLE,
  recordAccessTable,
  sightOf,
  type CallerName,
} from './support/access-table.fixture';
import { overWebSocket, type GraphqlError } from './support/graphql-ws-client';

const ALL = Object.keys(CALLERS) as CallerName[];

/** Every kind of read whose answer stays the same between two asks: the transports must answer them alike. */
const READS: ReadonlyArray<readonly [name: string, query: string]> = [
  ['events', '{ events(first: 500) { totalCount edges { node { eventId withheld type negotiationId } } } }'],
  [
    'auditTrail',
    `{ auditTrail(entityId: "${ENTRY.publicOffer}", first: 500) { totalCount edges { node { eventId withheld type } } } }`,
  ],
  ['negotiations', '{ negotiations(first: 50) { totalCount edges { node { id title } } } }'],
  ['negotiation', `{ negotiation(negotiationId: "${TABLE}") { id title positions { id } } }`],
  ['agreedState', `{ agreedState(negotiationId: "${TABLE}") { agreementsInForce { id } } }`],
  ['node', `{ node(id: "${toGlobalId('Negotiation', TABLE)}") { id } }`],
  ['nodes', `{ nodes(ids: ["${toGlobalId('Negotiation', TABLE)}"]) { id } }`],
  ['search', '{ search(text: "bod", first: 50) { totalCount edges { node { eventId withheld } } } }'],
];

/** Reads and writes a role may be refused, whose answers move with the log: the transports must refuse alike. */
const GATED: ReadonlyArray<readonly [name: string, query: string]> = [
  ['checkpoints', '{ checkpoints { size } }'],
  ['inclusionProof', '{ inclusionProof(globalPosition: "1", treeSize: 1) { leafHash } }'],
  ['consistencyProof', '{ consistencyProof(fromSize: 1, toSize: 2) { proof } }'],
  ['verifyChain', `{ verifyChain(negotiationId: "${TABLE}") { intact } }`],
  ['dossier', `{ dossier(negotiationId: "${TABLE}") }`],
  ['readAudit', '{ readAudit(first: 1) { totalCount } }'],
  ['signCheckpoint', 'mutation { signCheckpoint { size } }'],
];

const codesOf = (errors: readonly GraphqlError[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);
const mayRecord = (caller: TestCaller) => caller.role === 'recorder' || caller.role === 'admin';
/** Where in the query an error points (locations, path) is the one thing the transports may word differently. */
const withoutLocations = ({ data, errors }: { data?: unknown; errors?: readonly GraphqlError[] }) => ({
  data,
  errors: errors?.map(({ message, extensions }) => ({ message, extensions })),
});

/** The role x party matrix over graphql-ws: every kind of operation answered as over HTTP. */
describe('every caller over graphql-ws as over HTTP', () => {
  const ledger = new LedgerTestApp();
  const overWs = async (caller: TestCaller, query: string, variables: Record<string, unknown> = {}) =>
    overWebSocket(ledger.websocketUrl, await ledger.authorization(caller), query, variables);

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
  });
  afterAll(() => ledger.destroy());

  describe.each(ALL)('%s', (name) => {
    const caller = CALLERS[name];

    it.each(READS)('reads %s alike', async (_read, query) => {
      const http = await ledger.graphql(query, {}, caller);
      const ws = await overWs(caller, query);
      expect(withoutLocations(ws)).toEqual(withoutLocations(http));
    });

    it.each(GATED)('is answered or refused %s alike', async (_operation, query) => {
      const http = await ledger.graphql(query, {}, caller);
      const ws = await overWs(caller, query);
      expect(codesOf(ws.errors)).toEqual(codesOf(http.errors));
      expect(ws.data === null || ws.data === undefined).toBe(http.data === null || http.data === undefined);
    });

    if (!mayRecord(caller))
      it.each(EVERY_MUTATION)('is refused %s with FORBIDDEN', async (mutation, inputType, input) => {
        const ws = await overWs(
          caller,
          `mutation Record($input: ${inputType}!) { ${mutation}(input: $input) { revision } }`,
          { input: { negotiationId: TABLE, occurredOn: '2025-04-18', ...input } },
        );
        expect(codesOf(ws.errors)).toEqual(['FORBIDDEN']);
      });
  });

  describe('the eventRecorded subscription', () => {
    const followers = ALL.filter((name) => sightOf(CALLERS[name]).parties);
    const clients: Client[] = [];

    afterAll(() => Promise.all(clients.map((client) => client.dispose())));

    it('shows a new Rijk-internal entry to Rijk and withholds it from everyone else at the table', async () => {
      const authorizations = await Promise.all(followers.map((name) => ledger.authorization(CALLERS[name])));
      const first = followers.map((name, index) => {
        const client = createClient({
          url: ledger.websocketUrl,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          connectionParams: authorizations[index],
        });
        clients.push(client);
        return new Promise<{ withheld: boolean; type: string | null }>((resolve, reject) => {
          const stop = client.subscribe<{ eventRecorded: { withheld: boolean; type: string | null } }>(
            { query: `subscription { eventRecorded(negotiationId: "${TABLE}") { withheld type } }` },
            {
              next: ({ data }) => {
                stop();
                resolve(data!.eventRecorded);
              },
              error: reject,
              complete: () => reject(new Error(`${name}'s subscription ended without an event`)),
            },
          );
        });
      });
      // Each subscription takes the log's head before its read is audited: once all are, all follow.
      await eventually(async () => {
        const { data } = await ledger.graphql<{ readAudit: { edges: { node: { operation: string } }[] } }>(
          `{ readAudit(negotiationId: "${TABLE}", first: 500) { edges { node { operation } } } }`,
          {},
          CALLERS.rijkAdmin,
        );
        const started = data?.readAudit.edges.filter(({ node }) => node.operation === 'eventRecorded') ?? [];
        return started.length === followers.length;
      }, 20_000);
      await record(
        ledger,
        'takePosition',
        'TakePositionInput',
        {
          negotiationId: TABLE,
          occurredOn: '2025-04-18',
          positionId: 'rijk-intern-live',
          partyId: 'tafel-rijk',
          topic: 'Bod',
          stance: 'RESERVES',
          classification: { level: 'INTERNAL', party: 'tafel-rijk' },
        },
        CALLERS.rijkRecorder,
      );
      expect(await Promise.all(first)).toEqual(
        followers.map((name) =>
          sightOf(CALLERS[name]).rijk ? { withheld: false, type: 'PositionTaken' } : { withheld: true, type: null },
        ),
      );
    });
  });
});
