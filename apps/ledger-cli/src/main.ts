import { SqliteEventStore } from '@ledger/event-store';
import { consoleOutput, type CliOutput } from './cli-output';
import { embeddedStoreFile } from './embedded-store.config';
import { runImport } from './import.command';
import { runMigrate } from './migrate.command';
import { runExport } from './export.command';
import { runVerify } from './verify.command';
import { runToken } from './token.command';

const USAGE = 'usage: npm run ledger -- import <dataset.jsonl>   (store: $LEDGER_DATA_DIR/ledger.sqlite, default ./data)';

/** The ledger's command line: the same libs as the API, without HTTP. Returns the process exit code. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput): Promise<number> {
  if (args[0] === 'migrate') return runMigrate(args.slice(1), output);
  if (args[0] === 'verify') return runVerify(args.slice(1), output);
  if (args[0] === 'export') {
    const store = SqliteEventStore.open({ filename: embeddedStoreFile(env) });
    try {
      return await runExport(store, args.slice(1), env, output, new Date());
    } finally {
      await store.close();
    }
  }
  if (args[0] === 'token') return runToken(args.slice(1), env, output);
  const [command, file, ...rest] = args;
  if (command !== 'import' || !file || rest.length > 0) {
    output.error(USAGE);
    return 2;
  }
  const store = SqliteEventStore.open({ filename: embeddedStoreFile(env) });
  try {
    return await runImport(store, file, output, new Date());
  } finally {
    await store.close();
  }
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
