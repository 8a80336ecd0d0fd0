import { Agent, request } from 'node:http';
import type { LoopBounds } from './bounded-loop';

export type LoadResult = Readonly<{
  requests: number;
  elapsedMs: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}>;

/** A POST to send; `check` throws on a wrong answer, so a fast error page never counts as a fast answer. */
export type LoadRequest = Readonly<{
  path: string;
  headers: Readonly<Record<string, string>>;
  body: string;
  check: (status: number, body: string) => void;
}>;

/**
 * `connections` keep-alive connections to 127.0.0.1, each sending its next request as soon as the last
 * answer is in, until the request budget or the deadline is spent. Latency is per request, end to end.
 */
export async function runHttpLoad(
  port: number,
  connections: number,
  bounds: LoopBounds,
  nextRequest: (sequence: number) => LoadRequest,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const started = performance.now();
  let sent = 0;
  const connection = async () => {
    while (sent < bounds.maxIterations && performance.now() - started < bounds.maxMs) {
      const next = nextRequest(sent++);
      const begun = performance.now();
      const answer = await post(agent, port, next);
      latencies.push(performance.now() - begun);
      next.check(answer.status, answer.body);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, connection));
  } finally {
    agent.destroy();
  }
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const percentile = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(share * latencies.length) - 1)];
  return {
    requests: latencies.length,
    elapsedMs,
    perSecond: (latencies.length * 1000) / elapsedMs,
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    maxMs: latencies[latencies.length - 1],
  };
}

const REQUEST_TIMEOUT_MS = 10_000;

function post(
  agent: Agent,
  port: number,
  { path, headers, body }: LoadRequest,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`No answer within ${REQUEST_TIMEOUT_MS} ms`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
