import type { SavedLog } from './saved-log-file';
import type { LeafBatch } from './leaf-batch';
import type { SealedAfter } from './leaf-of';

/** What the worker is started with. */
export type LeafWorkerData = Readonly<{ storeFile: string; secret: Uint8Array; sealedAfter: SealedAfter }>;

export type LeafWorkerRequest = Readonly<
  { kind: 'read-saved-log'; file: string } | { kind: 'leaves'; after: number; limit: number }
>;

export type LeafWorkerReply = Readonly<
  { kind: 'saved-log'; savedLog: SavedLog } | { kind: 'leaves'; batch: LeafBatch } | { kind: 'failed'; message: string }
>;
