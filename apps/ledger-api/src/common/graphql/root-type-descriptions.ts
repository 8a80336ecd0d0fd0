import type { GraphQLSchema } from 'graphql';

/**
 * Descriptions of the root types, which the code-first decorators cannot give. Applied to the schema the
 * service serves (the driver's transformSchema) and to the one written to schema.graphql.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = 'Lezen: dossiers, wat er afgesproken stond, het logboek, audittrails en bewijs.';
  if (mutation)
    mutation.description =
      'Vastleggen: elke vastlegging voegt gebeurtenissen toe aan het logboek; niets wordt gewijzigd of verwijderd.';
  if (subscription) subscription.description = 'Volgen: nieuwe gebeurtenissen zodra zij zijn vastgelegd (graphql-ws).';
  return schema;
}
