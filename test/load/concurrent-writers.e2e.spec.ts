import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  describeFigures,
  figuresOf,
  loadSeconds,
  openLoadNegotiation,
  readStoredStream,
  startLedger,
  type RunningLedger,
} from './support/load-ledger';
import { SOUND_STREAM, auditStream } from './support/stream-audit';
import { WriterPool } from './support/writer-pool';

const WRITERS = 50;
/** Short under npm test; `LEDGER_LOAD_SECONDS=30` runs the full load (the benchmark does so by default). */
const PHASE_MS = loadSeconds(4) * 1000;
const AFTER_RESTART_MS = Math.min(PHASE_MS, 2_000);

describe('50 concurrent writers on one negotiation with expected revisions', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-load-'));
  let ledger: RunningLedger;

  beforeAll(async () => {
    ledger = await startLedger(dataDir);
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'stores every acknowledged command exactly once, reports every lost race as CONFLICT, and loses no update',
    async () => {
      const pool = new WriterPool(WRITERS, 'load-steady', await openLoadNegotiation(ledger.target, 'load-steady'));
      const started = performance.now();
      await pool.drive(ledger.target, PHASE_MS);
      console.log(
        describeFigures(`${WRITERS} writers for ${PHASE_MS / 1000} s`, figuresOf(pool, performance.now() - started)),
      );

      expect(pool.unexpected).toEqual([]);
      expect(pool.inDoubt).toEqual([]);
      expect(pool.acknowledged.length).toBeGreaterThan(0);
      // Fifty writers on one stream: most attempts lose the race, so the CONFLICT path is exercised for real.
      expect(pool.conflicts).toBeGreaterThan(0);
      expect(auditStream(await readStoredStream(dataDir, 'load-steady'), pool)).toEqual(SOUND_STREAM);
    },
    PHASE_MS + 30_000,
  );

  it(
    'killed with SIGKILL under that load, restarts on the same store and loses nothing acknowledged',
    async () => {
      const pool = new WriterPool(WRITERS, 'load-killed', await openLoadNegotiation(ledger.target, 'load-killed'));
      const load = pool.drive(ledger.target, PHASE_MS);
      await new Promise((resolve) => setTimeout(resolve, PHASE_MS / 2));
      await ledger.kill();
      await load; // Every writer stops at its first unanswered command.
      const acknowledgedBeforeKill = pool.acknowledged.map((ack) => ack.commandId);

      const afterKill = await readStoredStream(dataDir, 'load-killed');
      expect(acknowledgedBeforeKill.length).toBeGreaterThan(0);
      expect(auditStream(afterKill, pool)).toEqual(SOUND_STREAM);

      const inDoubtAtKill = pool.inDoubt.length;
      ledger = await startLedger(dataDir);
      await pool.drive(ledger.target, AFTER_RESTART_MS);
      console.log(
        `SIGKILL after ${acknowledgedBeforeKill.length} acknowledged commands with ${inDoubtAtKill} in flight; ` +
          `${pool.acknowledged.length - acknowledgedBeforeKill.length} more acknowledged in ${AFTER_RESTART_MS / 1000} s after the restart`,
      );

      const final = await readStoredStream(dataDir, 'load-killed');
      const stored = new Set(final.map((event) => event.metadata.commandId));
      expect(pool.unexpected).toEqual([]);
      expect(acknowledgedBeforeKill.filter((commandId) => !stored.has(commandId))).toEqual([]);
      expect(pool.acknowledged.length).toBeGreaterThan(acknowledgedBeforeKill.length);
      expect(auditStream(final, pool)).toEqual(SOUND_STREAM);
    },
    PHASE_MS + AFTER_RESTART_MS + 60_000,
  );
});
