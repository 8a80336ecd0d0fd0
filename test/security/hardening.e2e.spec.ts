import { readSecurityConfig, type SecurityConfig } from '../../apps/ledger-api/src/auth/security-config';
import { LedgerTestApp } from '../e2e/support/ledger-app';
import { rawRequest } from './support/raw-request';

/** A ledger with the environment's defaults and the given settings changed. */
async function ledgerWith(settings: Partial<SecurityConfig>): Promise<LedgerTestApp> {
  return new LedgerTestApp(null, undefined, { ...readSecurityConfig({}), ...settings }).start();
}

describe('hardening', () => {
  const ledgers: LedgerTestApp[] = [];
  const start = async (settings: Partial<SecurityConfig>) => {
    const ledger = await ledgerWith(settings);
    ledgers.push(ledger);
    return ledger;
  };
  afterAll(() => Promise.all(ledgers.map((ledger) => ledger.destroy())));

  it('refuses a query nested deeper than the limit, and answers one within it', async () => {
    const ledger = await start({ maxQueryDepth: 3 });
    const deep = await ledger.graphql('{ negotiations { edges { node { negotiationId } } } }');
    const shallow = await ledger.graphql('{ negotiations { totalCount } }');
    expect(deep.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/nests 4 levels deep; at most 3/),
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
    expect(shallow).toEqual({ data: { negotiations: { totalCount: 0 } } });
  });

  it('refuses a caller over its rate limit with 429, and not the next caller', async () => {
    const ledger = await start({ rateLimitPerMinute: 3 });
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(await rawRequest(ledger, JSON.stringify({ query: '{ __typename }' }), await ledger.authorization()));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3].body.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    const other = await ledger.graphql('{ __typename }', {}, { sub: 'iemand-anders', party: 'vng', role: 'reader' });
    expect(other.errors).toBeUndefined();
  });

  it('answers in production without stack traces and without schema suggestions', async () => {
    const ledger = await start({ production: true });
    const refused = await ledger.graphql('{ negotiation(negotiationId: "onbekend") { title } }');
    const misspelt = await ledger.graphql('{ negotiatons { totalCount } }');
    expect(refused.errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
      violations: [{ field: 'id', message: 'negotiation onbekend does not exist' }],
    });
    expect(misspelt.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses introspection when the explorer is off', async () => {
    const ledger = await start({});
    const introspection = await ledger.graphql('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
