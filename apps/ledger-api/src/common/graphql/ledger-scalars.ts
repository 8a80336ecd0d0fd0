import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** A calendar day, YYYY-MM-DD, as the documents date things (occurredOn, a meeting, a document). */
export const LocalDateScalar = GraphQLLocalDate;

/** A moment at UTC, ISO 8601 with milliseconds, as the ledger stamps what it records (recordedAt). */
export const InstantScalar = GraphQLDateTimeISO;

const WHOLE_CENTS = /^\d{1,16}$/;

function asCents(value: unknown): string {
  const text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
  if (typeof text !== 'string' || !WHOLE_CENTS.test(text)) {
    throw new GraphQLError(
      `Cents must be a whole number of euro cents written as digits, got ${JSON.stringify(String(value))}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return text;
}

/**
 * Money: whole euro cents as a decimal string ("42400000000" for € 424 miljoen). A string because GraphQL's
 * Int is 32 bits and these budgets are not; never a float.
 */
export const CentsScalar = new GraphQLScalarType({
  name: 'Cents',
  description:
    'Een bedrag in hele eurocenten, als decimale tekst: "42400000000" is € 424 miljoen. Nooit een kommagetal.',
  serialize: asCents,
  parseValue: asCents,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT)
      throw new GraphQLError('Cents must be a string of digits', { extensions: { code: 'BAD_USER_INPUT' } });
    return asCents(ast.value);
  },
});
