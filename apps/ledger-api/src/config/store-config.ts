import { ConfigError } from './config.error';

/** Where the embedded store commits (see SqliteEventStoreOptions.writeOn). */
export type EmbeddedWriter = 'calling-thread' | 'writer-thread';

/** Which event store the service runs on. */
export type StoreSelection =
  | Readonly<{ kind: 'embedded'; writeOn: EmbeddedWriter }>
  | Readonly<{
      kind: 'eventstoredb';
      connectionString: string;
      /** The ledger's streams are under this prefix (the adapter's default, `ledger.`, when absent); tests give each run its own. */
      streamPrefix?: string;
    }>;

export const STORE_KINDS = ['embedded', 'eventstoredb'] as const;
const EMBEDDED_WRITERS: readonly EmbeddedWriter[] = ['calling-thread', 'writer-thread'];

const SCHEMES = ['esdb://', 'esdb+discover://'];
const BOOLEAN_SETTINGS = ['tls', 'tlsverifycert'];
const HOST_PATTERN = /^(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:(\d{1,5}))?$/i;

/**
 * `LEDGER_STORE` picks the store; without it a connection string in `EVENTSTORE_CONNECTION_STRING` means
 * EventStoreDB and its absence the embedded file. A store named but not usable refuses to start, rather
 * than quietly running on the other one.
 */
export function readStoreSelection(env: NodeJS.ProcessEnv): StoreSelection {
  const connectionString = env.EVENTSTORE_CONNECTION_STRING?.trim() || undefined;
  const kind = env.LEDGER_STORE?.trim() || (connectionString ? 'eventstoredb' : 'embedded');
  if (kind === 'embedded') return { kind, writeOn: readEmbeddedWriter(env) };
  if (kind !== 'eventstoredb')
    throw new ConfigError(`LEDGER_STORE must be one of ${STORE_KINDS.join(', ')}, got "${kind}"`);
  if (!connectionString) {
    throw new ConfigError(
      'LEDGER_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. esdb+discover://admin:changeit@esdb.example:2113?tls=true',
    );
  }
  checkConnectionString(connectionString);
  return { kind, connectionString };
}

/**
 * `LEDGER_SQLITE_WRITER`: the service's own thread by default, which measured fastest on a 2-core VM (a
 * hand-off to another thread and back cost more than the fsync it frees the thread from); a writer thread
 * where fsyncs are slow (network disks), so queries are not held up behind them.
 */
function readEmbeddedWriter(env: NodeJS.ProcessEnv): EmbeddedWriter {
  const writer = env.LEDGER_SQLITE_WRITER?.trim() || 'calling-thread';
  if (!(EMBEDDED_WRITERS as readonly string[]).includes(writer)) {
    throw new ConfigError(`LEDGER_SQLITE_WRITER must be one of ${EMBEDDED_WRITERS.join(', ')}, got "${writer}"`);
  }
  return writer as EmbeddedWriter;
}

/**
 * A syntax check with a message that says what is wrong, without echoing the string (it may hold a
 * password). The client parses it in full when the store opens; this catches the common mistakes at once.
 */
export function checkConnectionString(connectionString: string): void {
  const scheme = SCHEMES.find((candidate) => connectionString.toLowerCase().startsWith(candidate));
  if (!scheme) throw malformed(`it must start with ${SCHEMES.join(' or ')}`);
  const rest = connectionString.slice(scheme.length);
  const [authority, query = ''] = splitOnce(rest, '?');
  const credentialsEnd = authority.lastIndexOf('@');
  if (credentialsEnd >= 0 && !/^[^:@]+:[^@]+$/.test(authority.slice(0, credentialsEnd))) {
    throw malformed('credentials must be written user:password@ before the hosts');
  }
  const hosts = authority
    .slice(credentialsEnd + 1)
    .replace(/\/$/, '')
    .split(',');
  if (scheme === 'esdb+discover://' && hosts.length !== 1)
    throw malformed('esdb+discover:// takes one cluster DNS name, not a list of hosts');
  for (const host of hosts) checkHost(host);
  for (const setting of query.split('&').filter(Boolean)) checkSetting(setting);
}

function checkHost(host: string): void {
  const match = HOST_PATTERN.exec(host);
  if (!match) throw malformed(`"${host}" is not a host or host:port`);
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port !== undefined && (port < 1 || port > 65535))
    throw malformed(`port ${port} of ${match[1]} is outside 1-65535`);
}

function checkSetting(setting: string): void {
  const [key, value] = splitOnce(setting, '=');
  if (!value) throw malformed(`setting "${key}" has no value`);
  if (BOOLEAN_SETTINGS.includes(key.toLowerCase()) && !['true', 'false'].includes(value.toLowerCase())) {
    throw malformed(`${key} must be true or false, got "${value}"`);
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

const malformed = (reason: string) => new ConfigError(`EVENTSTORE_CONNECTION_STRING is malformed: ${reason}`);
