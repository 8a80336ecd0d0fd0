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
