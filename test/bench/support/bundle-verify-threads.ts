import { serialize } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { startWorkerBeside } from '@ledger/event-store';
import type { EvidenceBundle } from '@ledger/evidence';
import type { BundleVerifyReply, BundleVerifyRequest, BundleVerifyWorkerData } from '../workers/bundle-verify.worker';

/** One verifying thread: requests answered in order. */
class VerifyThread {
  private readonly worker: Worker;
  private readonly pending: { resolve: (reply: BundleVerifyReply) => void; reject: (error: unknown) => void }[] = [];

  constructor(data: BundleVerifyWorkerData) {
    this.worker = startWorkerBeside(__filename, '../workers/bundle-verify.worker', data);
    this.worker.on('message', (reply: BundleVerifyReply) => this.pending.shift()?.resolve(reply));
    this.worker.on('error', (error) => this.pending.splice(0).forEach(({ reject }) => reject(error)));
  }

  request(request: BundleVerifyRequest, transfer: ArrayBuffer[] = []): Promise<BundleVerifyReply> {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.worker.postMessage(request, transfer);
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

export type RoundTimes = Readonly<{ wallMs: number; threadMs: number }>;

/**
 * Worker threads that verify one bundle each per round, all starting together: a round's wall-clock time
 * runs from the start of the first verification to the end of the last, and nothing else runs meanwhile
 * (the bundles were handed over and read before it starts).
 */
export class BundleVerifyThreads {
  private constructor(private readonly threads: readonly VerifyThread[]) {}

  static start(count: number, pinnedVkeys: readonly string[]): BundleVerifyThreads {
    return new BundleVerifyThreads(Array.from({ length: count }, () => new VerifyThread({ pinnedVkeys })));
  }

  get size(): number {
    return this.threads.length;
  }

  /** Verifies up to one bundle per thread at once; throws unless every bundle verifies. */
  async verifyRound(bundles: readonly EvidenceBundle[]): Promise<RoundTimes> {
    const busy = this.threads.slice(0, bundles.length);
    await Promise.all(
      busy.map((thread, i) => {
        const bytes = serialize(bundles[i]);
        return thread.request({ kind: 'load', bundle: bytes }, [bytes.buffer as ArrayBuffer]);
      }),
    );
    const started = performance.now();
    const replies = await Promise.all(busy.map((thread) => thread.request({ kind: 'verify' })));
    const wallMs = performance.now() - started;
    let threadMs = 0;
    for (const reply of replies) {
      if (reply.kind !== 'verified') throw new Error(`a verifying thread answered ${reply.kind} to verify`);
      if (reply.verdict !== 'PASS') throw new Error(`a bundle does not verify: ${reply.firstFailure}`);
      threadMs += reply.verifyMs;
    }
    return { wallMs, threadMs };
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.terminate()));
  }
}
