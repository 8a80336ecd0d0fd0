import { resolve } from 'node:path';
import { ConfigError } from './config.error';
import { readStoreSelection, type StoreSelection } from './store-config';

export { ConfigError } from './config.error';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How many events the read side may trail the store by and still call itself ready. */
export const DEFAULT_READY_MAX_LAG_EVENTS = 1_000;

/** The service's settings, read once from the environment and checked before anything starts. */
export type LedgerConfig = Readonly<{
  port: number;
  /** The interface to listen on; absent means loopback (DEFAULT_HOST), as configurations built by hand in tests expect. */
  host?: string;
  dataDir: string;
  /** Whether the GraphQL schema can be introspected and explored in a browser. */
  graphqlExplorer: boolean;
  /** Dataset imported into the embedded store on its first start, when the store is still empty; null starts empty. */
  seedDataset: string | null;
  /** Which store to run on; absent means the embedded store under `dataDir`, as configurations built by hand in tests expect. */
  store?: StoreSelection;
  /** Readiness bound on projection lag; absent means DEFAULT_READY_MAX_LAG_EVENTS. */
  readyMaxLagEvents?: number;
  /** Level of the JSON logs; absent means silent, so hand-built test configurations log nothing. */
  logLevel?: LogLevel;
}>;

/** Only this machine, unless HOST says otherwise: a container sets 0.0.0.0 so its port mapping reaches the service. */
export const DEFAULT_HOST = '127.0.0.1';
const HOST = /^[A-Za-z0-9.:-]+$/;

/** The real record of the Rijk–VNG youth-care talks that ships with the ledger. */
export const DEFAULT_SEED_DATASET = resolve(__dirname, '../../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');

export function readConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a whole number 0-65535, got "${env.PORT}"`);
  const explorer = env.LEDGER_GRAPHQL_EXPLORER ?? (env.NODE_ENV === 'production' ? 'false' : 'true');
  if (!['true', 'false'].includes(explorer))
    throw new ConfigError(`LEDGER_GRAPHQL_EXPLORER must be true or false, got "${explorer}"`);
  const seed = env.LEDGER_SEED ?? DEFAULT_SEED_DATASET;
  const host = env.HOST ?? DEFAULT_HOST;
  if (!HOST.test(host)) throw new ConfigError(`HOST must be an IP address or host name to listen on, got "${host}"`);
  return {
    port,
    host,
    dataDir: resolve(env.LEDGER_DATA_DIR ?? './data'),
    graphqlExplorer: explorer === 'true',
    seedDataset: seed === 'none' ? null : resolve(seed),
    store: readStoreSelection(env),
    readyMaxLagEvents: readMaxLag(env.LEDGER_READY_MAX_LAG_EVENTS),
    logLevel: readLogLevel(env),
  };
}

function readMaxLag(value: string | undefined): number {
  if (value === undefined) return DEFAULT_READY_MAX_LAG_EVENTS;
  const events = Number(value);
  if (!Number.isInteger(events) || events < 0)
    throw new ConfigError(`LEDGER_READY_MAX_LAG_EVENTS must be a whole number of events, 0 or more, got "${value}"`);
  return events;
}

/** Jest sets NODE_ENV=test: tests stay quiet unless they ask for logs. */
function readLogLevel(env: NodeJS.ProcessEnv): LogLevel {
  const level = env.LEDGER_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new ConfigError(`LEDGER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  return level as LogLevel;
}

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
