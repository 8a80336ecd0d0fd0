import { createServer } from 'node:net';
import { HEALTH_READY_PATH } from '../../../apps/ledger-api/src/health/health.routes';

/** A port nothing listens on right now, for an API started in its own process. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Waits until the API at `root` answers ready, or fails at the deadline. */
export async function untilReady(root: string, deadline = Date.now() + 60_000): Promise<void> {
  while (Date.now() < deadline) {
    if (
      await fetch(`${root}${HEALTH_READY_PATH}`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not become ready');
}
