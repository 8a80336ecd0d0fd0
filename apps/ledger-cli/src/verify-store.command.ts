import type { EventStore } from '@ledger/event-store';
import { checkStoreIntegrity, loadEvidenceKeys } from '@ledger/evidence-ledger';
import { noteTo, type CliOutput } from './cli-output';
import { dataFolderOf, existingStoreIn, storeFileIn } from './data-folder';
import { withEmbeddedStore } from './embedded-store';
import { startProgress } from './progress';

/** `verify-store`: the data folder's store checked against itself, offline. */
export async function verifyStoreCommand(env: NodeJS.ProcessEnv, output: CliOutput): Promise<number> {
  const dataDir = dataFolderOf(env);
  existingStoreIn(dataDir);
  noteTo(output)(`data folder: ${dataDir}`);
  return withEmbeddedStore(storeFileIn(dataDir), (store) =>
    runVerifyStore(store, loadEvidenceKeys(dataDir, env).secret, output),
  );
}

/**
 * Checks every stream's hash chain, the Merkle log rebuilt from the events, and every checkpoint the
 * ledger recorded, against the store; exit 0 when intact, 1 at the first broken link.
 */
export async function runVerifyStore(store: EventStore, secret: Uint8Array, output: CliOutput): Promise<number> {
  // The embedded store's positions are gap-free: its head is its event count.
  const progress = startProgress(output, 'events checked', await store.headPosition());
  let checked = 0;
  const report = await checkStoreIntegrity(store, { secret, pace: async () => progress.update(checked++) });
  progress.update(report.events);
  progress.done();
  if (report.intact) {
    output.info(
      `intact: ${report.events} events, ${report.checkpoints} signed heads; hash chains, Merkle log and checkpoints agree with the store`,
    );
    return 0;
  }
  const { kind, globalPosition, detail } = report.firstBreak!;
  output.error(`BROKEN at global position ${globalPosition} (${kind}): ${detail}`);
  output.error(`${report.events} events before it are intact`);
  return 1;
}
