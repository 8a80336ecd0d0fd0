import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { issueLocalToken } from '@ledger/local-auth';
import { readSecurityConfig, type SecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { LedgerTestApp, type TestCaller } from '../e2e/support/ledger-app';
import { record } from '../e2e/support/mutations';
import { CALLERS } from './support/access-table.fixture';
import { overWebSocket, rawWebSocketOperation, type GraphqlError } from './support/graphql-ws-client';
import { rawRequest } from './support/raw-request';

const aliases = (count: number, field = '__typename') =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** #11.2: graphql-ws answers under the rules HTTP answers under. */
describe('graphql-ws under the HTTP rules', () => {
  const ledgers: LedgerTestApp[] = [];
  const start = async (settings: Partial<SecurityConfig> = {}) => {
    const ledger = await new LedgerTestApp(null, undefined, { ...readSecurityConfig({}), ...settings }).start();
    ledgers.push(ledger);
    return ledger;
  };
  const ask = async (
    ledger: LedgerTestApp,
    caller: TestCaller | null,
    query: string,
    variables: Record<string, unknown> = {},
  ) => overWebSocket(ledger.websocketUrl, await ledger.authorization(caller), query, variables);
  let ledger: LedgerTestApp;
  /** Small limits, so that ordinary queries cross them; in production, so no answer spells out the schema. */
  let limited: LedgerTestApp;

  beforeAll(async () => {
    ledger = await start({ production: true });
    limited = await start({ production: true, maxQueryDepth: 3, maxQueryComplexity: 100 });
  }, 90_000);
  afterAll(() => Promise.all(ledgers.map((each) => each.destroy())));

  it('closes a connection without a token with 4401, before answering anything (introspection included)', async () => {
    expect(await ask(ledger, null, getIntrospectionQuery())).toEqual({
      closed: { code: 4401, reason: expect.stringMatching(/bearer token is required/) },
    });
    expect(await ask(ledger, null, aliases(1_000))).toEqual({ closed: expect.objectContaining({ code: 4401 }) });
  });

  it('closes a connection with a forged token with 4401', async () => {
    const outcome = await overWebSocket(
      ledger.websocketUrl,
      { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' },
      '{ __typename }',
    );
    expect(outcome.closed?.code).toBe(4401);
  });

  it('refuses introspection in production, as HTTP does', async () => {
    const outcome = await ask(ledger, CALLERS.vngReader, getIntrospectionQuery());
    expect(outcome.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    [
      'a query nested deeper than the limit',
      '{ negotiations { edges { node { negotiationId } } } }',
      'QUERY_TOO_LARGE',
    ],
    [
      'a query costing more than the limit',
      '{ events(first: 500) { totalCount edges { node { eventId type } } } }',
      'QUERY_TOO_LARGE',
    ],
    ['3,000 aliases (over the token limit)', aliases(3_000), 'GRAPHQL_PARSE_FAILED'],
    ['1,000 aliases of a 500-event page', aliases(1_000, 'events(first: 500) { totalCount }'), 'GRAPHQL_PARSE_FAILED'],
    ['600 aliases (over the field limit)', aliases(600), 'QUERY_TOO_LARGE'],
    ['a misspelt field, without schema hints', '{ negotiatons { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses %s with the code HTTP gives it, in the same shape', async (_what, query, code) => {
    const overHttp = await limited.graphql(query, {}, CALLERS.vngReader);
    const overWs = await ask(limited, CALLERS.vngReader, query);
    expect(overHttp.errors?.[0].extensions?.code).toBe(code);
    expect(overWs.data).toBeUndefined();
    const shapeOf = (error?: GraphqlError) => ({ message: error?.message, extensions: error?.extensions });
    expect(shapeOf(overWs.errors?.[0])).toEqual(shapeOf(overHttp.errors?.[0]));
    expect(Object.keys(overWs.errors?.[0].extensions ?? {}).sort()).toEqual(['code', 'field', 'violations']);
    expect(overWs.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses a variable nested 20,000 levels deep with BAD_REQUEST on both transports (#11.10)', async () => {
    const query = 'query Deep($filter: LedgerEventFilter) { events(first: 1, filter: $filter) { totalCount } }';
    // Lists in lists (40 kB, within the body limit), written out by hand: JSON.stringify itself cannot go that deep.
    const deepFilter = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const overHttp = await rawRequest(
      limited,
      `{"query":${JSON.stringify(query)},"variables":{"filter":${deepFilter}}}`,
      await limited.authorization(CALLERS.vngReader),
    );
    const overWs = await rawWebSocketOperation(
      limited.websocketUrl,
      (await limited.authorization(CALLERS.vngReader)).authorization,
      `{"query":${JSON.stringify(query)},"variables":{"filter":${deepFilter}}}`,
    );
    expect(overHttp.status).toBe(400);
    expect(overHttp.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(overWs).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a message over the size limit by closing the connection', async () => {
    const outcome = await ask(ledger, CALLERS.vngReader, aliases(10_000));
    expect(outcome.closed?.code).toBe(1009);
  });

  it("counts every operation against the caller's rate limit", async () => {
    const limited = await start({ rateLimitPerMinute: 3 });
    const client = createClient({
      url: limited.websocketUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: await limited.authorization(CALLERS.vngReader),
    });
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        await new Promise((resolve) => {
          client.subscribe(
            { query: '{ __typename }' },
            {
              next: () => resolve('answered'),
              error: (errors) => resolve((errors as { extensions?: { code?: unknown } }[])[0]?.extensions?.code),
              complete: () => undefined,
            },
          );
        }),
      );
    }
    await client.dispose();
    expect(codes).toEqual(['answered', 'answered', 'answered', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('closes connections of a client that keeps sending bad tokens with 4403 once its budget is spent', async () => {
    const guarded = await start({ anonymousRateLimitPerMinute: 2 });
    const codes = [];
    for (let i = 0; i < 3; i++)
      codes.push(
        (await overWebSocket(guarded.websocketUrl, { authorization: 'Bearer forged' }, '{ __typename }')).closed?.code,
      );
    expect(codes).toEqual([4401, 4401, 4403]);
  });

  it('ends a subscription when its token expires', async () => {
    const token = await issueLocalToken(ledger.dataDir, { ...CALLERS.vngReader, ttl: '2s' });
    const outcome = await overWebSocket(
      ledger.websocketUrl,
      { authorization: `Bearer ${token}` },
      'subscription { eventRecorded { eventId } }',
    );
    expect(outcome.closed).toEqual({ code: 4401, reason: 'The token has expired' });
  }, 15_000);

  it("never shows a subscriber other callers' reads from the read audit", async () => {
    const open = await start();
    const received: string[] = [];
    const client = createClient({
      url: open.websocketUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: await open.authorization(CALLERS.vngAdmin),
    });
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ eventRecorded: { type: string } }>(
        { query: 'subscription { eventRecorded { type } }' },
        {
          next: ({ data }) => {
            received.push(data!.eventRecorded.type);
            if (data!.eventRecorded.type === 'PartyJoined') resolve();
          },
          error: reject,
          complete: () => resolve(),
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const opened = await record(open, 'openNegotiation', 'OpenNegotiationInput', {
      negotiationId: 'gelezen',
      occurredOn: '2025-03-17',
      title: 'Gelezen dossier',
    });
    // Another caller reads the negotiation: the read audit records it, in the store, between the two events.
    const read = await open.graphql(
      'query Read($at: String) { negotiation(negotiationId: "gelezen", minPosition: $at) { title } }',
      { at: opened.globalPosition },
      CALLERS.vngAdmin,
    );
    expect(read.errors).toBeUndefined();
    await record(open, 'admitParty', 'AdmitPartyInput', {
      negotiationId: 'gelezen',
      occurredOn: '2025-03-17',
      partyId: 'vng',
      name: 'VNG',
      kind: 'VNG',
    });
    await done;
    await client.dispose();
    expect(received).toEqual(['NegotiationOpened', 'PartyJoined']);
  });

  it('audits a read over graphql-ws as it audits one over HTTP', async () => {
    const audited = await start();
    const opened = await record(audited, 'openNegotiation', 'OpenNegotiationInput', {
      negotiationId: 'via-ws',
      occurredOn: '2025-03-17',
      title: 'Via WebSocket',
    });
    const outcome = await ask(
      audited,
      CALLERS.vngAdmin,
      'query Read($at: String) { negotiation(negotiationId: "via-ws", minPosition: $at) { title } }',
      { at: opened.globalPosition },
    );
    expect(outcome).toEqual({ data: { negotiation: { title: 'Via WebSocket' } } });
    const audit = await audited.graphql<{ readAudit: { edges: { node: { reader: string; operation: string } }[] } }>(
      '{ readAudit(negotiationId: "via-ws") { edges { node { reader operation } } } }',
    );
    expect(audit.data?.readAudit.edges.map(({ node }) => node)).toContainEqual({
      reader: CALLERS.vngAdmin.sub,
      operation: 'negotiation',
    });
  });
});
