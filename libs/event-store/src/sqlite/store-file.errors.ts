import { dirname } from 'node:path';
import { EventStoreError, EventStoreErrorCode } from '../event-store.errors';
import { asStoreError } from './sqlite-write-group';

const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const NOT_WRITABLE = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'EACCES', 'EROFS', 'EPERM']);

/**
 * What went wrong opening the store file, with the file and what to do about it: the driver alone says
 * "file is not a database" or "attempt to write a readonly database", naming neither.
 */
export function storeFileError(filename: string, error: unknown): EventStoreError {
  const code = (error as { code?: unknown }).code;
  // Not `instanceof Error`: the driver's errors may come from another realm (a test sandbox).
  const message = (error as { message?: unknown }).message;
  const said = typeof message === 'string' ? message : String(error);
  if (typeof code === 'string' && DAMAGED.has(code)) {
    return new EventStoreError(
      EventStoreErrorCode.Unavailable,
      `The store file ${filename} is not a readable ledger store (${said}). Restore it from a backup, ` +
        'or set LEDGER_DATA_DIR to the folder that holds the right ledger.sqlite.',
    );
  }
  if (typeof code === 'string' && NOT_WRITABLE.has(code)) {
    const user = process.getuid ? ` (uid ${process.getuid()})` : '';
    return new EventStoreError(
      EventStoreErrorCode.Unavailable,
      `The store file ${filename} cannot be opened for writing (${said}): the folder or the file is read-only or belongs to ` +
        `another user. Make ${dirname(filename)} and its files writable for this user${user}, or work on a writable copy; ` +
        '`ledger export` reads a read-only data folder as it is.',
    );
  }
  return asStoreError(error);
}
