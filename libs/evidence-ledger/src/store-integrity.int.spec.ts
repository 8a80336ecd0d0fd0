import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { hashedFields, SqliteEventStore } from '@ledger/event-store';
import { eventHash } from '@ledger/evidence';
import { loadEvidenceKeys } from './evidence-keys';
import { positionTaken, TEST_EVIDENCE_ENV, TEST_NOW } from './evidence-ledger.testing';
import { EvidenceLedger } from './evidence-ledger';
import { checkStoreIntegrity } from './store-integrity';

describe('checkStoreIntegrity', () => {
  let dir: string;
  let store: SqliteEventStore;
  const keys = () => loadEvidenceKeys(dir, TEST_EVIDENCE_ENV);
  const file = () => join(dir, 'ledger.sqlite');
  const check = () => checkStoreIntegrity(store, { secret: keys().secret });
  const edit = (sql: string, ...params: unknown[]) => {
    const db = new BetterSqlite3(file());
    db.prepare(sql).run(...params);
    db.close();
  };

  // 12 events over three streams, the adoption of sealed leaves (the 13th event), then a checkpoint over them (the 14th).
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-integrity-'));
    store = SqliteEventStore.open({ filename: file() });
    for (let index = 0; index < 12; index += 1)
      await store.append(`negotiation-${index % 3}`, 'any', [positionTaken(index)]);
    const ledger = new EvidenceLedger(store, keys(), { signAfterMeetings: false, now: () => TEST_NOW });
    await ledger.start();
    await ledger.signCheckpointNow();
    await ledger.stop();
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds an untouched store intact, with its recorded checkpoint', async () => {
    expect(await check()).toEqual({ intact: true, events: 14, checkpoints: 1, firstBreak: null });
  });

  it('names the first broken link when one byte of one stored event changed', async () => {
    edit(`UPDATE events SET data = replace(data, 'reason 4', 'reason 5') WHERE global_position = 5`);
    expect(await check()).toMatchObject({
      intact: false,
      events: 4,
      firstBreak: {
        kind: 'chain',
        globalPosition: 5,
        detail: expect.stringMatching(/^negotiation-1 revision 1 .*the content does not match its hash$/),
      },
    });
  });

  it('catches an edit whose hash was recomputed too, by the checkpoint the ledger recorded over it', async () => {
    // The last event of its stream, so no later prevHash shows the change: only the log does.
    const [event] = await store.readAll({ after: 11, limit: 1 });
    const data = { ...event.data, stance: 'OPPOSES' };
    edit(
      `UPDATE events SET data = ?, hash = ? WHERE global_position = 12`,
      JSON.stringify(data),
      eventHash(hashedFields({ ...event, data })),
    );
    expect((await check()).firstBreak).toMatchObject({ kind: 'checkpoint', globalPosition: 14 });
  });

  it('compares the running log with the store, whose leaves a restart does not recompute', async () => {
    const report = await checkStoreIntegrity(store, {
      secret: keys().secret,
      heldLeafHash: (index) => (index === 3 ? new Uint8Array(32) : null),
    });
    expect(report.firstBreak).toMatchObject({ kind: 'log', globalPosition: 4 });
  });

  it('reports events it cannot read as a broken link', async () => {
    edit(`UPDATE events SET data = substr(data, 2) WHERE global_position = 7`);
    expect((await check()).firstBreak).toMatchObject({ kind: 'unreadable' });
  });
});
