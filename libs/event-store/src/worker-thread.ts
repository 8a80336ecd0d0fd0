import { dirname, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts the worker `workerName` that sits next to the calling module, in the same language. Run from
 * TypeScript (ts-node, jest) the worker is TypeScript too, and a worker thread does not inherit the
 * parent's require hooks: it registers sucrase (which starts in milliseconds, where ts-node takes about a
 * second per thread) and the path aliases itself.
 */
export function startWorkerBeside(callerFilename: string, workerName: string, workerData: unknown): Worker {
  const extension = extname(callerFilename);
  const execArgv = extension === '.ts' ? ['-r', 'sucrase/register/ts', '-r', 'tsconfig-paths/register'] : [];
  return new Worker(join(dirname(callerFilename), `${workerName}${extension}`), { workerData, execArgv });
}

/**
 * A worker thread that one object of the store owns: it keeps the process alive only while it has work
 * (`busy`/`idle`), is told to finish by a message, and reports once why it stopped (failed or exited).
 */
export class OwnedWorkerThread<ToThread, FromThread> {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private stopped = false;

  constructor(
    callerFilename: string,
    workerName: string,
    workerData: unknown,
    handlers: Readonly<{ onMessage: (message: FromThread) => void; onStop: (reason: string) => void }>,
  ) {
    this.worker = startWorkerBeside(callerFilename, workerName, workerData);
    this.worker.unref();
    this.worker.on('message', handlers.onMessage);
    const stop = (reason: string) => {
      this.stopped = true;
      handlers.onStop(reason);
    };
    this.worker.on('error', (error) => stop(`The ${workerName} thread failed: ${String(error)}`));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        stop(`The ${workerName} thread has stopped (exit code ${code})`);
        resolve();
      }),
    );
  }

  post(message: ToThread): void {
    this.worker.postMessage(message);
  }

  busy(): void {
    this.worker.ref();
  }

  idle(): void {
    this.worker.unref();
  }

  /** Sends `finish`, after which the thread ends its work and exits; resolves once it has. */
  async close(finish: ToThread): Promise<void> {
    if (!this.stopped) {
      this.worker.ref();
      this.worker.postMessage(finish);
    }
    await this.exited;
  }
}
