import { join, resolve } from 'node:path';
import { parseEndpoint } from './migrate-endpoint';

describe('parseEndpoint', () => {
  it('masks the password of a connection string in the label it prints', () => {
    expect(parseEndpoint('esdb://admin:changeit@node1:2113,node2:2113?tls=true', 'target').label).toBe(
      'esdb://admin:***@node1:2113,node2:2113?tls=true',
    );
  });

  it('names an embedded store by its ledger.sqlite file', () => {
    expect(parseEndpoint('some/dir', 'source').identity).toBe(join(resolve('some/dir'), 'ledger.sqlite'));
  });
});
