import type { EventStore, Subscription } from '@ledger/event-store';
import type { CooperativePacer } from './cooperative-pacer';
import { leafBatchOf, type LeafBatch } from './leaf-batch';
import type { SealedAfter } from './leaf-of';
import type { LeafWorkerClient } from './leaf-worker.client';
import { readSavedLog, type SavedLog } from './saved-log-file';

export type ApplyLeaves = (batch: LeafBatch) => Promise<void>;

/** Where the evidence log's leaves are computed: the thread that serves requests, or a worker beside it. */
export interface LeafFeed {
  readSavedLog(file: string): Promise<SavedLog>;
  /** Hands `apply` the leaves of every event after `after`, in global order and in batches, then of each new one. */
  follow(after: number, apply: ApplyLeaves): Promise<Subscription>;
  close(): Promise<void>;
}

/** For a store without a file to read (EventStoreDB): each event is hashed as the subscription delivers it, paced. */
export class MainThreadLeafFeed implements LeafFeed {
  constructor(
    private readonly store: EventStore,
    private readonly secret: Uint8Array,
    private readonly sealedAfter: SealedAfter,
    private readonly pacer: CooperativePacer,
  ) {}

  async readSavedLog(file: string): Promise<SavedLog> {
    return readSavedLog(file, this.secret);
  }

  async follow(after: number, apply: ApplyLeaves): Promise<Subscription> {
    return this.store.subscribeToAll(after, async (event) => {
      await this.pacer.pace();
      await apply(leafBatchOf([event], this.secret, this.sealedAfter));
    });
  }

  async close(): Promise<void> {}
}

/** Leaves per request to the worker while catching up: about a quarter second of its hashing, a few ms of applying here. */
const WORKER_BATCH_LEAVES = 500;

/**
 * For the embedded store: a worker reads the events from the store's file and hashes them. The store's
 * subscription only says how far the store has got; it starts at the head, so this thread never reads the
 * backlog, and the worker catches up to it.
 */
export class WorkerLeafFeed implements LeafFeed {
  constructor(
    private readonly store: EventStore,
    private readonly worker: LeafWorkerClient,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  readSavedLog(file: string): Promise<SavedLog> {
    return this.worker.readSavedLog(file);
  }

  async follow(after: number, apply: ApplyLeaves): Promise<Subscription> {
    let applied = after;
    let wanted = await this.store.headPosition();
    // Closed, or failed: a worker that cannot read the store will not do better on a retry.
    let stopped = false;
    let running: Promise<void> | null = null;
    const catchUp = async () => {
      while (!stopped && applied < wanted) {
        const batch = await this.worker.leavesAfter(applied, WORKER_BATCH_LEAVES);
        if (batch.positions.length === 0) return;
        await apply(batch);
        applied = batch.positions[batch.positions.length - 1];
      }
    };
    const kick = () => {
      running ??= catchUp()
        .catch((error: unknown) => {
          stopped = true;
          this.onFailure(error);
        })
        .finally(() => {
          running = null;
          // The store may have moved on between the loop's last look and here.
          if (!stopped && applied < wanted) kick();
        });
    };
    kick();
    const subscription = this.store.subscribeToAll(wanted, (event) => {
      wanted = Math.max(wanted, event.globalPosition);
      kick();
    });
    return {
      close: async () => {
        stopped = true;
        await subscription.close();
        await running;
      },
    };
  }

  close(): Promise<void> {
    return this.worker.terminate();
  }
}
