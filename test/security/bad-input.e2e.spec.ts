import { LedgerTestApp } from '../e2e/support/ledger-app';
import { send } from '../e2e/support/mutations';
import { CALLERS, ENTRY, TABLE, recordAccessTable } from './support/access-table.fixture';
import { dataFolderFiles, settledDataFolder, type DataFile } from './support/data-folder';
import { ledgerFingerprint, rawRequest } from './support/raw-request';

const at = (input: Record<string, unknown>) => ({ negotiationId: TABLE, occurredOn: '2025-04-17', ...input });
const position = (input: Record<string, unknown>) =>
  at({ positionId: 'campagne', partyId: 'tafel-vng', topic: 'Bod', stance: 'SUPPORTS', ...input });
const amount = (amountCents: unknown) =>
  at({
    disputeId: 'campagne',
    title: 'Compensatie',
    description: 'Open',
    raisedBy: 'tafel-vng',
    financialTerms: [{ asSaid: '€ 728 mln', amountCents, kind: 'COMPENSATION', nature: 'INCIDENTAL', fromYear: 2023 }],
  });
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;

/** Each hostile input, sent as a mutation: [what it is, mutation, input type, input, the code it must get]. */
const HOSTILE_COMMANDS: ReadonlyArray<readonly [string, string, string, Record<string, unknown>, string]> = [
  [
    'a number where a date belongs',
    'takePosition',
    'TakePositionInput',
    position({ occurredOn: 20250417 }),
    'BAD_USER_INPUT',
  ],
  [
    'a string where a year belongs',
    'raiseDispute',
    'RaiseDisputeInput',
    {
      ...amount('100'),
      financialTerms: [
        { ...(amount('100') as unknown as { financialTerms: object[] }).financialTerms[0], fromYear: '2023' },
      ],
    },
    'BAD_USER_INPUT',
  ],
  [
    'a missing required field',
    'takePosition',
    'TakePositionInput',
    { negotiationId: TABLE, occurredOn: '2025-04-17', positionId: 'x', topic: 'Bod', stance: 'SUPPORTS' },
    'BAD_USER_INPUT',
  ],
  [
    'an extra field naming the recorder',
    'takePosition',
    'TakePositionInput',
    position({ recordedBy: 'mallory' }),
    'BAD_USER_INPUT',
  ],
  ['an empty topic', 'takePosition', 'TakePositionInput', position({ topic: '' }), 'BAD_USER_INPUT'],
  [
    'an over-long topic',
    'takePosition',
    'TakePositionInput',
    position({ topic: 'x'.repeat(60_000) }),
    'BAD_USER_INPUT',
  ],
  [
    'a NUL and a terminal escape',
    'takePosition',
    'TakePositionInput',
    position({ topic: 'Bod\u0000\u001b[2J' }),
    'BAD_USER_INPUT',
  ],
  [
    'a right-to-left override',
    'takePosition',
    'TakePositionInput',
    position({ reasons: ['akkoord\u202Eniet'] }),
    'BAD_USER_INPUT',
  ],
  [
    'an id in mixed scripts (Cyrillic і)',
    'takePosition',
    'TakePositionInput',
    position({ positionId: 'vng-\u0456ntern' }),
    'BAD_USER_INPUT',
  ],
  ['a negative amount', 'raiseDispute', 'RaiseDisputeInput', amount('-72800000000'), 'BAD_USER_INPUT'],
  ['a fractional amount', 'raiseDispute', 'RaiseDisputeInput', amount('728.50'), 'BAD_USER_INPUT'],
  [
    'an amount that overflows',
    'raiseDispute',
    'RaiseDisputeInput',
    amount('99999999999999999999999'),
    'BAD_USER_INPUT',
  ],
  ['an amount as a float', 'raiseDispute', 'RaiseDisputeInput', amount(728.5), 'BAD_USER_INPUT'],
  ['30 February', 'takePosition', 'TakePositionInput', position({ occurredOn: '2025-02-30' }), 'BAD_USER_INPUT'],
  [
    'a date in the far future',
    'takePosition',
    'TakePositionInput',
    position({ occurredOn: '9999-12-31' }),
    'BAD_USER_INPUT',
  ],
  [
    'a date in the far past',
    'takePosition',
    'TakePositionInput',
    position({ occurredOn: '0001-01-01' }),
    'BAD_USER_INPUT',
  ],
  ['an unknown proposal', 'takePosition', 'TakePositionInput', position({ proposalId: 'bestaat-niet' }), 'NOT_FOUND'],
  [
    'an unknown negotiation',
    'takePosition',
    'TakePositionInput',
    position({ negotiationId: 'bestaat-niet' }),
    'FORBIDDEN',
  ],
  [
    "Rijk's internal proposal, asked by VNG",
    'takePosition',
    'TakePositionInput',
    position({ proposalId: ENTRY.rijkInternalProposal }),
    'NOT_FOUND',
  ],
  [
    'personal data in a command refused FORBIDDEN',
    'takePosition',
    'TakePositionInput',
    position({
      reasons: ['Jan Jansen zei nee'],
      personalData: [{ field: 'reasons[0]', subjectId: 'person-campagne' }],
      classification: { level: 'INTERNAL', party: 'tafel-rijk' },
    }),
    'FORBIDDEN',
  ],
  [
    'SQL in an id',
    'takePosition',
    'TakePositionInput',
    position({ positionId: "x'); DROP TABLE events;--" }),
    'BAD_USER_INPUT',
  ],
  [
    'a script in an id',
    'takePosition',
    'TakePositionInput',
    position({ partyId: '<script>alert(1)</script>' }),
    'BAD_USER_INPUT',
  ],
];

