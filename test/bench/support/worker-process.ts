import { fork, type ChildProcess } from 'node:child_process';

/** A benchmark's helper process, running a TypeScript entry point the way `npm run bench` runs this one. */
export type WorkerProcess<Message> = Readonly<{
  /** The next message the worker sends; rejects if it exits first or takes longer than `timeoutMs`. */
  nextMessage(timeoutMs: number): Promise<Message>;
  /** Asks the worker to stop (SIGTERM), and kills it if it has not exited within a few seconds. */
  stop(): Promise<void>;
  /** Kills the worker at once (SIGKILL: no shutdown hook runs, as in a crash) and resolves once it has exited. */
  kill(): Promise<void>;
  /** Sends the worker a message over its IPC channel. */
  send(message: unknown): void;
}>;

const STOP_GRACE_MS = 5_000;

export function startWorker<Message>(
  entryPoint: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): WorkerProcess<Message> {
  const child = fork(entryPoint, [...args], {
    env: { ...process.env, ...env },
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: Message[] = [];
  let waiting: ((message: Message) => void) | null = null;
  child.on('message', (message: Message) => {
    if (waiting) waiting(message);
    else inbox.push(message);
  });
  return {
    nextMessage: (timeoutMs) => {
      const queued = inbox.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<Message>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          child.off('exit', onExit);
          waiting = null;
        };
        const onExit = (code: number | null) => {
          done();
          reject(new Error(`${entryPoint} exited (code ${code}) before reporting`));
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${entryPoint} did not report within ${timeoutMs} ms`));
        }, timeoutMs);
        child.once('exit', onExit);
        waiting = (message) => {
          done();
          resolve(message);
        };
      });
    },
    stop: () => stopChild(child),
    kill: () => killChild(child),
    send: (message) => child.send(message as object),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
