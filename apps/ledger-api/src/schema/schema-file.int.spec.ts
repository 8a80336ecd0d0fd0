import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { printLedgerSchema, SCHEMA_FILE } from './ledger-schema';

/** What a client of the committed schema would notice, one change a line. */
function changesFrom(committedSdl: string, generatedSdl: string): string {
  const committed = buildSchema(committedSdl);
  const generated = buildSchema(generatedSdl);
  const lines = [
    ...findBreakingChanges(committed, generated).map((change) => `  BREAKING ${change.type}: ${change.description}`),
    ...findDangerousChanges(committed, generated).map((change) => `  DANGEROUS ${change.type}: ${change.description}`),
  ];
  return lines.length > 0 ? lines.join('\n') : '  (only additions, descriptions or order)';
}

describe('the committed schema (apps/ledger-api/schema.graphql)', () => {
  it('is the schema the code builds', async () => {
    const generated = await printLedgerSchema();
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (generated !== committed) {
      throw new Error(
        `schema.graphql differs from the schema the code builds. Changes for clients of the committed schema:\n${changesFrom(committed, generated)}\n` +
          'If the change is meant, run `npm run schema:write` and commit schema.graphql; say any breaking change in the commit.',
      );
    }
  });
});
