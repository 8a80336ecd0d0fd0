import { readFile } from 'node:fs/promises';
import { DatasetImportError, DatasetWriteConflict, documentsBeside, importDataset } from '@ledger/command-handling';
import { keyedEventIds, type EventIdDeriver, type EventStore } from '@ledger/event-store';
import { loadEvidenceSecret } from '@ledger/evidence-ledger';
import { noteTo, type CliOutput } from './cli-output';
import { dataFolderOf, leavingNothingOnFailure, storeFileIn } from './data-folder';
import { withEmbeddedStore } from './embedded-store';
import { startProgress, type Progress } from './progress';

/** Who the ledger names as having recorded an imported entry: the CLI has no authenticated caller. */
export const CLI_RECORDED_BY = 'ledger-cli';

/** `import <file>` into the data folder's store, created when the folder has none; a refused import leaves no file behind. */
export async function importCommand(
  file: string,
  env: NodeJS.ProcessEnv,
  output: CliOutput,
  now: Date,
): Promise<number> {
  const dataDir = dataFolderOf(env);
  noteTo(output)(`data folder: ${dataDir}`);
  return leavingNothingOnFailure([dataDir], () =>
    withEmbeddedStore(storeFileIn(dataDir), (store) =>
      runImport(store, file, output, now, keyedEventIds(loadEvidenceSecret(dataDir, env))),
    ),
  );
}

/** Loads a JSONL dataset through the command path; a refused dataset leaves the store untouched. */
async function runImport(
  store: EventStore,
  file: string,
  output: CliOutput,
  now: Date,
  eventIds: EventIdDeriver,
): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    output.error(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const phases: Progress[] = [];
  try {
    const summary = await importDataset(
      store,
      text,
      { now: now.toISOString(), recordedBy: CLI_RECORDED_BY, eventIds, documents: await documentsBeside(file) },
      (phase, done, total) => {
        if (done === 0) phases.push(startProgress(output, phase === 'rehearse' ? 'rehearsing' : 'writing', total));
        phases.at(-1)!.update(done);
        if (done === total) phases.at(-1)!.done();
      },
    );
    output.info(
      `imported ${file}: ${summary.lines} lines, ${summary.appended} appended, ${summary.duplicates} duplicates, ${summary.corrections} corrections, ${summary.documents} source documents stored`,
    );
    return 0;
  } catch (error) {
    phases.at(-1)?.done();
    if (error instanceof DatasetWriteConflict) {
      output.error(`import of ${file} stopped: ${error.message}`);
      return 1;
    }
    if (!(error instanceof DatasetImportError)) throw error;
    output.error(`refused ${file}, nothing was imported: ${error.message}`);
    return 1;
  }
}
