import { OperationLabels, OTHER_OPERATION } from './operation-metrics.hooks';

describe('OperationLabels', () => {
  it('labels an operation by its name', () => {
    expect(new OperationLabels().of('AgreedState')).toBe('AgreedState');
  });

  it('gives a name that is not a GraphQL name the shared label', () => {
    const labels = new OperationLabels();
    expect(['has space', '9starts', 'x'.repeat(65), ''].map((name) => labels.of(name))).toEqual(
      Array(4).fill(OTHER_OPERATION),
    );
  });

  it('keeps the names it has seen, and gives every new name past the limit the shared label', () => {
    const labels = new OperationLabels(2);
    expect(['First', 'Second', 'Third', 'First', 'Second'].map((name) => labels.of(name))).toEqual([
      'First',
      'Second',
      OTHER_OPERATION,
      'First',
      'Second',
    ]);
  });
});
