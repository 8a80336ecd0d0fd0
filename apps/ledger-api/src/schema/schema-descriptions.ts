import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isIntrospectionType,
  type GraphQLSchema,
} from 'graphql';

/** Every type, field, argument, input field and enum value of the schema that has no description, by its schema path. */
export function undescribedElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        field.args.forEach((arg) => check(`${type.name}.${field.name}(${arg.name})`, arg.description));
      }
    } else if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach((field) => check(`${type.name}.${field.name}`, field.description));
    } else if (isEnumType(type)) {
      type.getValues().forEach((value) => check(`${type.name}.${value.name}`, value.description));
    }
  }
  return missing;
}
