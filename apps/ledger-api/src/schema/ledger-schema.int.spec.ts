import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges, type GraphQLSchema } from 'graphql';
import { buildLedgerSchema, SCHEMA_FILE, schemaFileText } from './ledger-schema';
import { undescribedElements } from './schema-descriptions';

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

describe('the GraphQL schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildLedgerSchema();
  });

  it('is the one committed in apps/ledger-api/schema.graphql', () => {
    const generated = schemaFileText(schema);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (generated !== committed) {
      throw new Error(
        `schema.graphql differs from the schema the code builds. Changes for clients of the committed schema:\n${changesFrom(committed, generated)}\n` +
          'If the change is meant, run `npm run schema:write` and commit schema.graphql; say any breaking change in the commit.',
      );
    }
  });

  it('describes every type, field, argument, input field and enum value, the root types included', () => {
    expect(undescribedElements(schema)).toEqual([]);
  });
});
