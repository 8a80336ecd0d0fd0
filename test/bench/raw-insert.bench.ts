import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { configureAndMigrate } from '../../libs/event-store/src/sqlite/sqlite-event-store.schema';
import { benchReport } from './support/bench-report';
import { loopSync } from './support/bounded-loop';
import { negotiationScript } from './support/negotiation-script';
import { sealedNegotiation } from './support/scripted-events';
import { withTempDir } from './support/temp-dir';

export const RAW_INSERTS_PER_SECOND = 'raw durable single-row inserts';

const BOUNDS = { maxIterations: 30_000, maxMs: 4_000 };
const NEGOTIATIONS = Math.ceil(BOUNDS.maxIterations / 100);

/** The rows the ledger would write (real envelopes and hashes), serialised up front so only the insert is timed. */
function prepareRows(): unknown[][] {
  return Array.from({ length: NEGOTIATIONS }, (_, index) => `raw-${index}`).flatMap((negotiationId) =>
    sealedNegotiation(negotiationId, negotiationScript(negotiationId)).map((event) => [
      event.eventId,
      event.streamId,
      event.revision,
      event.type,
      event.schemaVersion,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.metadata.commandId,
      event.prevHash,
      event.hash,
    ]),
  );
}

/**
 * The ceiling for the command path: better-sqlite3 on the embedded store's own schema and pragmas (WAL,
 * synchronous=FULL), one row per transaction, so every insert pays one fsync of the WAL.
 */
export async function run(): Promise<void> {
  const rows = prepareRows();
  await withTempDir('ledger-bench-raw', async (dir) => {
    const db = new BetterSqlite3(join(dir, 'raw.sqlite'));
    try {
      configureAndMigrate(db, 5_000);
      const insert = db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, command_id, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const result = loopSync(BOUNDS, (iteration) => insert.run(rows[iteration]));
      benchReport.setBaseline(result.perSecond);
      benchReport.rate(RAW_INSERTS_PER_SECOND, result.perSecond, 'events/s');
    } finally {
      db.close();
    }
  });
}
