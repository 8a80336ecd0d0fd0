import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SEARCH_INDEX_FILE } from '../../apps/ledger-api/src/search/search-index.projection';
import { CALLERS, recordAccessTable, TABLE } from '../security/support/access-table.fixture';
import { LedgerTestApp } from './support/ledger-app';
import { record } from './support/mutations';

type Hits = { search: { totalCount: number } };
const SEARCH = 'query ($text: String!) { search(text: $text, first: 10) { totalCount } }';

describe('the search index kept in the data folder', () => {
  const ledger = new LedgerTestApp();
  const found = async (text: string) =>
    (await ledger.graphql<Hits>(SEARCH, { text }, CALLERS.vngAdmin)).data!.search.totalCount;
  /** Changes the stopped service's index file behind its back, to see whether a start reads it or rebuilds it. */
  const editIndex = (sql: string) => {
    const db = new Database(join(ledger.dataDir, SEARCH_INDEX_FILE));
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    await ledger.start();
    await recordAccessTable(ledger);
  }, 60_000);
  afterAll(() => ledger.destroy());

  it('is read again at start, not rebuilt from the log, and follows what is recorded after it', async () => {
    expect(await found('Demping ravijn')).toBe(1);
    await ledger.stop();
    // An entry taken out of the file stays out: a rebuild from the log would have brought it back.
    editIndex('DELETE FROM entries WHERE entries MATCH \'"ravijn"\'');
    await ledger.start();
    expect(await found('Demping ravijn')).toBe(0);
    await record(
      ledger,
      'tableProposal',
      'TableProposalInput',
      {
        negotiationId: TABLE,
        occurredOn: '2025-04-17',
        proposalId: 'bod-na-herstart',
        partyId: 'tafel-vng',
        title: 'Tegenbod na herstart',
        terms: 'Meer middelen',
        nonNegotiable: false,
        classification: { level: 'PUBLIC' },
      },
      CALLERS.vngRecorder,
    );
    expect(await found('Tegenbod herstart')).toBe(1);
  });

  it('starts empty and rebuilds when the store no longer holds the event it last indexed', async () => {
    await ledger.stop();
    editIndex("UPDATE indexed_up_to SET event_id = 'an-event-of-another-store'");
    await ledger.start();
    expect(await found('Demping ravijn')).toBe(1);
    expect(await found('Tegenbod herstart')).toBe(1);
  });
});
