import { getOperationAST, parse } from 'graphql';
import { OperationCostCache } from './operation-cost.cache';

const operationOf = (query: string) => getOperationAST(parse(query))!;

describe('OperationCostCache', () => {
  const trail = operationOf(
    'query Trail($entityId: ID!, $first: Int!, $note: String, $withData: Boolean!) { auditTrail(entityId: $entityId, first: $first) { totalCount } }',
  );

  it('costs an operation once for every id or text, and again when a page size or a condition changes', () => {
    const cache = new OperationCostCache();
    const estimate = jest.fn(() => 42);
    const cost = (variables: Record<string, unknown>) => cache.cost(trail, variables, estimate);

    expect(cost({ entityId: 'a', first: 50, note: 'x', withData: true })).toBe(42);
    expect(cost({ entityId: 'b', first: 50, note: 'y', withData: true })).toBe(42);
    expect(estimate).toHaveBeenCalledTimes(1);

    cost({ entityId: 'a', first: 500, withData: true });
    cost({ entityId: 'a', first: 50, withData: false });
    expect(estimate).toHaveBeenCalledTimes(3);
  });

  it('keeps costs apart per operation, and measures the depth of each once', () => {
    const cache = new OperationCostCache();
    const other = operationOf(
      'query Trail($entityId: ID!, $first: Int!, $note: String, $withData: Boolean!) { auditTrail(entityId: $entityId, first: $first) { totalCount } }',
    );
    expect(cache.cost(trail, { first: 1 }, () => 1)).toBe(1);
    expect(cache.cost(other, { first: 1 }, () => 2)).toBe(2);

    const measure = jest.fn(() => ({ data: 3, introspection: 0 }));
    cache.depth(trail, measure);
    expect(cache.depth(trail, measure)).toEqual({ data: 3, introspection: 0 });
    expect(measure).toHaveBeenCalledTimes(1);
  });
});
