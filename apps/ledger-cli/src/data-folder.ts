import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The embedded store's file in a data folder: the one the API opens. */
export const STORE_FILE = 'ledger.sqlite';

/** The command cannot run as asked; the message says why and what to do. Exit code 1. */
export class CommandRefusal extends Error {
  override readonly name = 'CommandRefusal';
}

/** LEDGER_DATA_DIR, by default ./data, as an absolute path. */
export const dataFolderOf = (env: NodeJS.ProcessEnv): string => resolve(env.LEDGER_DATA_DIR ?? './data');

export const storeFileIn = (dataDir: string): string => join(dataDir, STORE_FILE);

/** The store in the folder; refuses a folder without one rather than creating an empty store there. */
export function existingStoreIn(dataDir: string): string {
  const file = storeFileIn(dataDir);
  if (!existsSync(file)) {
    throw new CommandRefusal(
      `There is no store in the data folder ${dataDir} (no ${STORE_FILE}). Set LEDGER_DATA_DIR to the folder the API uses, ` +
        'or import a dataset into this one first.',
    );
  }
  return file;
}

/**
 * Runs a command and, when it fails (non-zero exit or an exception), removes whatever it created in these
 * folders: a refused import leaves no empty store, a failed export no keys and no half-written dossier.
 */
export async function leavingNothingOnFailure(folders: readonly string[], run: () => Promise<number>): Promise<number> {
  const before = folders.map((folder) => ({ folder, names: existsSync(folder) ? new Set(readdirSync(folder)) : null }));
  let code = 1;
  try {
    code = await run();
    return code;
  } finally {
    if (code !== 0) before.forEach(({ folder, names }) => removeCreated(folder, names));
  }
}

function removeCreated(folder: string, existing: ReadonlySet<string> | null): void {
  if (existing === null) return rmSync(folder, { recursive: true, force: true });
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder))
    if (!existing.has(name)) rmSync(join(folder, name), { recursive: true, force: true });
}

const isWritable = (dir: string): boolean => {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `use` on the data folder, or, when this process cannot write there (a read-only copy handed to a
 * legal team, a read-only mount), on a private copy of its files: SQLite cannot open a WAL store in a
 * folder where it cannot create its shared-memory file, not even to read. The copy is removed afterwards;
 * the folder itself is never written. `needed` names files that must be there, as no key may be made up.
 */
export async function withReadableDataFolder<T>(
  dataDir: string,
  needed: readonly Readonly<{ file: string; unlessEnv: string }>[],
  env: NodeJS.ProcessEnv,
  note: (message: string) => void,
  use: (dir: string) => Promise<T>,
): Promise<T> {
  if (isWritable(dataDir)) return use(dataDir);
  const missing = needed.filter(({ file, unlessEnv }) => !env[unlessEnv] && !existsSync(join(dataDir, file)));
  if (missing.length > 0) {
    throw new CommandRefusal(
      `The data folder ${dataDir} is read-only and holds no ${missing.map(({ file }) => file).join(' or ')}: nothing can be signed with ` +
        `the ledger's own keys. Copy the whole data folder, keys included, or set ${missing.map(({ unlessEnv }) => unlessEnv).join(' and ')}.`,
    );
  }
  const copy = mkdtempSync(join(tmpdir(), 'ledger-read-only-'));
  note(`the data folder is read-only: reading a private copy of it (${copy}), removed afterwards`);
  try {
    for (const name of readdirSync(dataDir)) {
      if (!statSync(join(dataDir, name)).isFile()) continue;
      copyFileSync(join(dataDir, name), join(copy, name));
      chmodSync(join(copy, name), 0o600); // the copy is this process's own: writable, readable by it alone
    }
    return await use(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
