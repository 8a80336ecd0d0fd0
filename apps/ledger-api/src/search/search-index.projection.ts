import Database from 'better-sqlite3';
import { negotiationIdOfStream, type Classification } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { NEGOTIATION_EVENT_TYPES, type Projection } from '@ledger/projections';
import { ftsQueryOf, searchableText } from './search-text';

/** One entry whose words match, with what access needs to judge it before it is counted. */
export type SearchMatch = Readonly<{
  position: number;
  negotiationId: string;
  classification: Classification;
  snippet: string;
}>;

/** Upper bound on the matches one question considers; paging and counting happen within it. */
export const MAX_MATCHES = 5_000;

/**
 * A full-text index over the log, in an in-memory SQLite FTS5 table, so it works the same on either store:
 * the runner feeds it from the store's global log. The rowid is the global position, so replays are no-ops
 * and matches come back in log order. Like the other global indexes it grows in place.
 */
export class SearchIndex {
  private readonly db = new Database(':memory:');
  private readonly insert;
  private readonly matchAll;
  private readonly matchIn;
  lastPosition = 0;

  constructor() {
    this.db.exec(`CREATE VIRTUAL TABLE entries USING fts5(
      body, negotiation_id UNINDEXED, classification UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`);
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO entries (rowid, body, negotiation_id, classification) VALUES (?, ?, ?, ?)',
    );
    const select = `SELECT rowid AS position, negotiation_id AS negotiationId, classification,
      snippet(entries, 0, '[', ']', '…', 16) AS snippet FROM entries WHERE entries MATCH ?`;
    this.matchAll = this.db.prepare(`${select} ORDER BY rowid LIMIT ${MAX_MATCHES}`);
    this.matchIn = this.db.prepare(`${select} AND negotiation_id = ? ORDER BY rowid LIMIT ${MAX_MATCHES}`);
  }

  add(event: RecordedEvent): void {
    const negotiationId = negotiationIdOfStream(event.streamId);
    if (event.globalPosition <= this.lastPosition || negotiationId === null) return;
    this.insert.run(
      event.globalPosition,
      searchableText(event),
      negotiationId,
      JSON.stringify(event.metadata.classification),
    );
    this.lastPosition = event.globalPosition;
  }

  /** Every entry (up to MAX_MATCHES) holding all the words, in log order; null words match nothing. */
  match(text: string, negotiationId?: string): SearchMatch[] {
    const query = ftsQueryOf(text);
    if (query === null) return [];
    const rows = (negotiationId === undefined ? this.matchAll.all(query) : this.matchIn.all(query, negotiationId)) as {
      position: number;
      negotiationId: string;
      classification: string;
      snippet: string;
    }[];
    return rows.map((row) => ({ ...row, classification: JSON.parse(row.classification) as Classification }));
  }

  close(): void {
    this.db.close();
  }
}

export const searchIndexProjection = (index: SearchIndex): Projection<SearchIndex> => ({
  name: 'search-index',
  canHandle: NEGOTIATION_EVENT_TYPES,
  initialDocument: () => index,
  evolve: (document, event) => {
    document.add(event);
    return document;
  },
});
