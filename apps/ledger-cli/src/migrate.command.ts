import type { EventStore } from '@ledger/event-store';
import type { CliOutput } from './cli-output';
import { copyEvents, MigrationError } from './migrate-copy';
import type { MigrateCommandOptions } from './cli-program';
import { parseEndpoint } from './migrate-endpoint';
import { verifyMigration } from './migrate-verify';
import { startProgress } from './progress';

/**
 * `migrate --from <store> --to <store>`: copies every event in global order with its ids, revisions,
 * metadata and hash chain, then verifies every chain in the target. Run it again after an interruption:
 * what was copied is checked and skipped, and the copy continues where it stopped.
 */
export async function migrateCommand(options: MigrateCommandOptions, output: CliOutput): Promise<number> {
  const [from, to] = [parseEndpoint(options.from, 'source'), parseEndpoint(options.to, 'target')];
  if (from.identity === to.identity) {
    output.error(`refused: --from and --to are the same store (${from.label})`);
    return 2;
  }
  const opened: EventStore[] = [];
  try {
    const source = await from.open().then(remember(opened));
    const target = await to.open().then(remember(opened));
    output.info(`migrating ${from.label} -> ${to.label}`);
    const progress = startProgress(output, 'copying events, by position', await source.headPosition());
    const copy = await copyEvents(source, target, { onPage: (position) => progress.update(position) });
    progress.done();
    output.info(
      `copied ${copy.copiedEvents} events (${copy.copiedCommands} commands), skipped ${copy.skippedEvents} events ` +
        `(${copy.skippedCommands} commands) already in the target, ${copy.streamIds.length} streams`,
    );
    const verified = await verifyMigration(source, target, copy.streamIds);
    if (verified.problems.length > 0) {
      for (const problem of verified.problems) output.error(`verification failed: ${problem}`);
      return 1;
    }
    output.info(
      `verified ${verified.streams} streams, ${verified.events} events: every hash chain intact and equal to the source's`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    output.error(`migration stopped: ${error.message}`);
    return 1;
  } finally {
    await Promise.all(opened.map((store) => store.close()));
  }
}

const remember = (opened: EventStore[]) => (store: EventStore) => {
  opened.push(store);
  return store;
};
