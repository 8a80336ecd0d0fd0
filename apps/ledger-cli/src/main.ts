import { SqliteEventStore, type EventStore } from '@ledger/event-store';
import { consoleOutput, type CliOutput } from './cli-output';
import { embeddedStoreFile } from './embedded-store.config';
import { EXPORT_USAGE, runExport } from './export.command';
import { runImport } from './import.command';
import { MIGRATE_USAGE, runMigrate } from './migrate.command';
import { runToken, TOKEN_USAGE } from './token.command';
import { runVerify, VERIFY_USAGE } from './verify.command';

const IMPORT_USAGE = 'usage: npm run ledger -- import <dataset.jsonl>';
const STORE_NOTE = '(embedded store: $LEDGER_DATA_DIR/ledger.sqlite, default ./data)';

/** Opens the embedded store for one command and always closes it again. */
async function withEmbeddedStore(env: NodeJS.ProcessEnv, use: (store: EventStore) => Promise<number>): Promise<number> {
  const store = SqliteEventStore.open({ filename: embeddedStoreFile(env) });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

type Command = Readonly<{ usage: string; run: (args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput) => Promise<number> }>;

const COMMANDS: Readonly<Record<string, Command>> = {
  import: {
    usage: IMPORT_USAGE,
    run: (args, env, output) => {
      if (args.length !== 1) {
        output.error(IMPORT_USAGE);
        return Promise.resolve(2);
      }
      return withEmbeddedStore(env, (store) => runImport(store, args[0], output, new Date()));
    },
  },
  export: { usage: EXPORT_USAGE, run: (args, env, output) => withEmbeddedStore(env, (store) => runExport(store, args, env, output, new Date())) },
  verify: { usage: VERIFY_USAGE, run: (args, _env, output) => runVerify(args, output) },
  migrate: { usage: MIGRATE_USAGE, run: (args, _env, output) => runMigrate(args, output) },
  token: { usage: TOKEN_USAGE, run: (args, env, output) => runToken(args, env, output) },
};

/** The ledger's command line: the same libs as the API, without HTTP. Returns the process exit code. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput): Promise<number> {
  const name = args[0] ?? '';
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    output.error([...Object.values(COMMANDS).map((known) => known.usage), STORE_NOTE].join('\n'));
    return 2;
  }
  return command.run(args.slice(1), env, output);
}

if (require.main === module) {
  runCli(process.argv.slice(2), process.env, consoleOutput).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      consoleOutput.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
