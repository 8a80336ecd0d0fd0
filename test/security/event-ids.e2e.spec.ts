import { deterministicEventId, keyedEventIds } from '@ledger/event-store';
import { loadEvidenceSecret } from '@ledger/evidence-ledger';
import { LedgerTestApp } from '../e2e/support/ledger-app';
import { record } from '../e2e/support/mutations';
import { CALLERS, TABLE, recordAccessTable } from './support/access-table.fixture';

const COMMAND_ID = 'rijk-intern-standpunt-1';

/** Finding 8: a withheld entry's id must not confirm a guessed commandId to anyone without the ledger's secret. */
describe('event ids of hidden entries', () => {
  const ledger = new LedgerTestApp();
  let recordedIds: string[];

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
    const result = await record(
      ledger,
      'takePosition',
      'TakePositionInput',
      {
        negotiationId: TABLE,
        occurredOn: '2025-04-17',
        commandId: COMMAND_ID,
        positionId: 'rijk-intern-1',
        partyId: 'tafel-rijk',
        topic: 'Bod',
        stance: 'OPPOSES',
        classification: { level: 'INTERNAL', party: 'tafel-rijk' },
      },
      CALLERS.rijkRecorder,
    );
    recordedIds = result.eventIds;
  });
  afterAll(() => ledger.destroy());

  it('shows VNG a withheld row whose id no guessed commandId reproduces without the secret', async () => {
    const { data } = await ledger.graphql<{ events: { edges: { node: { eventId: string; withheld: boolean } }[] } }>(
      `{ events(first: 500, filter: { negotiationId: "${TABLE}" }) { edges { node { eventId withheld } } } }`,
      {},
      CALLERS.vngReader,
    );
    const withheld = data!.events.edges.filter(({ node }) => node.withheld).map(({ node }) => node.eventId);
    expect(withheld).toContain(recordedIds[0]);
    expect(withheld).not.toContain(deterministicEventId(COMMAND_ID, 0));
    expect(keyedEventIds(Buffer.alloc(32, 1))(COMMAND_ID, 0)).not.toBe(recordedIds[0]);
  });

  it('derives the id from the commandId under the data folder secret, so a retry gets the same id', async () => {
    const ids = keyedEventIds(loadEvidenceSecret(ledger.dataDir, process.env));
    expect(recordedIds).toEqual([ids(COMMAND_ID, 0)]);
  });
});
