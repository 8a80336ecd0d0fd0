import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { HEALTH_READY_PATH, METRICS_PATH } from '../../apps/ledger-api/src/health/health.routes';
import { runCli } from '../../apps/ledger-cli/src/main';
import { DATASET } from './support/evidence-workspace';
import { httpRoot } from './support/http';
import { LedgerTestApp } from './support/ledger-app';

const INTACT_METRIC = /^ledger_store_integrity_intact (-?\d+)$/m;

async function verifyStore(dataDir: string) {
  const lines: string[] = [];
  const code = await runCli(
    ['verify-store'],
    { LEDGER_DATA_DIR: dataDir },
    { info: (line) => lines.push(line), error: (line) => lines.push(line) },
  );
  return { code, text: lines.join('\n') };
}

/** Polls until the service's store check has ended with the wanted result. */
async function intactMetricOnceChecked(root: string): Promise<string> {
  for (let attempt = 0; attempt < 900; attempt += 1) {
    const value = INTACT_METRIC.exec(await (await fetch(`${root}${METRICS_PATH}`)).text())?.[1];
    if (value !== undefined && value !== '-1') return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the store check did not end');
}

describe('a store that checks itself', () => {
  const ledger = new LedgerTestApp(DATASET);

  afterAll(() => ledger.destroy());

  it('is ready with an intact store, and verify-store says so offline', async () => {
    await ledger.start();
    expect(await intactMetricOnceChecked(httpRoot(ledger))).toBe('1');
    expect((await fetch(`${httpRoot(ledger)}${HEALTH_READY_PATH}`)).status).toBe(200);
    await ledger.stop();
    expect(await verifyStore(ledger.dataDir)).toMatchObject({
      code: 0,
      text: expect.stringMatching(/^intact: \d+ events/m),
    });
  }, 120_000);

  it('answers 503 on /health/ready, and shows it in /metrics, after one byte of one stored event changed', async () => {
    const db = new BetterSqlite3(join(ledger.dataDir, 'ledger.sqlite'));
    const { global_position: position } = db
      .prepare(`SELECT global_position FROM events WHERE data LIKE '%72800000000%' ORDER BY global_position LIMIT 1`)
      .get() as { global_position: number };
    db.prepare(`UPDATE events SET data = replace(data, '72800000000', '72900000000') WHERE global_position = ?`).run(
      position,
    );
    db.close();

    await ledger.start();
    const root = httpRoot(ledger);
    expect(await intactMetricOnceChecked(root)).toBe('0');
    const ready = await fetch(`${root}${HEALTH_READY_PATH}`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toContain(
      `store integrity: broken at global position ${position} (chain)`,
    );
    await ledger.stop();

    const offline = await verifyStore(ledger.dataDir);
    expect(offline.code).toBe(1);
    expect(offline.text).toContain(`BROKEN at global position ${position} (chain): negotiation-`);
  }, 120_000);
});
