import Database from 'better-sqlite3';
import { negotiationIdOfStream, type Classification } from '@ledger/domain';
import { makeSqliteFilesPrivate, type EventStore, type RecordedEvent } from '@ledger/event-store';
import { NEGOTIATION_EVENT_TYPES, type CheckpointStore, type Projection } from '@ledger/projections';
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

/** The search index's file in the data folder: rebuildable from the log, so it may be deleted at any time. */
export const SEARCH_INDEX_FILE = 'search-index.sqlite';

/**
 * A full-text index over the log in a SQLite FTS5 table, fed by a projection runner from the store's global
 * log, so it works the same on either store. The rowid is the global position, so replays are no-ops and
 * matches come back in log order. In a file, the index is its own checkpoint store: the last event indexed
 * is committed in the same transaction as the entries (one per catch-up page, or per live event), so a
 * restart resumes from there instead of re-reading the whole log. Sealed personal data is never indexed,
 * so the file holds nothing an erasure would have to reach.
 */
export class SearchIndex implements CheckpointStore {
  private readonly db: Database.Database;
  private readonly insert;
  private readonly markIndexed;
  private readonly matchAll;
  private readonly matchIn;
  /** Classifications are few and repeat: each stored text is parsed once. */
  private readonly classifications = new Map<string, Classification>();
  lastPosition = 0;
  private lastEventId = '';

  constructor(file = ':memory:') {
    if (file !== ':memory:') makeSqliteFilesPrivate(file);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Losing the last commits to a power cut costs a short replay, never a wrong answer: the checkpoint commits with them.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS entries USING fts5(
      body, negotiation_id UNINDEXED, classification UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE IF NOT EXISTS indexed_up_to (
        id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL, event_id TEXT NOT NULL)`);
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO entries (rowid, body, negotiation_id, classification) VALUES (?, ?, ?, ?)',
    );
    this.markIndexed = this.db.prepare(
      'INSERT INTO indexed_up_to (id, position, event_id) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position, event_id = excluded.event_id',
    );
    // Snippets are made in the one pass over the matches: FTS5 uses no rowid constraint beside MATCH, so making
    // them afterwards for the page shown re-runs the whole match per entry (measured 20 times slower).
    const select = `SELECT rowid AS position, negotiation_id AS negotiationId, classification,
      snippet(entries, 0, '[', ']', '…', 16) AS snippet FROM entries WHERE entries MATCH ?`;
    this.matchAll = this.db.prepare(`${select} ORDER BY rowid LIMIT ${MAX_MATCHES}`);
    this.matchIn = this.db.prepare(`${select} AND negotiation_id = ? ORDER BY rowid LIMIT ${MAX_MATCHES}`);
    const indexed = this.db.prepare('SELECT position, event_id AS eventId FROM indexed_up_to').get() as
      { position: number; eventId: string } | undefined;
    this.lastPosition = indexed?.position ?? 0;
    this.lastEventId = indexed?.eventId ?? '';
  }

  /**
   * Keeps the index only if the store still holds, at its checkpoint, the event it last indexed: a data folder
   * given another store (or an EventStoreDB under another prefix) starts from an empty index.
   */
  async assertSameLog(store: Pick<EventStore, 'readAll'>): Promise<void> {
    if (this.lastPosition === 0) return;
    const [event] = await store.readAll({ after: this.lastPosition - 1, limit: 1 });
    if (event?.globalPosition === this.lastPosition && event.eventId === this.lastEventId) return;
    this.db.exec('DELETE FROM entries; DELETE FROM indexed_up_to');
    this.lastPosition = 0;
    this.lastEventId = '';
  }

  add(event: RecordedEvent): void {
    const negotiationId = negotiationIdOfStream(event.streamId);
    if (event.globalPosition <= this.lastPosition || negotiationId === null) return;
    if (!this.db.inTransaction) this.db.exec('BEGIN');
    this.insert.run(
      event.globalPosition,
      searchableText(event),
      negotiationId,
      JSON.stringify(event.metadata.classification),
    );
    this.lastPosition = event.globalPosition;
    this.lastEventId = event.eventId;
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
    return rows.map((row) => ({ ...row, classification: this.classificationOf(row.classification) }));
  }

  private classificationOf(stored: string): Classification {
    let parsed = this.classifications.get(stored);
    if (!parsed) {
      parsed = JSON.parse(stored) as Classification;
      this.classifications.set(stored, parsed);
    }
    return parsed;
  }

  /** The runner's checkpoint is the last event indexed: events of other kinds after it are cheap to skip again. */
  async load(): Promise<number> {
    return this.lastPosition;
  }

  /** The runner saves after each catch-up page and each live event: the entries added since commit with their checkpoint. */
  async save(): Promise<void> {
    this.commit();
  }

  close(): void {
    this.commit();
    this.db.close();
  }

  private commit(): void {
    if (!this.db.inTransaction) return;
    this.markIndexed.run(this.lastPosition, this.lastEventId);
    this.db.exec('COMMIT');
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
