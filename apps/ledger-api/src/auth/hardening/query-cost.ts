import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '@ledger/projections';

/** How deep an operation nests: its data fields, and apart from them its introspection (`__schema`, `__type`). */
export type OperationDepth = Readonly<{ data: number; introspection: number }>;

const isIntrospectionField = (name: string) => name === '__schema' || name === '__type';

/** How deep the operation's selections nest, following fragments; introspection's own nesting is counted apart. */
export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): OperationDepth {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depth = { data: 0, introspection: 0 };
  /** Walks one selection set; at the root (`kind` unset) each field decides whether it is data or introspection. */
  const depthOf = (
    selectionSet: SelectionSetNode | undefined,
    visiting: ReadonlySet<string>,
    kind?: keyof OperationDepth,
  ): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let below: number;
      if (selection.kind === Kind.FIELD) {
        below = selection.selectionSet ? 1 + depthOf(selection.selectionSet, visiting, kind ?? 'data') : 1;
        if (!kind) {
          const rootKind = isIntrospectionField(selection.name.value) ? 'introspection' : 'data';
          depth[rootKind] = Math.max(depth[rootKind], below);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        below = depthOf(selection.selectionSet, visiting, kind);
      } else if (!visiting.has(selection.name.value)) {
        // Fragment cycles are refused by validation; the guard only keeps this walk finite.
        below = depthOf(
          fragments.get(selection.name.value)?.selectionSet,
          new Set([...visiting, selection.name.value]),
          kind,
        );
      } else {
        below = 0;
      }
      deepest = Math.max(deepest, below);
    }
    return deepest;
  };
  depthOf(operation.selectionSet, new Set());
  return depth;
}

/** Every field selected in the document, aliases included: a cheap count to refuse before validation does work per pair of fields. */
export function fieldCount(document: DocumentNode): number {
  let fields = 0;
  const stack: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if ('selectionSet' in definition && definition.selectionSet) stack.push(definition.selectionSet);
  }
  for (let next = stack.pop(); next; next = stack.pop()) {
    for (const selection of next.selections) {
      if (selection.kind === Kind.FIELD) fields++;
      if ('selectionSet' in selection && selection.selectionSet) stack.push(selection.selectionSet);
    }
  }
  return fields;
}

/** A page of n (first, last, or n ids) costs n times what one node costs; connections asked for without first or last get the default page. */
const pageEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const asked =
    typeof args.first === 'number'
      ? args.first
      : typeof args.last === 'number'
        ? args.last
        : Array.isArray(args.ids)
          ? args.ids.length
          : undefined;
  const pageSize = asked ?? (String(field.type).endsWith('Connection') ? DEFAULT_PAGE_SIZE : undefined);
  return pageSize === undefined ? undefined : 1 + Math.max(0, pageSize) * childComplexity;
};

export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}
