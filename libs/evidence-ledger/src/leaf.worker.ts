import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import type { PositionedEvent } from '@ledger/evidence';
import { leafBatchOf, transferablesOf } from './leaf-batch';
import type { LeafWorkerData, LeafWorkerReply, LeafWorkerRequest } from './leaf-worker.protocol';
import { readSavedLog } from './saved-log-file';

type EventRow = readonly [
  globalPosition: number,
  eventId: string,
  streamId: string,
  revision: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  prevHash: string,
  hash: string,
];

/**
 * The evidence log's hashing, off the thread that serves requests: reads events from the embedded store's
 * file on its own read-only connection (WAL lets it read beside the writer) and answers their leaf hashes.
 */
function main({ storeFile, secret, sealedAfter }: LeafWorkerData): void {
  const store = new BetterSqlite3(storeFile, { readonly: true, fileMustExist: true });
  const eventsAfter = store
    .prepare<[number, number], EventRow>(
      `SELECT global_position, event_id, stream_id, revision, type, schema_version, data, metadata, prev_hash, hash
       FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`,
    )
    .raw(true);
  const toEvent = ([
    globalPosition,
    eventId,
    streamId,
    revision,
    type,
    schemaVersion,
    data,
    metadata,
    prevHash,
    hash,
  ]: EventRow): PositionedEvent => ({
    globalPosition,
    eventId,
    streamId,
    revision,
    type,
    schemaVersion,
    data: JSON.parse(data),
    metadata: JSON.parse(metadata),
    prevHash,
    hash,
  });
  const reply = (message: LeafWorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

  parentPort!.on('message', (request: LeafWorkerRequest) => {
    try {
      if (request.kind === 'read-saved-log') {
        const savedLog = readSavedLog(request.file, secret);
        const transfer =
          'snapshot' in savedLog
            ? [...savedLog.snapshot.treeLevels, savedLog.snapshot.positions, savedLog.snapshot.idKeys].map(
                (array) => array.buffer as ArrayBuffer,
              )
            : [];
        reply({ kind: 'saved-log', savedLog }, transfer);
      } else {
        const batch = leafBatchOf(eventsAfter.all(request.after, request.limit).map(toEvent), secret, sealedAfter);
        reply({ kind: 'leaves', batch }, transferablesOf(batch));
      }
    } catch (error) {
      reply({ kind: 'failed', message: String(error) });
    }
  });
}

main(workerData as LeafWorkerData);
