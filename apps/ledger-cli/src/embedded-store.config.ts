import { join, resolve } from 'node:path';

/** The same file the API opens: `ledger.sqlite` in LEDGER_DATA_DIR, by default ./data. */
export const embeddedStoreFile = (env: NodeJS.ProcessEnv): string => join(resolve(env.LEDGER_DATA_DIR ?? './data'), 'ledger.sqlite');
