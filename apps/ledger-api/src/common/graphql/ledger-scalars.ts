import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The form `Date#toISOString` writes, which is how the ledger stamps moments. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * graphql-scalars' type with a cheaper serialize for values already in the form it would write: the days and
 * moments the ledger serves were checked when they were recorded, and the full check builds a Date for
 * each (a page of 50 entries serializes 150 of them). Input keeps the full check; anything else is
 * serialized by graphql-scalars as before.
 */
function servingCheckedValues(scalar: GraphQLScalarType, form: RegExp): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    serialize: (value) => (typeof value === 'string' && form.test(value) ? value : config.serialize(value)),
  });
}

/** A calendar day, YYYY-MM-DD, as the documents date things (occurredOn, a meeting, a document). */
export const LocalDateScalar = servingCheckedValues(GraphQLLocalDate, LOCAL_DATE);

/** A moment at UTC, ISO 8601 with milliseconds, as the ledger stamps what it records (recordedAt). */
export const InstantScalar = servingCheckedValues(GraphQLDateTimeISO, ISO_INSTANT);

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
