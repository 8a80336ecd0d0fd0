import { DEFAULT_READY_MAX_LAG_EVENTS, readConfig } from './ledger-config';
import { ConfigError } from './config.error';

const ESDB = 'esdb://admin:changeit@node1.esdb:2113,node2.esdb:2113,node3.esdb:2113?tls=true&tlsVerifyCert=true';

const refusal = (env: NodeJS.ProcessEnv) => {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('readConfig', () => {
  describe('choosing the interface', () => {
    it('listens on loopback only unless HOST says otherwise, and refuses a HOST that names no interface', () => {
      expect(readConfig({}).host).toBe('127.0.0.1');
      expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
      expect(refusal({ HOST: 'every where' })).toBe(
        'HOST must be an IP address or host name to listen on, got "every where"',
      );
    });
  });

  describe('choosing the store', () => {
    it('runs on the embedded store, committing on its own thread, when nothing says otherwise', () => {
      expect(readConfig({}).store).toEqual({ kind: 'embedded', writeOn: 'calling-thread' });
    });

    it('commits on a writer thread when LEDGER_SQLITE_WRITER says so, and refuses a writer it does not know', () => {
      expect(readConfig({ LEDGER_SQLITE_WRITER: 'writer-thread' }).store).toEqual({
        kind: 'embedded',
        writeOn: 'writer-thread',
      });
      expect(refusal({ LEDGER_SQLITE_WRITER: 'threads' })).toBe(
        'LEDGER_SQLITE_WRITER must be one of calling-thread, writer-thread, got "threads"',
      );
    });

    it('runs on EventStoreDB when a connection string is set and LEDGER_STORE is not', () => {
      expect(readConfig({ EVENTSTORE_CONNECTION_STRING: ESDB }).store).toEqual({
        kind: 'eventstoredb',
        connectionString: ESDB,
      });
    });

    it('lets LEDGER_STORE=embedded win over a connection string', () => {
      expect(readConfig({ LEDGER_STORE: 'embedded', EVENTSTORE_CONNECTION_STRING: ESDB }).store).toMatchObject({
        kind: 'embedded',
      });
    });

    it('accepts a cluster found by DNS discovery', () => {
      const discover = 'esdb+discover://ledger:secret@esdb.ledger.svc.cluster.local:2113?tls=true';
      expect(readConfig({ LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: discover }).store).toMatchObject({
        kind: 'eventstoredb',
      });
    });

    it('refuses an unknown store name', () => {
      expect(refusal({ LEDGER_STORE: 'postgres' })).toBe(
        'LEDGER_STORE must be one of embedded, eventstoredb, got "postgres"',
      );
    });

    it('refuses LEDGER_STORE=eventstoredb without a connection string', () => {
      expect(refusal({ LEDGER_STORE: 'eventstoredb' })).toMatch(
        /^LEDGER_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING/,
      );
    });
  });

  describe('a malformed connection string', () => {
    it.each([
      ['http://node1:2113', 'it must start with esdb:// or esdb+discover://'],
      ['esdb://admin@node1:2113', 'credentials must be written user:password@ before the hosts'],
      ['esdb://node1:2113,,node2:2113', '"" is not a host or host:port'],
      ['esdb://node1:99999', 'port 99999 of node1 is outside 1-65535'],
      ['esdb+discover://a:2113,b:2113', 'esdb+discover:// takes one cluster DNS name, not a list of hosts'],
      ['esdb://node1:2113?tls=yes', 'tls must be true or false, got "yes"'],
      ['esdb://node1:2113?tlsCAFile', 'setting "tlsCAFile" has no value'],
    ])('refuses %s: %s', (connectionString, reason) => {
      expect(refusal({ EVENTSTORE_CONNECTION_STRING: connectionString })).toBe(
        `EVENTSTORE_CONNECTION_STRING is malformed: ${reason}`,
      );
    });

    it('never repeats the password in its message', () => {
      expect(refusal({ EVENTSTORE_CONNECTION_STRING: 'esdb://admin:s3cret@node1:2113?tls=maybe' })).not.toContain(
        's3cret',
      );
    });
  });

  describe('operations settings', () => {
    it('bounds readiness at the default lag and logs at info outside tests', () => {
      expect(readConfig({ NODE_ENV: 'production' })).toMatchObject({
        readyMaxLagEvents: DEFAULT_READY_MAX_LAG_EVENTS,
        logLevel: 'info',
      });
    });

    it('is silent under jest unless a level is asked for', () => {
      expect(readConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
      expect(readConfig({ NODE_ENV: 'test', LEDGER_LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    });

    it('refuses a lag bound that is not a whole number of events', () => {
      expect(refusal({ LEDGER_READY_MAX_LAG_EVENTS: '-1' })).toBe(
        'LEDGER_READY_MAX_LAG_EVENTS must be a whole number of events, 0 or more, got "-1"',
      );
    });

    it('refuses an unknown log level', () => {
      expect(refusal({ LEDGER_LOG_LEVEL: 'loud' })).toMatch(
        /^LEDGER_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"$/,
      );
    });

    it('refuses a port outside 0-65535', () => {
      expect(refusal({ PORT: '70000' })).toBe('PORT must be a whole number 0-65535, got "70000"');
    });
  });
});
