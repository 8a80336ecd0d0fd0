import { Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';
import type { OperationDepth } from './query-cost';

/** Distinct costs kept per operation; past it the operation's costs are dropped and computed again. */
const MAX_COSTS_PER_OPERATION = 256;

/** Text never changes a cost: only page sizes (`first`, an Int) and @include/@skip conditions do. */
const TEXT_TYPES = new Set(['ID', 'String']);

const namedTypeOf = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);

/**
 * The depth and cost of an operation, remembered per parsed operation (the driver's query cache hands the
 * same document object for the same query text) and per the variables that can change its cost, so a client asking the
 * same query for another id does not pay the schema walk again (it was ~4% of an auditTrail request).
 * Held weakly: an operation the driver's query cache drops is dropped here too.
 */
export class OperationCostCache {
  private readonly depths = new WeakMap<OperationDefinitionNode, OperationDepth>();
  private readonly costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();

  depth(operation: OperationDefinitionNode, measure: () => OperationDepth): OperationDepth {
    let depth = this.depths.get(operation);
    if (depth === undefined) this.depths.set(operation, (depth = measure()));
    return depth;
  }

  cost(
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
    estimate: () => number,
  ): number {
    let byVariables = this.costs.get(operation);
    if (!byVariables || byVariables.size >= MAX_COSTS_PER_OPERATION)
      this.costs.set(operation, (byVariables = new Map()));
    const key = costVariablesKey(operation, variables);
    let cost = byVariables.get(key);
    if (cost === undefined) byVariables.set(key, (cost = estimate()));
    return cost;
  }
}

/** The operation's variables that are not text, in declaration order, as one string. */
function costVariablesKey(operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>): string {
  const relevant = (operation.variableDefinitions ?? [])
    .filter((definition) => !TEXT_TYPES.has(namedTypeOf(definition.type)))
    .map((definition) => variables[definition.variable.name.value] ?? null);
  return JSON.stringify(relevant);
}
