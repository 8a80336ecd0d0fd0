import { join } from 'node:path';
import { SqliteSubjectKeyVault } from './sqlite-subject-key-vault';

/** The per-person keys sit beside the store in the data folder, whichever event store runs; the API and the CLI open the same file. */
export const SUBJECT_KEY_FILE = 'personal-data-keys.sqlite';

export const openSubjectKeyVault = (dataDir: string): SqliteSubjectKeyVault =>
  SqliteSubjectKeyVault.open(join(dataDir, SUBJECT_KEY_FILE));
