import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { negotiationStreamId } from '@ledger/command-handling';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteEventStore, type NewEvent } from '@ledger/event-store';
import { COMMANDS_PER_NEGOTIATION, negotiationScript } from './negotiation-script';
import { decideScript } from './scripted-events';
import { withTempDir } from './temp-dir';

/** Bump when the script, the envelope or the schema changes: a cached store of another version is deleted. */
const STORE_VERSION = 'v1';
const NEGOTIATIONS = 10_000;
export const MILLION_EVENTS = NEGOTIATIONS * COMMANDS_PER_NEGOTIATION;
/** Negotiations appended per group commit: 10,000 appends per transaction keeps fsyncs negligible. */
const NEGOTIATIONS_PER_COMMIT = 100;
const CACHE_ROOT = join(tmpdir(), 'negotiation-ledger-bench');
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
  const key = `${STORE_VERSION}-${MILLION_EVENTS}`;
  const dataDir = join(CACHE_ROOT, key);
  removeOtherVersions(key);
  const generatedNow = !isComplete(join(dataDir, 'ledger.sqlite'));
  if (generatedNow) {
    rmSync(dataDir, { recursive: true, force: true });
    await generate(dataDir, log);
  }
  return {
    filename: join(dataDir, 'ledger.sqlite'), events: MILLION_EVENTS,
    negotiationIds: benchNegotiationId, negotiationCount: NEGOTIATIONS, generatedNow,
  };
}

/**
 * The cached store is only ever opened read-only or copied: anything that appended to it (the service
 * appends its own evidence events) would change every later figure, so such a store is regenerated.
 */
function isComplete(filename: string): boolean {
  if (!existsSync(filename)) return false;
  const db = new BetterSqlite3(filename, { readonly: true });
  try {
    const { head } = db.prepare('SELECT MAX(global_position) AS head FROM events').get() as { head: number | null };
    return head === MILLION_EVENTS;
  } finally {
    db.close();
  }
}

/** Runs `use` on a throw-away copy of the store's data folder, so the service may write to it freely. */
export function withStoreCopy<T>(store: GeneratedStore, use: (dataDir: string) => Promise<T>): Promise<T> {
  return withTempDir('ledger-bench-store', (dataDir) => {
    copyFileSync(store.filename, join(dataDir, 'ledger.sqlite'));
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
  const store = SqliteEventStore.open({ filename: join(partialDir, 'ledger.sqlite') });
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
      if (written % 200_000 === 0) log(`  generating: ${written.toLocaleString('en')} events, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await store.close();
  }
  renameSync(partialDir, dataDir);
}
