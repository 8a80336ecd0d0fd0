import type { Worker } from 'node:worker_threads';
import { startWorkerBeside } from '@ledger/event-store';
import type { LeafBatch } from './leaf-batch';
import type { LeafWorkerData, LeafWorkerReply, LeafWorkerRequest } from './leaf-worker.protocol';
import type { SavedLog } from './saved-log-file';

/** The main thread's side of leaf.worker: one request at a time, answered in order. */
export class LeafWorkerClient {
  private readonly worker: Worker;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(data: LeafWorkerData) {
    this.worker = startWorkerBeside(__filename, 'leaf.worker', data);
    // A worker that is only waiting for requests must not keep the process alive; one that is answering must.
    this.worker.unref();
  }

  async readSavedLog(file: string): Promise<SavedLog> {
    const reply = await this.request({ kind: 'read-saved-log', file });
    if (reply.kind !== 'saved-log') throw new Error(`leaf worker answered ${reply.kind} to read-saved-log`);
    return reply.savedLog;
  }

  async leavesAfter(after: number, limit: number): Promise<LeafBatch> {
    const reply = await this.request({ kind: 'leaves', after, limit });
    if (reply.kind !== 'leaves') throw new Error(`leaf worker answered ${reply.kind} to leaves`);
    return reply.batch;
  }

  async terminate(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.worker.terminate();
  }

  private request(request: LeafWorkerRequest): Promise<LeafWorkerReply> {
    const answered = this.queue.catch(() => undefined).then(() => this.exchange(request));
    this.queue = answered;
    return answered;
  }

  private exchange(request: LeafWorkerRequest): Promise<LeafWorkerReply> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: LeafWorkerReply) => {
        cleanUp();
        if (reply.kind === 'failed') reject(new Error(`leaf worker failed: ${reply.message}`));
        else resolve(reply);
      };
      const onError = (error: Error) => {
        cleanUp();
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`leaf worker exited with code ${code}`));
      const cleanUp = () => {
        this.worker.off('message', onMessage).off('error', onError).off('exit', onExit).unref();
      };
      this.worker.on('message', onMessage).on('error', onError).on('exit', onExit).ref();
      this.worker.postMessage(request);
    });
  }
}
