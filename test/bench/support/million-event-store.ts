import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteEventStore, type NewEvent } from '@ledger/event-store';
import { LEAF_FORMAT } from '@ledger/evidence';
import { COMMANDS_PER_NEGOTIATION, negotiationScript } from './negotiation-script';
import { decideScript } from './scripted-events';
import { withTempDir } from './temp-dir';
import { EMBEDDED_STORE_FILE } from '../../../apps/ledger-api/src/store/store.module';
import {
  EvidenceLedger,
  loadEvidenceKeys,
  SAVED_LOG_FILE,
  SECRET_FILE,
  SIGNING_KEY_FILE,
} from '@ledger/evidence-ledger';
import { negotiationStreamId } from '@ledger/domain';

/** Bump when the script, the envelope or the schema changes: a cached store of another version is deleted. */
const STORE_VERSION = 'v2';
const NEGOTIATIONS = 10_000;
export const MILLION_EVENTS = NEGOTIATIONS * COMMANDS_PER_NEGOTIATION;
/** Negotiations appended per group commit: 10,000 appends per transaction keeps fsyncs negligible. */
const NEGOTIATIONS_PER_COMMIT = 100;
const CACHE_ROOT = join(tmpdir(), 'negotiation-ledger-bench');
/** The store, the evidence log saved beside it, and the keys that log was made with (see loadEvidenceKeys). */
const DATA_FOLDER_FILES = [EMBEDDED_STORE_FILE, SAVED_LOG_FILE, SECRET_FILE, SIGNING_KEY_FILE];
// A valid negotiation id that occurs nowhere else in the script's text, so replacing it replaces only ids.
const PLACEHOLDER = 'zz-bench-placeholder-zz';

export type GeneratedStore = Readonly<{
  filename: string;
  events: number;
  negotiationIds: (index: number) => string;
  negotiationCount: number;
  generatedNow: boolean;
}>;

export const benchNegotiationId = (index: number) => `bench-${String(index).padStart(5, '0')}`;

/**
 * A store of 1,000,000 real envelopes (10,000 negotiations of 100 events), written through the embedded
 * adapter so ids, revisions and hash chains are exactly what the ledger writes. Cached under the temp dir
 * by version: the first run pays about a minute, reruns nothing.
 */
export async function millionEventStore(log: (line: string) => void): Promise<GeneratedStore> {
  // The saved evidence log is of one leaf format: a store cached under another would have to be hashed again.
  const key = `${STORE_VERSION}-${MILLION_EVENTS}-evidence-${LEAF_FORMAT.split('/').pop()}`;
  const dataDir = join(CACHE_ROOT, key);
  removeOtherVersions(key);
  const generatedNow = !isComplete(join(dataDir, EMBEDDED_STORE_FILE));
  if (generatedNow) {
    rmSync(dataDir, { recursive: true, force: true });
    await generate(dataDir, log);
  }
  return {
    filename: join(dataDir, EMBEDDED_STORE_FILE),
    events: MILLION_EVENTS,
    negotiationIds: benchNegotiationId,
    negotiationCount: NEGOTIATIONS,
    generatedNow,
  };
}

/**
 * The cached store is only ever opened read-only or copied: anything that appended to it (the service
 * appends its own evidence events) would change every later figure, so such a store is regenerated.
 */
function isComplete(filename: string): boolean {
  if (!existsSync(filename) || !existsSync(join(dirname(filename), SAVED_LOG_FILE))) return false;
  const db = new BetterSqlite3(filename, { readonly: true });
  try {
    const { head } = db.prepare('SELECT MAX(global_position) AS head FROM events').get() as { head: number | null };
    return head === MILLION_EVENTS;
  } finally {
    db.close();
  }
}

/**
 * Runs `use` on a throw-away copy of the store's data folder (the store, its saved evidence log and the
 * keys that log was made with), so the service may write to it freely.
 */
export function withStoreCopy<T>(store: GeneratedStore, use: (dataDir: string) => Promise<T>): Promise<T> {
  return withTempDir('ledger-bench-store', (dataDir) => {
    // Named, not the whole folder: a reader of the cache leaves SQLite's -shm and -wal files there.
    for (const file of DATA_FOLDER_FILES) copyFileSync(join(dirname(store.filename), file), join(dataDir, file));
    return use(dataDir);
  });
}

function removeOtherVersions(keep: string): void {
  if (!existsSync(CACHE_ROOT)) return;
  for (const entry of readdirSync(CACHE_ROOT)) {
    if (entry !== keep) rmSync(join(CACHE_ROOT, entry), { recursive: true, force: true });
  }
}

/** Writes into a `.partial` folder renamed only when complete, so an interrupted run is never reused. */
async function generate(dataDir: string, log: (line: string) => void): Promise<void> {
  const partialDir = `${dataDir}.partial`;
  rmSync(partialDir, { recursive: true, force: true });
  mkdirSync(partialDir, { recursive: true });
  const store = SqliteEventStore.open({ filename: join(partialDir, EMBEDDED_STORE_FILE) });
  const template = JSON.stringify(decideScript(negotiationScript(PLACEHOLDER)));
  const started = performance.now();
  try {
    for (let first = 0; first < NEGOTIATIONS; first += NEGOTIATIONS_PER_COMMIT) {
      const appends: Promise<unknown>[] = [];
      for (let index = first; index < first + NEGOTIATIONS_PER_COMMIT; index++) {
        const negotiationId = benchNegotiationId(index);
        // The script only varies by id, so substituting the id in the decided template gives exactly what
        // `decide` returns for that negotiation, at a fraction of the cost of deciding a million commands.
        const commands: NewEvent[][] = JSON.parse(template.replaceAll(PLACEHOLDER, negotiationId));
        for (const events of commands) appends.push(store.append(negotiationStreamId(negotiationId), 'any', events));
      }
      await Promise.all(appends);
      const written = (first + NEGOTIATIONS_PER_COMMIT) * COMMANDS_PER_NEGOTIATION;
      if (written % 200_000 === 0)
        log(
          `  generating: ${written.toLocaleString('en')} events, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
    }
    await saveEvidenceLog(partialDir, store, log);
  } finally {
    await store.close();
  }
  renameSync(partialDir, dataDir);
}

/**
 * Leaves the evidence log in the folder as a running service saves it, so a service started on a copy
 * restores it as after a restart, instead of hashing all 1,000,000 events while it is being measured.
 * No checkpoints: they would add events to the store, and a service signs its own on demand.
 */
async function saveEvidenceLog(dataDir: string, store: SqliteEventStore, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const ledger = new EvidenceLedger(store, loadEvidenceKeys(dataDir, {}), {
    signAfterMeetings: false,
    now: () => new Date().toISOString(),
    savedLogFile: join(dataDir, SAVED_LOG_FILE),
    storeFile: join(dataDir, EMBEDDED_STORE_FILE),
  });
  await ledger.start();
  await ledger.caughtUp();
  await ledger.stop();
  log(
    `  generating: evidence log of ${ledger.log.size.toLocaleString('en')} leaves saved, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
