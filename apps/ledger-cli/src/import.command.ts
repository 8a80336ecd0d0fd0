import { readFile } from 'node:fs/promises';
import { DatasetImportError, importDataset } from '@ledger/command-handling';
import type { EventStore } from '@ledger/event-store';
import type { CliOutput } from './cli-output';

/** Who the ledger names as having recorded an imported entry: the CLI has no authenticated caller. */
export const CLI_RECORDED_BY = 'ledger-cli';

/** `import <file>`: loads a JSONL dataset through the command path; a refused dataset leaves the store untouched. */
export async function runImport(store: EventStore, file: string, output: CliOutput, now: Date): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    output.error(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    const summary = await importDataset(store, text, { now: now.toISOString(), recordedBy: CLI_RECORDED_BY });
    output.info(`imported ${file}: ${summary.lines} lines, ${summary.appended} appended, ${summary.duplicates} duplicates`);
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetImportError)) throw error;
    output.error(`refused ${file}, nothing was imported: ${error.message}`);
    return 1;
  }
}
