import { resolve } from 'node:path';

/** The service's settings, read once from the environment and checked before anything starts. */
export type LedgerConfig = Readonly<{
  port: number;
  dataDir: string;
  /** Whether the GraphQL schema can be introspected and explored in a browser. */
  graphqlExplorer: boolean;
  /** Dataset imported into the embedded store on its first start, when the store is still empty; null starts empty. */
  seedDataset: string | null;
}>;

/** The real record of the Rijk–VNG youth-care talks that ships with the ledger. */
export const DEFAULT_SEED_DATASET = resolve(__dirname, '../../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a whole number 0-65535, got "${env.PORT}"`);
  const explorer = env.LEDGER_GRAPHQL_EXPLORER ?? (env.NODE_ENV === 'production' ? 'false' : 'true');
  if (!['true', 'false'].includes(explorer)) throw new ConfigError(`LEDGER_GRAPHQL_EXPLORER must be true or false, got "${explorer}"`);
  const seed = env.LEDGER_SEED ?? DEFAULT_SEED_DATASET;
  return {
    port,
    dataDir: resolve(env.LEDGER_DATA_DIR ?? './data'),
    graphqlExplorer: explorer === 'true',
    seedDataset: seed === 'none' ? null : resolve(seed),
  };
}

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
