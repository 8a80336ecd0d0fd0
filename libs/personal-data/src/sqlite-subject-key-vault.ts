import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SubjectKey } from './sealed-value';
import type { KeyLookup, SubjectKeyStatus, SubjectKeyVault } from './subject-key-vault.port';

const KEY_BYTES = 32;

type KeyRow = { subject_id: string; key_id: string; key: Buffer | null; erased_at: string | null };

/**
 * The embedded vault: one SQLite file beside the store (mode 0600), never part of the event log, so
 * erasing a key rewrites no event. `secure_delete` makes SQLite overwrite a destroyed key's bytes in the
 * file rather than leave them in a free page; copies outside the file (backups, file-system blocks) are
 * the operator's to keep short-lived or encrypted.
 */
export class SqliteSubjectKeyVault implements SubjectKeyVault {
  private readonly insert: Statement<[string, string, Buffer, string]>;
  private readonly bySubject: Statement<[string], KeyRow>;
  private readonly byKeyId: Statement<[string], KeyRow>;
  private readonly erase: Statement<[string, string]>;

  private constructor(private readonly db: Database) {
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    db.exec(`CREATE TABLE IF NOT EXISTS subject_keys (
      subject_id TEXT PRIMARY KEY,
      key_id TEXT NOT NULL UNIQUE,
      key BLOB,
      created_at TEXT NOT NULL,
      erased_at TEXT
    ) STRICT`);
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO subject_keys (subject_id, key_id, key, created_at) VALUES (?, ?, ?, ?)',
    );
    this.bySubject = db.prepare('SELECT subject_id, key_id, key, erased_at FROM subject_keys WHERE subject_id = ?');
    this.byKeyId = db.prepare('SELECT subject_id, key_id, key, erased_at FROM subject_keys WHERE key_id = ?');
    this.erase = db.prepare(
      'UPDATE subject_keys SET key = NULL, erased_at = ? WHERE subject_id = ? AND erased_at IS NULL',
    );
  }

  /** `:memory:` for tests; a file is created with mode 0600 before SQLite opens it. */
  static open(filename: string): SqliteSubjectKeyVault {
    if (filename !== ':memory:') {
      mkdirSync(dirname(filename), { recursive: true });
      closeSync(openSync(filename, 'a', 0o600));
    }
    return new SqliteSubjectKeyVault(new BetterSqlite3(filename));
  }

  keyForSealing(subjectId: string): SubjectKey | 'erased' {
    // Two writers may make a key for the same new subject at once: the first insert wins, both read it back.
    this.insert.run(subjectId, randomBytes(16).toString('hex'), randomBytes(KEY_BYTES), new Date().toISOString());
    const row = this.bySubject.get(subjectId)!;
    return row.key === null ? 'erased' : { subjectId, keyId: row.key_id, key: row.key };
  }

  keyById(keyId: string): KeyLookup {
    const row = this.byKeyId.get(keyId);
    if (!row) return undefined;
    return row.key ?? 'erased';
  }

  statusOf(subjectId: string): SubjectKeyStatus | undefined {
    const row = this.bySubject.get(subjectId);
    return row && { subjectId, keyId: row.key_id, erasedAt: row.erased_at };
  }

  destroy(subjectId: string, erasedAt: string): void {
    this.erase.run(erasedAt, subjectId);
  }

  close(): void {
    this.db.close();
  }
}
