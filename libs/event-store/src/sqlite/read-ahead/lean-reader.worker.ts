import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { prepareLeanRead } from '../lean-rows';
import type { FromReaderThread, ReaderThreadData, ToReaderThread } from './read-ahead.protocol';

/**
 * Reads the log ahead of a rebuild on its own read-only connection (WAL lets it read beside the writer),
 * so the SQLite scan runs on this core while the thread that folds parses and folds the chunk before.
 */
function main({ filename, chunkRows, chunksAhead }: ReaderThreadData, port: MessagePort): void {
  const db = new BetterSqlite3(filename, { readonly: true, fileMustExist: true });
  const leanRows = prepareLeanRead(db);
  let run = -1;
  let after = 0;
  let credit = 0;
  let ended = true;

  const pump = () => {
    while (credit > 0 && !ended) {
      const rows = leanRows.all(after, chunkRows);
      credit -= 1;
      ended = rows.length < chunkRows;
      if (rows.length > 0) after = rows[rows.length - 1][0];
      port.postMessage({ kind: 'chunk', run, values: rows.flat(), rows: rows.length } satisfies FromReaderThread);
    }
  };

  port.on('message', (message: ToReaderThread) => {
    if (message.kind === 'from') {
      ({ run, after } = message);
      credit = chunksAhead;
      ended = false;
    } else if (message.kind === 'more' && message.run === run) {
      credit += 1;
    } else if (message.kind === 'close') {
      db.close();
      port.close();
      return;
    }
    pump();
  });
}

main(workerData as ReaderThreadData, parentPort!);
