import { readFile } from 'node:fs/promises';
import { SourceDocuments, sourceDocumentOf } from '@ledger/command-handling';
import { NegotiationError } from '@ledger/domain';
import { noteTo, type CliOutput } from './cli-output';
import { CommandRefusal, dataFolderOf, existingStoreIn } from './data-folder';
import { withEmbeddedStore } from './embedded-store';
import { CLI_RECORDED_BY } from './import.command';

/**
 * `store-document <text> [--pdf <file>]`: stores a source document in the data folder's store under the
 * SHA-256 of its text, and prints that hash, which entries then cite as `document.sha256`. Storing it again
 * writes nothing.
 */
export async function storeDocumentCommand(
  textFile: string,
  pdfFile: string | undefined,
  env: NodeJS.ProcessEnv,
  output: CliOutput,
  now: Date,
): Promise<number> {
  const dataDir = dataFolderOf(env);
  noteTo(output)(`data folder: ${dataDir}`);
  const [text, pdf] = [await readOrRefuse(textFile), pdfFile ? await readOrRefuse(pdfFile) : null];
  const content = checked(() => sourceDocumentOf(text, pdf, textFile));
  const stored = await withEmbeddedStore(existingStoreIn(dataDir), (store) =>
    new SourceDocuments(store).store(content, { now: now.toISOString(), recordedBy: CLI_RECORDED_BY }),
  );
  output.info(content.sha256);
  noteTo(output)(stored ? 'stored' : 'already stored: nothing written');
  return 0;
}

async function readOrRefuse(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CommandRefusal(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** A document the ledger does not keep (empty, not UTF-8, too large, a PDF that is none) is refused, naming why. */
function checked<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof NegotiationError) throw new CommandRefusal(`${error.field}: ${error.message}`);
    throw error;
  }
}
