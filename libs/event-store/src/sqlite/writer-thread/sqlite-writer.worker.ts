import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { configureAndMigrate } from '../sqlite-event-store.schema';
import { SqliteEventStatements } from '../sqlite-event-store.statements';
import { asStoreError, createWriteGroup } from '../sqlite-write-group';
import {
  toOutcomeWire,
  toStoreErrorWire,
  type FromWriterThread,
  type ToWriterThread,
  type WriterThreadData,
} from './writer-thread.protocol';

type AppendMessage = Extract<ToWriterThread, { kind: 'append' }>;

/**
 * The embedded store's writer thread: it owns the only write connection, so the fsync of each commit
 * blocks this thread and not the one serving commands and queries. Group commit falls out of the loop:
 * every append that arrived while the last commit was syncing is taken from the port at once and written
 * in one transaction.
 */
function main({ filename, busyTimeoutMs }: WriterThreadData, port: MessagePort): void {
  const db = new BetterSqlite3(filename);
  configureAndMigrate(db, busyTimeoutMs);
  const writeGroup = createWriteGroup(db, new SqliteEventStatements(db));

  const commit = (appends: readonly AppendMessage[]): FromWriterThread => {
    try {
      const outcomes = writeGroup(appends.map((append) => append.request));
      return {
        kind: 'outcomes',
        outcomes: outcomes.map((outcome, index) => toOutcomeWire(appends[index].id, outcome)),
      };
    } catch (error) {
      // The commit itself failed: nothing of the group was written, and each append says so.
      const refusal = toStoreErrorWire(asStoreError(error));
      return { kind: 'outcomes', outcomes: appends.map(({ id }) => ({ id, kind: 'refused', error: refusal })) };
    }
  };

  port.on('message', (first: ToWriterThread) => {
    const messages = [first];
    for (let next = receiveMessageOnPort(port); next !== undefined; next = receiveMessageOnPort(port))
      messages.push(next.message as ToWriterThread);
    const appends = messages.filter((message): message is AppendMessage => message.kind === 'append');
    if (appends.length > 0) port.postMessage(commit(appends));
    if (messages.some((message) => message.kind === 'close')) {
      db.close();
      port.close();
    }
  });
}

main(workerData as WriterThreadData, parentPort!);
