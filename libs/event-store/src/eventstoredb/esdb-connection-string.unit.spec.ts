import { EventStoreErrorCode } from '../event-store.errors';
import { clientFromConnectionString } from './esdb-connection-string';

describe('clientFromConnectionString', () => {
  it('reports a malformed string as the port error, without echoing the password in it', () => {
    const attempt = () => clientFromConnectionString('esdb://ledger:s3cret@localhost:notaport');

    expect(attempt).toThrow(expect.objectContaining({ code: EventStoreErrorCode.Unavailable }));
    expect(attempt).toThrow(/connection string is malformed: expected .+ at character \d+/);
    expect(attempt).not.toThrow(/s3cret/);
  });
});
