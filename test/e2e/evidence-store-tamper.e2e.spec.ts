import BetterSqlite3 from 'better-sqlite3';
import { findRecordedChainBreak, SqliteEventStore } from '@ledger/event-store';
import { verifyDossier } from '@ledger/evidence';
import { COMPENSATION_NEGOTIATION, EvidenceWorkspace } from './support/evidence-workspace';
import { negotiationStreamId } from '@ledger/domain';

const failures = (dossier: unknown, pin: string) =>
  verifyDossier(dossier, [pin])
    .checks.filter((item) => item.status === 'FAIL')
    .map(({ check, where }) => `${check} ${where}`);

/** Edits the embedded store's table directly, as someone with access to the file would. */
function tamper(file: string, edit: (db: BetterSqlite3.Database) => void): void {
  const db = new BetterSqlite3(file);
  try {
    edit(db);
  } finally {
    db.close();
  }
}

type Row = Record<string, unknown> & { global_position: number };
const COLUMNS =
  'global_position, event_id, stream_id, revision, type, schema_version, data, metadata, command_id, prev_hash, hash';
const insert = (db: BetterSqlite3.Database, row: Row) =>
  db
    .prepare(
      `INSERT INTO events (${COLUMNS}) VALUES (${COLUMNS.split(', ')
        .map((column) => `@${column}`)
        .join(', ')})`,
    )
    .run(row);

async function chainBreak(file: string) {
  const store = SqliteEventStore.open({ filename: file });
  try {
    return findRecordedChainBreak(await store.readStream(negotiationStreamId(COMPENSATION_NEGOTIATION)));
  } finally {
    await store.close();
  }
}

/**
 * The other side holds a dossier exported before the tampering; the ledger's recorded checkpoint is the
 * one that dossier verified against. A dossier exported after it no longer verifies against that
 * checkpoint, and the chain check names the first broken link.
 */
describe('tampering with the stored events', () => {
  let workspace: EvidenceWorkspace;
  let pin: string;
  let target: Row;

  beforeEach(async () => {
    workspace = await new EvidenceWorkspace().importRealDataset();
    ({ pin } = await workspace.export('before', '--negotiation', COMPENSATION_NEGOTIATION));
    tamper(workspace.storeFile, (db) => {
      target = db
        .prepare(`SELECT * FROM events WHERE stream_id = ? AND type = 'DisputeRaised'`)
        .get(negotiationStreamId(COMPENSATION_NEGOTIATION)) as Row;
    });
  });

  afterEach(() => workspace.destroy());

  const exportAfter = async () => (await workspace.export('after', '--negotiation', COMPENSATION_NEGOTIATION)).dossier;

  it('detects one flipped byte in a stored event: the chain names the event, the new dossier the entry', async () => {
    tamper(workspace.storeFile, (db) =>
      db
        .prepare('UPDATE events SET data = replace(data, ?, ?) WHERE global_position = ?')
        .run('72800000000', '72900000000', target.global_position),
    );
    expect(await chainBreak(workspace.storeFile)).toMatchObject({ eventId: target.event_id, reason: 'hash-mismatch' });
    const dossier = await exportAfter();
    const index = dossier.evidence.entries.findIndex(
      (entry) => entry.kind === 'disclosed' && entry.envelope.eventId === target.event_id,
    );
    expect(failures(dossier, pin)).toEqual(
      expect.arrayContaining([`chain entries[${index}].envelope`, `inclusion entries[${index}]`]),
    );
  });

  it('detects two events swapped in the global order', async () => {
    tamper(workspace.storeFile, (db) => {
      const next = db.prepare('SELECT * FROM events WHERE global_position = ?').get(target.global_position + 1) as Row;
      db.prepare('DELETE FROM events WHERE global_position IN (?, ?)').run(
        target.global_position,
        next.global_position,
      );
      insert(db, { ...next, global_position: target.global_position });
      insert(db, { ...target, global_position: next.global_position });
    });
    const dossier = await exportAfter();
    const index = dossier.evidence.entries.findIndex(
      (entry) => entry.kind === 'disclosed' && entry.envelope.eventId === target.event_id,
    );
    expect(failures(dossier, pin)).toContain(`inclusion entries[${index}]`);
  });

  it('detects a dropped event: the chain names the event after the gap, the new dossier fails from there', async () => {
    tamper(workspace.storeFile, (db) =>
      db.prepare('DELETE FROM events WHERE global_position = ?').run(target.global_position),
    );
    expect(await chainBreak(workspace.storeFile)).toMatchObject({
      reason: 'prev-hash-mismatch',
      eventId: expect.not.stringMatching(target.event_id as string),
    });
    expect(failures(await exportAfter(), pin)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^inclusion entries\[\d+\]$/)]),
    );
  });
});