describe('a campaign of bad input leaves the ledger as it was', () => {
  const ledger = new LedgerTestApp();
  let before: Awaited<ReturnType<typeof ledgerFingerprint>>;
  let filesBefore: DataFile[];

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
    before = await ledgerFingerprint(ledger);
    // Answered once the evidence log holds every event so far, the read audit of the fingerprint included.
    await ledger.graphql('{ checkpoints { __typename } }');
    filesBefore = await settledDataFolder(ledger.dataDir);
  });
  afterAll(() => ledger.destroy());

  it.each(HOSTILE_COMMANDS)('refuses %s with a code', async (_what, mutation, inputType, input, code) => {
    const response = await send(ledger, mutation, inputType, input, CALLERS.vngRecorder);
    expect(response.data?.[mutation] ?? null).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ message: expect.any(String), extensions: { code } });
  });

  it.each([
    ['SQL in a query argument', `{ negotiation(negotiationId: "' OR 1=1; --") { title } }`, 'NOT_FOUND'],
    [
      'a script in a query argument',
      '{ agreedState(negotiationId: "<script>alert(1)</script>") { title } }',
      'NOT_FOUND',
    ],
    ['a wrong type in a query argument', '{ events(first: "veel") { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a page larger than allowed', '{ events(first: 600) { totalCount } }', 'BAD_USER_INPUT'],
    ['a page that would cost too much', '{ events(first: 100000) { totalCount } }', 'QUERY_TOO_LARGE'],
    ['a field that does not exist', '{ negotiations { edges { node { secret } } } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['10,000 aliases (a body over the limit)', aliases(10_000), 'PAYLOAD_TOO_LARGE'],
    ['3,000 aliases (a body under the limit)', aliases(3_000), 'GRAPHQL_PARSE_FAILED'],
    [
      'a deeply nested introspection',
      `{ __schema { types { ${'fields { type { ofType { '.repeat(8)}name${' } } }'.repeat(8)} } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('refuses %s with a code', async (_what, query, code) => {
    const response = await ledger.graphql(query, {}, CALLERS.vngReader);
    expect(response.errors?.[0].extensions?.code).toBe(code);
  });

  it.each([
    [
      'a 10 MB string',
      JSON.stringify({ query: 'mutation { openNegotiation }', variables: { title: 'x'.repeat(10 * 1024 * 1024) } }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['malformed JSON', '{"query": "{ negotiations { totalCount } }", ', 400, 'BAD_REQUEST'],
    [
      'a batch of operations',
      JSON.stringify([{ query: '{ negotiations { totalCount } }' }, { query: '{ negotiations { totalCount } }' }]),
      400,
      'BAD_REQUEST',
    ],
    ['an empty body', '', 400, 'BAD_REQUEST'],
  ])('refuses %s with an HTTP status and a code', async (_what, body, status, code) => {
    const answer = await rawRequest(ledger, body, await ledger.authorization(CALLERS.vngAdmin));
    expect(answer.status).toBe(status);
    expect(answer.body.errors?.[0].extensions?.code).toBe(code);
  });

  it('refuses a cross-site form post (CSRF) before running it', async () => {
    const answer = await rawRequest(ledger, 'query={negotiations{totalCount}}', {
      ...(await ledger.authorization()),
      'content-type': 'text/plain',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('leaves every file of the data folder byte for byte as it was: store, keys and evidence', () => {
    expect(dataFolderFiles(ledger.dataDir)).toEqual(filesBefore);
  });

  it('still answers, with every event and every hash as before', async () => {
    expect(await ledgerFingerprint(ledger)).toEqual(before);
  });
});
