import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { HASH_SIZE, MerkleTree, type EvidenceLogSnapshot } from '@ledger/evidence';

/** The file in the data folder where the evidence log keeps what it computed. */
export const SAVED_LOG_FILE = 'evidence-log.sqlite';

/** v2: the leaves of bundle format v2 (another entry commitment and salts); a v1 file is rebuilt. */
const FORMAT = 'negotiation-ledger/evidence-log/v2';

/**
 * Runs of consecutive leaves, one row per write. Replicas on one data folder each write the same leaves,
 * maybe cut into other runs, so runs may overlap; a reader takes from each run what it does not have yet.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS leaf_runs (
    first_leaf  INTEGER PRIMARY KEY,
    positions   BLOB NOT NULL,
    id_keys     BLOB NOT NULL,
    leaf_hashes BLOB NOT NULL
  );
`;

/** Leaves depend on the evidence secret: a file written under another secret is of no use, and says so without revealing it. */
const secretFingerprint = (secret: Uint8Array): string =>
  createHmac('sha256', secret).update(FORMAT).digest('hex').slice(0, 32);

export type SavedLog = Readonly<{ snapshot: EvidenceLogSnapshot } | { problem: string }>;

type LeafRun = Readonly<{ first_leaf: number; positions: Buffer; id_keys: Buffer; leaf_hashes: Buffer }>;

/** A Float64Array over a copy of the blob: blobs need not be 8-byte aligned. */
const float64sOf = (blob: Buffer): Float64Array => new Float64Array(new Uint8Array(blob).buffer);

function snapshotOf(runs: Iterable<LeafRun>): EvidenceLogSnapshot | string {
  const tree = new MerkleTree();
  const positions: number[] = [];
  const idKeys: number[] = [];
  for (const run of runs) {
    const runPositions = float64sOf(run.positions);
    const runIdKeys = float64sOf(run.id_keys);
    if (run.first_leaf > tree.size) return `leaves ${tree.size} to ${run.first_leaf - 1} are missing`;
    if (runIdKeys.length !== runPositions.length || run.leaf_hashes.length !== runPositions.length * HASH_SIZE)
      return `the run at leaf ${run.first_leaf} is malformed`;
    for (let offset = tree.size - run.first_leaf; offset < runPositions.length; offset += 1) {
      if (runPositions[offset] <= (positions.at(-1) ?? 0)) return `leaf ${tree.size} is not after the one before it`;
      tree.appendLeafHash(run.leaf_hashes.subarray(offset * HASH_SIZE, (offset + 1) * HASH_SIZE));
      positions.push(runPositions[offset]);
      idKeys.push(runIdKeys[offset]);
    }
  }
  return {
    treeLevels: tree.subtreeLevels(),
    positions: Float64Array.from(positions),
    idKeys: Float64Array.from(idKeys),
  };
}

/**
 * Reads the saved log and rebuilds its tree (about a million hashes at a million events, so a worker thread
 * does it when there is one). Checks only the file's own consistency; whether it matches the store is the
 * ledger's to check.
 */
export function readSavedLog(file: string, secret: Uint8Array): SavedLog {
  if (!existsSync(file)) return { problem: `there is no ${SAVED_LOG_FILE} yet` };
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true });
    const about = new Map(
      db
        .prepare<[], { key: string; value: string }>('SELECT key, value FROM about')
        .all()
        .map(({ key, value }) => [key, value]),
    );
    if (about.get('format') !== FORMAT) return { problem: `${file} is not an evidence log of format ${FORMAT}` };
    if (about.get('secret') !== secretFingerprint(secret))
      return { problem: `${file} was written under another evidence secret` };
    const snapshot = snapshotOf(
      db
        .prepare<[], LeafRun>('SELECT first_leaf, positions, id_keys, leaf_hashes FROM leaf_runs ORDER BY first_leaf')
        .iterate(),
    );
    return typeof snapshot === 'string' ? { problem: `${file} is damaged: ${snapshot}` } : { snapshot };
  } catch (error) {
    return { problem: `${file} cannot be read: ${(error as Error).message}` };
  } finally {
    db?.close();
  }
}

/** How many leaves are written at once at most, and how long a leaf waits for others before it is written alone. */
const RUN_LEAVES = 4096;
const WRITE_DELAY_MS = 1000;

/**
 * Appends the log's new leaves to the saved log in runs: at most one write a second while the log follows
 * the store live, one per RUN_LEAVES while it catches up. Losing the last runs in a crash costs only their
 * recomputation on the next start.
 */
export class SavedLogWriter {
  private readonly insertRun: Statement<[number, Buffer, Buffer, Buffer]>;
  private pendingFrom = 0;
  private positions: number[] = [];
  private idKeys: number[] = [];
  private leafHashes: Uint8Array[] = [];
  private scheduled: NodeJS.Timeout | null = null;

  private constructor(private readonly db: Database) {
    this.insertRun = db.prepare(
      'INSERT OR IGNORE INTO leaf_runs (first_leaf, positions, id_keys, leaf_hashes) VALUES (?, ?, ?, ?)',
    );
  }

  /** Opens (or creates, readable by the service's user only) the file, to go on after `savedLeaves` leaves; 0 starts it afresh. */
  static open(file: string, secret: Uint8Array, savedLeaves: number): SavedLogWriter {
    writeFileSync(file, '', { flag: 'a', mode: 0o600 });
    chmodSync(file, 0o600);
    const db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    // A cache of what can be recomputed: a crash may lose the last runs, never make the file inconsistent.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    if (savedLeaves === 0) {
      db.transaction(() => {
        db.exec('DELETE FROM leaf_runs');
        const setAbout = db.prepare('INSERT OR REPLACE INTO about (key, value) VALUES (?, ?)');
        setAbout.run('format', FORMAT);
        setAbout.run('secret', secretFingerprint(secret));
      })();
    }
    const writer = new SavedLogWriter(db);
    writer.pendingFrom = savedLeaves;
    return writer;
  }

  add(position: number, idKey: number, leafHash: Uint8Array): void {
    this.positions.push(position);
    this.idKeys.push(idKey);
    this.leafHashes.push(leafHash);
    if (this.positions.length >= RUN_LEAVES) this.write();
    else this.scheduled ??= setTimeout(() => this.write(), WRITE_DELAY_MS).unref();
  }

  /** Writes what is pending and closes the file. */
  close(): void {
    this.write();
    this.db.close();
  }

  private write(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = null;
    if (this.positions.length === 0) return;
    const bytesOf = (values: number[]) => Buffer.from(Float64Array.from(values).buffer);
    this.insertRun.run(this.pendingFrom, bytesOf(this.positions), bytesOf(this.idKeys), Buffer.concat(this.leafHashes));
    this.pendingFrom += this.positions.length;
    this.positions = [];
    this.idKeys = [];
    this.leafHashes = [];
  }
}
