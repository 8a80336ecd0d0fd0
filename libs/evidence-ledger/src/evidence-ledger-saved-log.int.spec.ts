import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteEventStore } from '@ledger/event-store';
import { toHex } from '@ledger/evidence';
import { loadEvidenceKeys } from './evidence-keys';
import { positionTaken, TEST_EVIDENCE_ENV, TEST_NOW } from './evidence-ledger.testing';
import { EvidenceLedger } from './evidence-ledger';
import { EVIDENCE_STREAM } from './evidence-stream';
import { SAVED_LOG_FILE } from './saved-log-file';

/** A data folder with an embedded store; ledgers started on it in either way of hashing. */
class DataFolder {
  readonly dir = mkdtempSync(join(tmpdir(), 'ledger-evidence-log-'));
  readonly store = SqliteEventStore.open({ filename: this.storeFile });
  readonly notices: string[] = [];
  private appended = 0;

  get storeFile(): string {
    return join(this.dir, 'ledger.sqlite');
  }

  get savedLogFile(): string {
    return join(this.dir, SAVED_LOG_FILE);
  }

  async append(count: number): Promise<void> {
    for (let index = 0; index < count; index += 1, this.appended += 1) {
      await this.store.append(`negotiation-${this.appended % 3}`, 'any', [positionTaken(this.appended)]);
    }
  }

  /** A caught-up ledger; without the saved log it hashes every event, as the CLI's export does. */
  async ledger(hashing: 'worker' | 'main-thread', saved = true): Promise<EvidenceLedger> {
    const ledger = new EvidenceLedger(this.store, loadEvidenceKeys(this.dir, TEST_EVIDENCE_ENV), {
      signAfterMeetings: false,
      now: () => TEST_NOW,
      savedLogFile: saved ? this.savedLogFile : undefined,
      storeFile: hashing === 'worker' ? this.storeFile : undefined,
      notice: (message) => this.notices.push(message),
    });
    await ledger.start();
    await ledger.caughtUp();
    return ledger;
  }

  /** Edits the store's file directly, as someone with access to it would. */
  editStore(sql: string): void {
    const db = new BetterSqlite3(this.storeFile);
    db.exec(sql);
    db.close();
  }

  async destroy(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const leafHashes = (ledger: EvidenceLedger) =>
  Array.from({ length: ledger.log.size }, (_, index) => toHex(ledger.log.tree.leafHash(index)));

describe.each(['worker', 'main-thread'] as const)('the saved evidence log, hashing on the %s', (hashing) => {
  // A saved log of 22 leaves (21 events and the adoption of sealed leaves) under the same secret, of another store.
  let otherFoldersLog: string;
  beforeAll(async () => {
    const other = new DataFolder();
    await other.append(21);
    await (await other.ledger(hashing)).stop();
    otherFoldersLog = join(mkdtempSync(join(tmpdir(), 'ledger-evidence-other-')), SAVED_LOG_FILE);
    copyFileSync(other.savedLogFile, otherFoldersLog);
    await other.destroy();
  });

  afterAll(() => rmSync(dirname(otherFoldersLog), { recursive: true, force: true }));

  let folder: DataFolder;
  let first: readonly string[];
  let checkpointRoot: string;

  // 20 events, the adoption of sealed leaves (event 21) and the checkpoint signed over them (event 22, so 22 leaves), saved in a file readable by the service's user only.
  beforeEach(async () => {
    folder = new DataFolder();
    await folder.append(20);
    const ledger = await folder.ledger(hashing);
    checkpointRoot = (await ledger.signCheckpointNow()).rootHash;
    first = leafHashes(ledger);
    await ledger.stop();
  });

  afterEach(() => folder.destroy());

  it('is written with mode 0600 and says on the first start that it builds the log', () => {
    expect(statSync(folder.savedLogFile).mode & 0o777).toBe(0o600);
    expect(folder.notices).toEqual([
      expect.stringMatching(/^Evidence log: rebuilding from the store.*there is no evidence-log\.sqlite yet/),
    ]);
  });

  it('lets a restart hash only the events after it', async () => {
    await folder.append(5);
    // An edit behind the ledger's back to an event the saved log holds: only a recomputation would see it.
    folder.editStore(`UPDATE events SET data = replace(data, 'reason 2', 'reason two') WHERE global_position = 3`);
    const restarted = await folder.ledger(hashing);
    const recomputed = await folder.ledger(hashing, false);

    expect(folder.notices.at(-1)).toBe(
      `Evidence log: 22 leaves restored from ${folder.savedLogFile}; hashing the events after global position 22`,
    );
    expect(leafHashes(restarted).slice(0, 22)).toEqual(first);
    expect(leafHashes(recomputed)[2]).not.toBe(first[2]);
    expect(leafHashes(restarted).slice(22)).toEqual(leafHashes(recomputed).slice(22));
    expect(restarted.log.size).toBe(27);
    expect(toHex(restarted.log.tree.root(21))).toBe(checkpointRoot);
    expect(restarted.checkpoints.map(({ size }) => size)).toEqual([21]);
    await Promise.all([restarted.stop(), recomputed.stop()]);
  });

  it.each([
    [
      'a leaf hash changed in the file',
      (folder: DataFolder) =>
        editFile(folder.savedLogFile, 'UPDATE leaf_runs SET leaf_hashes = randomblob(length(leaf_hashes))'),
      /its root at 21 leaves is not the one the recorded checkpoint signed/,
    ],
    [
      'the file of another data folder',
      (folder: DataFolder) => copyFileSync(otherFoldersLog, folder.savedLogFile),
      /its last leaf is not the store's event at global position 22/,
    ],
    [
      'a gap in the file',
      (folder: DataFolder) => editFile(folder.savedLogFile, 'UPDATE leaf_runs SET first_leaf = first_leaf + 1'),
      /is damaged: leaves 0 to 0 are missing/,
    ],
  ])('rebuilds from the store when it finds %s, and saves the rebuilt log', async (_, spoil, reason) => {
    spoil(folder);
    const restarted = await folder.ledger(hashing);
    expect(folder.notices.at(-1)).toMatch(reason);
    expect(leafHashes(restarted)).toEqual(first);
    await restarted.stop();

    const again = await folder.ledger(hashing);
    expect(folder.notices.at(-1)).toMatch(/^Evidence log: 22 leaves restored/);
    await again.stop();
  });

  it('ignores a checkpoint signed over leaves of an earlier format, and signs anew', async () => {
    const ledger = await folder.ledger(hashing);
    const earlier = {
      origin: ledger.origin,
      size: 22,
      rootHash: 'ab'.repeat(32),
      keyId: ledger.keyId,
      note: 'signed over v1 leaves',
    };
    await folder.store.append(EVIDENCE_STREAM, 'any', [
      { ...positionTaken(99), type: 'CheckpointSigned', data: earlier },
    ]);
    await ledger.stop();

    const restarted = await folder.ledger(hashing);
    expect(folder.notices).toContain(
      'Evidence log: checkpoint of 22 leaves ignored, it signs leaves of an earlier format than negotiation-ledger-evidence/v2',
    );
    expect(restarted.checkpoints.map(({ size }) => size)).toEqual([21]);
    const signed = await restarted.signCheckpointNow();
    expect(signed.size).toBe(23);
    expect(signed.rootHash).toBe(toHex(restarted.log.tree.root(23)));
    await restarted.stop();
  });
});

function editFile(file: string, sql: string): void {
  const db = new BetterSqlite3(file);
  db.exec(sql);
  db.close();
}
