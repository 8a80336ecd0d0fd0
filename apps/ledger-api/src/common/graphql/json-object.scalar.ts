import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asObject(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value))
    throw new GraphQLError('JSONObject must be a JSON object', { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/** A JSON object, used where the shape depends on the entry (a correction's patch, an event's data). */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'Een JSON-object.',
  serialize: asObject,
  parseValue: asObject,
  parseLiteral: (ast: ValueNode, variables) => {
    if (ast.kind !== Kind.OBJECT)
      throw new GraphQLError('JSONObject must be a JSON object', { extensions: { code: 'BAD_USER_INPUT' } });
    return valueFromASTUntyped(ast, variables ?? undefined);
  },
});
