import {
  Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type GraphQLSchema,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '@ledger/projections';

/** How deep the operation's selections nest, following fragments; introspection's own nesting counts too. */
export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: ReadonlySet<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, visiting) : 1);
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      else if (!visiting.has(selection.name.value)) {
        // Fragment cycles are refused by validation; the guard only keeps this walk finite.
        deepest = Math.max(deepest, depthOf(fragments.get(selection.name.value)?.selectionSet, new Set([...visiting, selection.name.value])));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** A page of n costs n times what one node costs; connections asked for without `first` get the default page. */
const pageEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const pageSize = typeof args.first === 'number' ? args.first : String(field.type).endsWith('Connection') ? DEFAULT_PAGE_SIZE : undefined;
  return pageSize === undefined ? undefined : 1 + Math.max(0, pageSize) * childComplexity;
};

export function queryComplexity(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}
