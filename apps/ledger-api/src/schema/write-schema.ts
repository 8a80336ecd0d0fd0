import { writeFileSync } from 'node:fs';
import { printLedgerSchema, SCHEMA_FILE } from './ledger-schema';

/** `npm run schema:write`: regenerate the committed schema after a deliberate change to the API. */
printLedgerSchema()
  .then((sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
