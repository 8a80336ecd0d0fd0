import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { quoteFinder } from '@ledger/domain';
import {
  sourceDocumentOf,
  type DocumentLookup,
  type QuoteFinder,
  type SourceDocumentContent,
} from './source-documents';

/** The documents a dataset ships with, by hash: what an import stores beside its lines. */
export type DocumentFiles = ReadonlyMap<string, SourceDocumentContent>;

const TEXT_FILE = /^([0-9a-f]{64})\.txt$/;

/**
 * Reads a folder of `<sha256>.txt` files, each with its `<sha256>.pdf` where there is one. A file whose
 * name is not the hash of its bytes is refused, naming it: the name is the address lines cite.
 */
export async function readDocumentFolder(folder: string): Promise<DocumentFiles> {
  const names = await readdir(folder);
  const documents = new Map<string, SourceDocumentContent>();
  for (const name of names.sort()) {
    const sha256 = TEXT_FILE.exec(name)?.[1];
    if (!sha256) continue;
    const pdfName = `${sha256}.pdf`;
    const content = sourceDocumentOf(
      await readFile(join(folder, name)),
      names.includes(pdfName) ? await readFile(join(folder, pdfName)) : null,
      join(folder, name),
    );
    if (content.sha256 !== sha256)
      throw new Error(`${join(folder, name)}: its SHA-256 is ${content.sha256}, not the one its name gives`);
    documents.set(sha256, content);
  }
  return documents;
}

/** Looks in the given files first, then in `fallback`: a dataset's documents before they are stored. */
export function lookupWithFiles(files: DocumentFiles, fallback: DocumentLookup): DocumentLookup {
  const finders = new Map<string, QuoteFinder>();
  return {
    finderOf: async (sha256) => {
      const file = files.get(sha256);
      if (!file) return fallback.finderOf(sha256);
      const known = finders.get(sha256) ?? quoteFinder(file.text);
      finders.set(sha256, known);
      return known;
    },
  };
}

/** The documents folder beside a dataset file (`documents/` next to it); none when there is no such folder. */
export async function documentsBeside(datasetPath: string): Promise<DocumentFiles> {
  const folder = join(dirname(datasetPath), 'documents');
  try {
    return await readDocumentFolder(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === folder)
      return new Map();
    throw error;
  }
}
