/**
 * Child process of the crash test: appends 3-event batches to a few streams at once, forever, and prints
 * `ack <commandId>` for each append the store acknowledged. The parent kills it with SIGKILL mid-stream.
 * Usage: node -r ts-node/register/transpile-only -r tsconfig-paths/register <this file> <database file> <calling-thread|writer-thread>
 */
import { newEvents } from '../../testing/contract-context';
import { SqliteEventStore, type SqliteEventStoreOptions } from '../sqlite-event-store';

export const EVENTS_PER_APPEND = 3;
const CONCURRENT_STREAMS = 4;
/** A bound, so a writer whose parent died without killing it still ends. */
const MAX_APPENDS_PER_STREAM = 5000;

async function writeStream(store: SqliteEventStore, stream: number): Promise<void> {
  let revision = -1;
  for (let append = 0; append < MAX_APPENDS_PER_STREAM; append++) {
    const commandId = `crash-s${stream}-a${append}`;
    const result = await store.append(
      `negotiation-crash${stream}`,
      revision === -1 ? 'no_stream' : revision,
      newEvents(commandId, EVENTS_PER_APPEND),
    );
    revision = result.nextExpectedRevision;
    process.stdout.write(`ack ${commandId}\n`);
  }
}

async function main(filename: string, writeOn: SqliteEventStoreOptions['writeOn']): Promise<void> {
  const store = SqliteEventStore.open({ filename, writeOn });
  await Promise.all(Array.from({ length: CONCURRENT_STREAMS }, (_, stream) => writeStream(store, stream)));
  await store.close();
}

if (require.main === module) {
  main(process.argv[2], process.argv[3] === 'writer-thread' ? 'writer-thread' : 'calling-thread').catch(
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
