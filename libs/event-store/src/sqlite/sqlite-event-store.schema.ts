import type { Database } from 'better-sqlite3';

/**
 * One table is the whole log. `global_position` is the rowid: with no AUTOINCREMENT and no deletes it is
 * max + 1, so positions stay gap-free even when a savepoint rolls back a refused append. A command's events
 * are found through the id of its first event, which is derived from the command id (with or without the
 * write path's key), so command ids need no index of their own: one random B-tree page less per append (earlier stores had one,
 * and lose it here).
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    global_position INTEGER PRIMARY KEY,
    event_id        TEXT    NOT NULL UNIQUE,
    stream_id       TEXT    NOT NULL,
    revision        INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    command_id      TEXT    NOT NULL,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  );
  DROP INDEX IF EXISTS events_command_id;
`;

export function configureAndMigrate(db: Database, busyTimeoutMs: number): void {
  db.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit: an acknowledged append survives power loss, not only a crash.
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.exec(SCHEMA);
}
